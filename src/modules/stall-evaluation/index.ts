/**
 * Stall evaluation and open re-allocation (issue 14, docs/stall-evaluation.md):
 * the comprehensive score of every stall and quarter against its peers, grades
 * with their fees and services, objections, flags of idle or lowest-grade
 * stalls, and open re-allocation rounds. Public face of the module.
 */
export {
  METHOD_VERSION,
  INDICATORS,
  GRADE_TERMS,
  GRADE_FLOORS,
  LOWEST_GRADE_PERIODS,
  WARNING_DAYS,
  LISTING_CURRENT_DAYS,
  CREDIT_POINTS,
  gradeOf,
  methodDocument,
  type IndicatorKey,
  type GradeTerms,
} from './method.ts';
export { parsePeriod, shiftPeriod, periodOf, addDays, type Period } from './period.ts';
export { scoreStalls, percentilePoints, peerKeys, isIdle, type StallIndicators, type StallScore, type IndicatorLine } from './scoring.ts';
export { saveEvaluation, type RunSummary } from './runs.ts';
export {
  gradeSummary,
  idleStalls,
  stallBreakdown,
  scoreHistory,
  myEvaluations,
  listRuns,
  type GradeSummary,
  type IdleStall,
  type Breakdown,
} from './read.ts';
export { objectToScore, answerObjection, listObjections, ObjectionInput, AnswerInput, type ObjectionView } from './objections.ts';
export { listFlags, markTakenBack, getFlag, type FlagView } from './flags.ts';
export {
  createRound,
  recordApplication,
  getRound,
  listRounds,
  openRounds,
  publishRound,
  ineligibility,
  RoundInput,
  ApplicationInput,
  type ApplicantFacts,
} from './rounds.ts';
export type { RoundView, ApplicationView } from './round-view.ts';
export { rankForAward, finishAward, recomputeRound, type Recomputation } from './round-award.ts';
export { rankApplicants, meritOf, type RankedApplicant, type ApplicantRecord, type RoundRules } from './ranking.ts';
export { STALL_EVALUATION_MIGRATIONS } from './migrations/index.ts';
