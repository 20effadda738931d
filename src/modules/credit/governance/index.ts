/**
 * Credit governance (issue 13, part B): the audit log, blacklist, repairs,
 * promises, red list, declared standards, inspection campaigns and consented
 * sharing. Re-exported by the credit module's index.ts; method in
 * docs/credit-governance.md.
 */
export { listAudit, AuditQuery, type AuditEntry } from './audit.ts';
export {
  isBlacklisted,
  blacklistWarning,
  listBlacklist,
  getBlacklistEntry,
  applyBlacklistRules,
  listManually,
  revokeEntry,
  BlacklistQuery,
  ManualListing,
  Revocation,
  CLASS_D_DAYS,
  SEVERE_EVENT_YEARS,
  type BlacklistEntry,
} from './blacklist.ts';
export { applyForRepair, decideRepair, getRepair, listRepairs, RepairInput, RepairDecision, RepairQuery, type Repair } from './repairs.ts';
export {
  signPromise,
  checkPromise,
  listPromises,
  getPromise,
  PromiseInput,
  PromiseCheck,
  PromiseQuery,
  PROMISE_CHECK_DAYS,
  type CreditPromise,
} from './promises.ts';
export {
  computeRedList,
  drawRedList,
  listRedList,
  redListBadges,
  RedListCompute,
  RedListQuery,
  REDLIST_RULES,
  REDLIST_CATEGORIES,
  type RedListEntry,
} from './redlist.ts';
export {
  declareStandard,
  withdrawStandard,
  productStandards,
  productsMeeting,
  merchantStandards,
  recordStandardCheck,
  normaliseStandardCode,
  StandardInput,
  StandardCheckInput,
  STANDARD_FORMATS,
  type DeclaredStandard,
} from './standards.ts';
export {
  fileIpNotice,
  markIpTakedown,
  counterIpNotice,
  decideIpNotice,
  ipListingHeld,
  getIpNotice,
  listIpNotices,
  IpNoticeInput,
  IpTakedownInput,
  IpCounterInput,
  IpDecisionInput,
  IpNoticeQuery,
  IP_NOTICE_STATUSES,
  type IpNotice,
  type IpNoticeStatus,
  type IpRightKind,
} from './ip-notices.ts';
export { declaredStandardsByProduct, declaredStandardsVersion, productOfStandard, type ProductStandardFact } from './standards-search.ts';
export {
  defineCampaign,
  drawCampaign,
  verifyCampaign,
  getCampaign,
  listCampaigns,
  CampaignInput,
  ResultInput,
  type Campaign,
  type Verification,
} from './campaigns.ts';
export { recordCampaignResult } from './campaign-results.ts';
export { draw, quotas, drawSha, populationSha, DRAW_ALGORITHM, type DrawInput, type Drawn } from './draw.ts';
export { grantShare, revokeShare, listShares, readSharedReport, ShareInput, type Share, type ShareRead, type SharedReport } from './shares.ts';
export type {
  BlacklistRule,
  RepairStatus,
  PromiseStatus,
  RedListCategory,
  StandardKind,
  InspectionResult,
  CampaignStatus,
  Population,
  ClassRates,
} from './tables.ts';
