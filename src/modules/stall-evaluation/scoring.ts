/**
 * The comprehensive score (pure, integer arithmetic): each indicator becomes
 * points 0–1000 (percentile rank in the peer group, or a fixed scale), its
 * contribution is weight × points, and the score is the sum of the
 * contributions — exactly, with no rounding after the points.
 */
import { COMPLIANCE_POINTS, CREDIT_POINTS, gradeOf, INDICATORS, MIN_PEERS, NEUTRAL_POINTS, type IndicatorKey } from './method.ts';

/** What the evaluation flow gathers for one stall and period. */
export interface StallIndicators {
  stallId: number;
  holderId: number;
  districtId: number;
  /** The stall's main (top-level) category from its listings; 0 when it lists nothing. */
  categoryId: number;
  orders: number;
  /** Trade value in CNY minor units. */
  tradeValue: number;
  listingsActive: number;
  listingsCurrent: number;
  inquiries: number;
  answered: number;
  medianResponseSeconds: number | null;
  /** The holder's credit class, or 'unknown' when the credit module gave none. */
  creditClass: string;
  /** Disputes lost (and complaints upheld) in the period; null when unknown. */
  disputesLost: number | null;
}

/** One line of a score's explanation. */
export interface IndicatorLine {
  key: IndicatorKey;
  /** The indicator's value (null: unknown). */
  value: number | string | null;
  basis: 'peer' | 'absolute';
  points: number;
  weight: number;
  /** weight × points; the contributions add up to the score. */
  contribution: number;
}

export interface StallScore {
  stallId: number;
  holderId: number;
  districtId: number;
  categoryId: number;
  peerKey: string;
  peerSize: number;
  score: number;
  grade: number;
  idle: boolean;
  lines: IndicatorLine[];
}

/** A stall is idle in a period when it had no trade and lists nothing. */
export function isIdle(s: StallIndicators): boolean {
  return s.orders === 0 && s.listingsActive === 0;
}

function rawValue(s: StallIndicators, key: IndicatorKey): number | string | null {
  switch (key) {
    case 'orders':
      return s.orders;
    case 'trade_value':
      return s.tradeValue;
    case 'listings_current':
      return s.listingsCurrent;
    case 'inquiries_answered':
      return s.inquiries === 0 ? null : Math.floor((s.answered * 1000) / s.inquiries);
    case 'response_time':
      return s.medianResponseSeconds;
    case 'credit':
      return s.creditClass;
    case 'compliance':
      return s.disputesLost;
  }
}

/**
 * Mid-rank percentile in per mille: (below + equal / 2) / n, rounded half up,
 * where `below` counts the peers the value beats. One peer alone scores 500.
 * @example
 * ```ts
 * percentilePoints([1, 2, 3, 4], 4, true); // 875
 * ```
 */
export function percentilePoints(sortedAsc: readonly number[], v: number, higherIsBetter: boolean): number {
  const n = sortedAsc.length;
  if (n === 0) return NEUTRAL_POINTS;
  const lo = bound(sortedAsc, (x) => x < v);
  const hi = bound(sortedAsc, (x) => x <= v);
  const equal = hi - lo;
  const below = higherIsBetter ? lo : n - hi;
  // round half up of 1000 × (2·below + equal) / (2n)
  return Math.floor((1000 * (2 * below + equal) * 2 + 2 * n) / (4 * n));
}

/** The first index of a sorted array where `before` stops holding. */
function bound(a: readonly number[], before: (x: number) => boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(a[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function absolutePoints(key: IndicatorKey, v: number | string | null): number {
  if (v === null) return NEUTRAL_POINTS;
  if (key === 'credit') return CREDIT_POINTS[String(v)] ?? NEUTRAL_POINTS;
  return COMPLIANCE_POINTS[Math.min(Number(v), COMPLIANCE_POINTS.length - 1)]!;
}

/** The peer key of each stall: district × main category, or the district when that group is smaller than MIN_PEERS. */
export function peerKeys(stalls: readonly StallIndicators[]): string[] {
  const sizes = new Map<string, number>();
  const fine = stalls.map((s) => `${s.districtId}:${s.categoryId}`);
  for (const k of fine) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  return stalls.map((s, i) => ((sizes.get(fine[i]!) ?? 0) >= MIN_PEERS ? fine[i]! : `${s.districtId}:*`));
}

/**
 * Score every stall of one period against its peers. The contributions of each
 * result add up exactly to its score (all integers).
 * @example
 * ```ts
 * const scores = scoreStalls(indicators);
 * ```
 */
export function scoreStalls(stalls: readonly StallIndicators[]): StallScore[] {
  const keys = peerKeys(stalls);
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const districtWide = new Map<number, number[]>();
  stalls.forEach((s, i) => {
    const g = districtWide.get(s.districtId);
    if (g) g.push(i);
    else districtWide.set(s.districtId, [i]);
  });
  const values = stalls.map((s) => INDICATORS.map((spec) => rawValue(s, spec.key)));
  const sortedCache = new Map<string, number[]>();
  const sortedOf = (key: string, members: readonly number[], j: number): number[] => {
    const ck = `${key}|${j}`;
    let arr = sortedCache.get(ck);
    if (!arr) {
      arr = members.map((i) => values[i]![j]).filter((v): v is number => typeof v === 'number');
      arr.sort((a, b) => a - b);
      sortedCache.set(ck, arr);
    }
    return arr;
  };
  return stalls.map((s, i) => {
    const key = keys[i]!;
    const members = key.endsWith(':*') ? districtWide.get(s.districtId)! : groups.get(key)!;
    const lines = INDICATORS.map((spec, j): IndicatorLine => {
      const value = values[i]![j]!;
      const points =
        spec.basis === 'absolute'
          ? absolutePoints(spec.key, value)
          : typeof value === 'number'
            ? percentilePoints(sortedOf(key, members, j), value, spec.higherIsBetter)
            : NEUTRAL_POINTS;
      return { key: spec.key, value, basis: spec.basis, points, weight: spec.weight, contribution: spec.weight * points };
    });
    const score = lines.reduce((t, l) => t + l.contribution, 0);
    const idle = isIdle(s);
    return {
      stallId: s.stallId,
      holderId: s.holderId,
      districtId: s.districtId,
      categoryId: s.categoryId,
      peerKey: key,
      peerSize: members.length,
      score,
      grade: gradeOf(score, idle),
      idle,
      lines,
    };
  });
}
