/**
 * Credit data centre (issue 13): credit events from the platform and the
 * departments, the documented model (docs/credit.md), explainable scores and
 * A/B/C/D classes with their history, appeals, trade-risk warnings and the
 * market credit index. Public face of the module (re-exports only).
 */
export { CREDIT_MIGRATIONS } from './migrations/index.ts';
export { SOURCES, SEVERITIES, type Source, type Severity, type CreditClass, type AppealStatus } from './tables.ts';
export {
  INDICATORS,
  INDICATOR_BY_KIND,
  GROUPS,
  BASE_SCORE,
  THRESHOLDS,
  SEVERITY_FACTOR,
  CUTOFF_DAYS,
  RECENT_DAYS,
  classFor,
  contribution,
  type Group,
  type Indicator,
} from './model.ts';
export { explain, type Contribution, type EventFact, type Explanation } from './explain.ts';
export { recordCreditEvent, recordCreditEvents, CreditEventInput, MAX_EVENTS_PER_DELIVERY, type DeliveryReport, type EventProblem } from './events.ts';
export { currentClasses, creditClassesVersion, creditStanding, recentSeriousEvents, type CreditStanding, type SeriousEvent } from './scores.ts';
// Governance (helper-13b): audit log, blacklist, repairs, promises, red list, standards, campaigns, sharing.
export * from './governance/index.ts';
export { feedCursor, advanceFeedCursor } from './feeds.ts';
export { importCreditEventsSheet, EVENT_SHEET_COLUMNS } from './batch.ts';
export { recordCreditEventsWithUscc } from './uscc-delivery.ts';
export { recomputeAll, lastRecomputeDay, type RecomputeReport, type RecomputeProgress } from './recompute.ts';
export {
  creditBreakdown,
  creditHistory,
  type Breakdown,
  type ContributionView,
  type CreditEventView,
  type ClassChangeView,
  type HistoryPoint,
} from './breakdown.ts';
export { fileAppeal, listAppeals, decideAppeal, AppealInput, AppealDecision, AppealQuery, type AppealView } from './appeals.ts';
export { tradeRiskWarnings, type TradeRisk, type TradeWarning } from './warnings.ts';
export { computeMarketIndex, marketIndexSeries, classDistribution, monthsBetween, INDEX_WEIGHTS_BP, type IndexMonth } from './market-index.ts';
