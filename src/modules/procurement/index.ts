/**
 * Market procurement export (mode 1039), issue 12: registrations of agents,
 * buyers and merchants, settlement accounts, the prohibited/restricted HS list,
 * trade records (qualified by src/flows/record-trade.ts), the buyers' payments
 * and their allocation to merchants' orders, and the monthly VAT-exempt report
 * (docs/procurement.md). Public face of the module (re-exports only).
 */
export { getTradeRecord, listTradeRecords, RecordQuery, type TradeRecord, type TradeRecordLine } from './trade-record-view.ts';
export { insertTradeRecord, recordedLines, type TradeRecordDraft } from './trade-records.ts';
export {
  register,
  setRegistrationStatus,
  listRegistrations,
  getRegistration,
  registrationFacts,
  maskDocument,
  RegistrationInput,
  RegistrationQuery,
  StatusInput,
  type Registration,
  type RegistrationEvent,
} from './registrations.ts';
export { addAccount, listAccounts, AccountInput, NewAccountInput, AccountQuery, type SettlementAccount } from './accounts.ts';
export { listHsRules, putHsRule, removeHsRule, hsRuleEdits, HsRuleInput, HsPrefix, type HsRule, type HsRuleEdit } from './hs-list.ts';
export { qualify, matchHs, type Qualification, type QualificationFacts, type Refusal, type RefusalCode, type RuleMatch } from './qualify.ts';
export {
  recordProcPayment,
  allocate,
  listProcPayments,
  getProcPayment,
  ProcPaymentInput,
  AllocateInput,
  PaymentQuery,
  type ProcPaymentView,
  type AllocationView,
} from './payments.ts';
export { merchantBalances, BalanceQuery, type MerchantBalance } from './balances.ts';
export { vatReport, vatReportXlsx, VatMonth, type VatReport, type VatReportRow } from './vat-report.ts';
export { HS_SEED, type HsSeedRule } from './migrations/hs-seed.ts';
export type { RegistrationKind, RegistrationStatus, DocumentType, HsRuleKind, TradeRecordStatus } from './tables.ts';
export { PROCUREMENT_MIGRATIONS } from './migrations/index.ts';
