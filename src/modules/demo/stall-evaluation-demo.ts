/**
 * Demo stall evaluations: a year of quarterly evaluations (the four quarters
 * before the current one) over every held stall, with synthetic but stable
 * indicators (the demo has no year of real trade), and two finished, published
 * re-allocation rounds — one by score alone, one by sealed bid plus score — for
 * stalls flagged idle in the first quarter and taken back after their deadline.
 * The scores themselves are computed by the real method (scoreStalls).
 */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { releaseStall, stallRoster, transferStallIn } from '../market/index.ts';
import {
  addDays,
  createRound,
  finishAward,
  listFlags,
  markTakenBack,
  parsePeriod,
  publishRound,
  rankForAward,
  recordApplication,
  saveEvaluation,
  scoreStalls,
  shiftPeriod,
  periodOf,
  type StallIndicators,
} from '../stall-evaluation/index.ts';

/** A stable pseudo-random integer 0 … 2^31−1 from some integers. */
function hash(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) {
    h ^= x & 0xffff;
    h = Math.imul(h, 16777619);
    h ^= x >>> 16;
    h = Math.imul(h, 16777619);
  }
  return (h >>> 1) & 0x7fffffff;
}

const CLASSES = ['A', 'B', 'B', 'B', 'C', 'C', 'D'];

function syntheticIndicators(
  stallId: number,
  holderId: number,
  districtId: number,
  q: number,
  favoured: ReadonlySet<number>,
  dormant: ReadonlySet<string>,
): StallIndicators {
  const base = hash(stallId, holderId);
  const idle = (base % 29 === 0 && !favoured.has(holderId)) || dormant.has(`${stallId}:${holderId}`);
  const activity = favoured.has(holderId) ? 60 + q * 10 : base % 100;
  const wobble = hash(stallId, q) % 30;
  const orders = idle ? 0 : Math.max(0, Math.floor(((activity + wobble) * 3) / 2) - 10);
  const inquiries = idle ? 0 : 5 + (hash(holderId, q) % 40);
  return {
    stallId,
    holderId,
    districtId,
    categoryId: 1 + (base % 6),
    orders,
    tradeValue: orders * (80_000 + (hash(stallId) % 400_000)),
    listingsActive: idle ? 0 : 5 + (base % 40),
    listingsCurrent: idle ? 0 : Math.floor(((5 + (base % 40)) * (activity + wobble)) / 130),
    inquiries,
    answered: idle ? 0 : Math.floor((inquiries * (50 + (activity % 50))) / 100),
    medianResponseSeconds: idle ? null : 600 + (hash(holderId, q, 7) % 40_000),
    creditClass: favoured.has(holderId) ? 'A' : CLASSES[hash(holderId) % CLASSES.length]!,
    disputesLost: hash(holderId, q, 3) % 11 === 0 ? 1 : 0,
  };
}

export interface StallEvaluationDemoReport {
  periods: string[];
  rounds: number[];
}

/**
 * Load a year of evaluations and two finished re-allocation rounds.
 * `applicants` are merchants (not holding the taken-back stalls) that apply.
 * @example
 * ```ts
 * await loadStallEvaluationDemo(database, { operator, merchant, merchant2, applicants: [31, 32, 33] });
 * ```
 */
export async function loadStallEvaluationDemo(
  database: Database,
  who: { operator: Actor; merchant: Actor; merchant2: Actor; applicants: readonly number[] },
  today = new Date().toISOString().slice(0, 10),
): Promise<StallEvaluationDemoReport> {
  const db = database.db;
  const current = periodOf(today);
  const periods = [4, 3, 2, 1].map((n) => shiftPeriod(current, n));
  const favoured = new Set([who.merchant.entityId ?? -1]);
  const demoAccounts = new Set([who.merchant.entityId, who.merchant2.entityId]);
  // two holders who stopped trading: their stalls are idle from the first quarter on (the rounds re-allocate them)
  const first = await stallRoster(db, addDays(parsePeriod(periods[0]!).to, -1));
  const dormant = new Set(
    first
      .filter((s) => !demoAccounts.has(s.holderId))
      .sort((a, b) => hash(a.stallId, 99) - hash(b.stallId, 99))
      .slice(0, 2)
      .map((s) => `${s.stallId}:${s.holderId}`),
  );
  const evaluate = async (p: string, q: number) => {
    const roster = q === 0 ? first : await stallRoster(db, addDays(parsePeriod(p).to, -1));
    const inds = roster.map((s) => syntheticIndicators(s.stallId, s.holderId, s.districtId, q, favoured, dormant));
    await saveEvaluation(db, who.operator, p, scoreStalls(inds));
  };
  await evaluate(periods[0]!, 0);
  await evaluate(periods[1]!, 1);
  const third = parsePeriod(periods[2]!);
  const flagged = (await listFlags(db, who.operator, { status: 'warned' }))
    .filter((f) => f.period === periods[0] && f.holderId !== who.merchant.entityId && f.holderId !== who.merchant2.entityId)
    .sort((a, b) => a.stallId - b.stallId)
    .slice(0, 2);
  const rounds: number[] = [];
  for (const [i, flag] of flagged.entries()) {
    const takeBack = addDays(third.from, 14);
    const closesOn = addDays(third.from, 44);
    const rules = i === 0 ? { method: 'score', minCreditClass: 'C' } : { method: 'bid_score', bidWeight: 40, minBid: 500_000 };
    const round = await db.transaction().execute(async (trx) => {
      await markTakenBack(trx, flag.id, takeBack);
      await releaseStall(trx, who.operator, flag.stallId, takeBack);
      return createRound(trx, who.operator, { ...rules, stallId: flag.stallId, flagId: flag.id, closesOn, startsOn: addDays(third.from, 61) });
    });
    const applicants = [...who.applicants.filter((id) => id !== flag.holderId).slice(i, i + 4), who.merchant2.entityId!, flag.holderId];
    for (const [k, entityId] of applicants.entries()) {
      const actor: Actor = { userId: null, role: 'merchant', entityId };
      const facts = {
        creditClass: CLASSES[hash(entityId) % CLASSES.length]!,
        ordersLastYear: hash(entityId, 11) % 120,
        disputesLost: hash(entityId, 5) % 7 === 0 ? 1 : 0,
        openFlags: 0,
      };
      const bid = rules.method === 'bid_score' ? { bidAmount: 500_000 + (hash(entityId, 13) % 40) * 50_000 } : {};
      await recordApplication(db, actor, round.id, bid, facts, addDays(third.from, 20 + k));
    }
    await db.transaction().execute(async (trx) => {
      const r = await rankForAward(trx, who.operator, round.id, addDays(closesOn, 1));
      if (r.winner)
        await transferStallIn(trx, who.operator, r.stallId, { toEntityId: r.winner.entityId, date: r.startsOn, note: `re-allocation round ${round.id}` });
      await finishAward(trx, round.id, r.ranking);
    });
    await publishRound(db, who.operator, round.id);
    rounds.push(round.id);
  }
  await evaluate(periods[2]!, 2);
  await evaluate(periods[3]!, 3);
  return { periods, rounds };
}
