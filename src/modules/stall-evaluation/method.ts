/**
 * The published evaluation method (docs/stall-evaluation.md): indicators, their
 * weights, how each is normalised, the grade bands and what each grade brings.
 * Changing any of these is a new METHOD_VERSION; every stored score names the
 * version it was computed with.
 */
export const METHOD_VERSION = '2026.1';

export type IndicatorKey = 'orders' | 'trade_value' | 'listings_current' | 'inquiries_answered' | 'response_time' | 'credit' | 'compliance';

export interface IndicatorSpec {
  key: IndicatorKey;
  /** Weight in whole percent; the weights add up to 100. */
  weight: number;
  /** `peer`: percentile rank in the peer group; `absolute`: a fixed published scale. */
  basis: 'peer' | 'absolute';
  /** Whether a larger value is better. */
  higherIsBetter: boolean;
  unit: string;
}

export const INDICATORS: readonly IndicatorSpec[] = [
  { key: 'orders', weight: 20, basis: 'peer', higherIsBetter: true, unit: 'orders' },
  { key: 'trade_value', weight: 20, basis: 'peer', higherIsBetter: true, unit: 'CNY minor units' },
  { key: 'listings_current', weight: 15, basis: 'peer', higherIsBetter: true, unit: 'listings' },
  { key: 'inquiries_answered', weight: 10, basis: 'peer', higherIsBetter: true, unit: 'per mille' },
  { key: 'response_time', weight: 10, basis: 'peer', higherIsBetter: false, unit: 'seconds (median)' },
  { key: 'credit', weight: 15, basis: 'absolute', higherIsBetter: true, unit: 'credit class' },
  { key: 'compliance', weight: 10, basis: 'absolute', higherIsBetter: false, unit: 'disputes lost' },
];

/** Points (0–1000) of a credit class; an unknown class scores the neutral 500. */
export const CREDIT_POINTS: Readonly<Record<string, number>> = { A: 1000, B: 750, C: 400, D: 100 };
/** Points of a number of disputes lost (and complaints upheld) in the period: 0, 1, 2, 3 or more. */
export const COMPLIANCE_POINTS: readonly number[] = [1000, 600, 300, 0];
/** Points of an indicator whose value is unknown (no data): neither rewarded nor punished. */
export const NEUTRAL_POINTS = 500;
/** Peer groups (district × main category) smaller than this fall back to the whole district. */
export const MIN_PEERS = 5;

/** Lowest score (thousandths of a point, 0–100000) of grades 5, 4, 3 and 2; below the last is grade 1. */
export const GRADE_FLOORS: readonly [number, number, number, number] = [75_000, 60_000, 45_000, 30_000];

/** A stall in the lowest grade this many periods in a row (the latest included) is flagged. */
export const LOWEST_GRADE_PERIODS = 2;
/** Days a flagged stall's holder has to improve, counted from the end of the period. */
export const WARNING_DAYS = 90;
/** Days of the period's end within which a listing must have been updated to count as kept current. */
export const LISTING_CURRENT_DAYS = 90;

export interface GradeTerms {
  grade: number;
  /** Rent discount in whole percent (negative: a surcharge). */
  rentDiscountPct: number;
  /** Fair booth priority: 1 first call, 2 second call, 3 general, null none. */
  fairPriority: number | null;
  /** Service keys (translated by the web pages). */
  services: string[];
}

/** The differentiated fees and services of each grade, five stars first. */
export const GRADE_TERMS: readonly GradeTerms[] = [
  { grade: 5, rentDiscountPct: 10, fairPriority: 1, services: ['featured_in_guide', 'fair_first_call', 'export_fast_lane'] },
  { grade: 4, rentDiscountPct: 5, fairPriority: 2, services: ['fair_second_call', 'export_fast_lane'] },
  { grade: 3, rentDiscountPct: 0, fairPriority: 3, services: ['fair_general_call'] },
  { grade: 2, rentDiscountPct: 0, fairPriority: null, services: ['improvement_advice'] },
  { grade: 1, rentDiscountPct: 0, fairPriority: null, services: ['improvement_advice', 'reallocation_watch'] },
];

/** The grade (5 … 1) of a score; an idle stall is grade 1 whatever its score. */
export function gradeOf(score: number, idle = false): number {
  if (idle) return 1;
  const i = GRADE_FLOORS.findIndex((f) => score >= f);
  return i === -1 ? 1 : 5 - i;
}

/** The published method as one object (API `GET …/method`). */
export function methodDocument() {
  return {
    version: METHOD_VERSION,
    indicators: INDICATORS.map((i) => ({ ...i })),
    creditPoints: { ...CREDIT_POINTS },
    compliancePoints: [...COMPLIANCE_POINTS],
    neutralPoints: NEUTRAL_POINTS,
    minPeers: MIN_PEERS,
    gradeFloors: [...GRADE_FLOORS],
    gradeTerms: GRADE_TERMS.map((t) => ({ ...t, services: [...t.services] })),
    lowestGradePeriods: LOWEST_GRADE_PERIODS,
    warningDays: WARNING_DAYS,
    listingCurrentDays: LISTING_CURRENT_DAYS,
    scoreScale: 'score = Σ weight × points; 0–100000 (thousandths of a point, shown as 0–100)',
  };
}
