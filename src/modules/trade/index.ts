/**
 * Trade: inquiries, RFQs and quotes, the purchase list, checkout and merchant
 * orders (issue 11; see docs/trade.md). Public face of the module (re-exports only).
 * So far: the purchase list's arithmetic (pure).
 */
export {
  evaluateList,
  priceLine,
  splitDeposit,
  tierIndexFor,
  type ListLine,
  type MerchantOrderDraft,
  type MerchantTerms,
  type PricedLine,
  type PriceTier,
  type PurchaseDraft,
  type Shortfall,
} from './pricing.ts';
