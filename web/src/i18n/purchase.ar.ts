import type { PurchaseMessages } from './purchase.zh.ts';

export const purchaseAr: PurchaseMessages = {
  purchaseList: 'قائمة الشراء',
};
