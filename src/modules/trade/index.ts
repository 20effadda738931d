/**
 * Trade: the purchase list, checkout into one order per merchant, the orders'
 * life cycle and payments (issue 11; inquiries, RFQs, quotes and disputes to
 * come: see docs/trade.md). Public face of the module (re-exports only).
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
export { getList, setListLine, removeListLine, evaluateLines, merchantTerms, LineInput, MAX_LIST_LINES, type ListView } from './purchase-list.ts';
export { checkout, CheckoutInput, IdempotencyKey } from './checkout.ts';
export { checkoutLineStats, type LineStats } from './checkout-batch.ts';
export {
  listOrders,
  getOrder,
  getPurchase,
  MoveInput,
  PaymentInput,
  OrderQuery,
  Proposal,
  type OrderView,
  type PurchaseView,
  type OrderLineView,
  type OrderEventView,
  type PaymentView,
} from './orders.ts';
export { moveOrder, recordPayment, type AfterMove, type MovedLine } from './order-moves.ts';
export { allowedActions, canMove, MOVES, type OrderAction } from './order-states.ts';
export type { OrderStatus, PaymentKind, PaymentMethod } from './tables.ts';
export { TRADE_MIGRATIONS } from './migrations/index.ts';
export {
  openInquiry,
  postMessage,
  getInquiry,
  inbox,
  reportInquiry,
  responseStats,
  InquiryInput,
  MessageInput,
  ReportInput,
  InboxQuery,
  type InquiryThread,
  type InquirySummary,
  type InquiryMessageView,
} from './inquiries.ts';
export { openDispute, listDisputes, resolveDispute, DisputeInput, Resolution, type DisputeView } from './disputes.ts';
export { tradeEvents, type TradeEvent } from './events.ts';
export type { TradeEventKind } from './tables.ts';
export { postRfq, getRfq, listRfqs, submitQuote, acceptQuote, recordRfqMatches, RfqInput, QuoteInput, type RfqView, type QuoteView } from './rfqs.ts';
export { INCOTERMS, type Incoterm, type RfqMatchReason } from './tables.ts';
export { ordersWorkbook, MAX_EXPORT_ORDERS } from './orders-sheet.ts';
export { detectLang } from './message-language.ts';
export { notifications, type Notifications } from './notifications.ts';
export {
  importOrderHistory,
  HistoryOrder,
  HistoryStep,
  MAX_HISTORY_ORDERS,
  type AfterImport,
  type HistoryImportReport,
  type HistoryProblem,
  type ImportedOrder,
} from './history-import.ts';
export { proformaData, type ProformaData, type ProformaLang, type ProformaLine } from './proforma.ts';
export { proformaPdfBytes } from './proforma-pdf.ts';
export { proformaXlsx } from './proforma-sheet.ts';
export { merchantPeriodActivity, type MerchantActivity } from './period-activity.ts';
export { weeklyTrade, type WeeklyTrade } from './weekly-activity.ts';
