/**
 * Ranking of a re-allocation round (pure, integer arithmetic), so that anyone
 * holding the published record can re-compute it to the same winner.
 *
 * - `score`: by merit (0–1000) alone.
 * - `bid_score`: rank points = bidWeight × bidPoints + (100 − bidWeight) × merit,
 *   where bidPoints = ⌊1000 × bid / highest eligible bid⌋ (sealed bids, opened
 *   only when the round is awarded).
 *
 * Ties: higher merit, then higher bid, then the earlier application (lower id).
 * Ineligible applications are kept in the record but never ranked.
 */
export interface RoundRules {
  method: 'score' | 'bid_score';
  /** Weight of the bid in whole percent (bid_score only). */
  bidWeight: number;
}

export interface ApplicantRecord {
  applicationId: number;
  entityId: number;
  merit: number;
  bidAmount: number | null;
  eligible: boolean;
}

export interface RankedApplicant {
  rank: number;
  applicationId: number;
  entityId: number;
  merit: number;
  bidAmount: number | null;
  bidPoints: number | null;
  /** Rank points: 0–100000. */
  points: number;
}

/**
 * Rank a round's eligible applicants; the first is the winner.
 * @example
 * ```ts
 * const [winner] = rankApplicants({ method: 'score', bidWeight: 0 }, applicants);
 * ```
 */
export function rankApplicants(rules: RoundRules, applicants: readonly ApplicantRecord[]): RankedApplicant[] {
  const eligible = applicants.filter((a) => a.eligible && (rules.method === 'score' || (a.bidAmount !== null && a.bidAmount >= 0)));
  const maxBid = rules.method === 'bid_score' ? Math.max(0, ...eligible.map((a) => a.bidAmount ?? 0)) : 0;
  const scored = eligible.map((a) => {
    const bidPoints = rules.method === 'bid_score' ? (maxBid === 0 ? 0 : Number((BigInt(a.bidAmount ?? 0) * 1000n) / BigInt(maxBid))) : null;
    const points = rules.method === 'bid_score' ? rules.bidWeight * (bidPoints ?? 0) + (100 - rules.bidWeight) * a.merit : 100 * a.merit;
    return { ...a, bidPoints, points };
  });
  scored.sort((x, y) => y.points - x.points || y.merit - x.merit || (y.bidAmount ?? 0) - (x.bidAmount ?? 0) || x.applicationId - y.applicationId);
  return scored.map((a, i) => ({
    rank: i + 1,
    applicationId: a.applicationId,
    entityId: a.entityId,
    merit: a.merit,
    bidAmount: a.bidAmount,
    bidPoints: a.bidPoints,
    points: a.points,
  }));
}

/** What an applicant's record gives: credit class points, trade record and compliance, as merit 0–1000. */
export interface MeritInput {
  creditClass: string;
  /** Orders completed over the last four quarters. */
  ordersLastYear: number;
  /** Disputes lost over the last four quarters. */
  disputesLost: number;
}

/** Merit = 50% credit points + 30% trade record (10 per order, capped at 1000) + 20% compliance; integer. */
export function meritOf(m: MeritInput, creditPoints: Readonly<Record<string, number>>, neutral: number): number {
  const credit = creditPoints[m.creditClass] ?? neutral;
  const trade = Math.min(1000, m.ordersLastYear * 10);
  const compliance = [1000, 600, 300, 0][Math.min(3, m.disputesLost)]!;
  return Math.floor((50 * credit + 30 * trade + 20 * compliance) / 100);
}
