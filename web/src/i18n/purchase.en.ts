import type { PurchaseMessages } from './purchase.zh.ts';

export const purchaseEn: PurchaseMessages = {
  purchaseList: 'Purchase list',
};
