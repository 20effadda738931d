/** Text of the buyer's trade pages (web/src/pages/trade/: buy box, purchase list, checkout, purchases, order timeline), in Chinese. */
export const purchaseZh = {
  purchaseList: '进货单',
};
export type PurchaseMessages = typeof purchaseZh;
