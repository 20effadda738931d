/**
 * Open re-allocation of a flagged stall (docs/stall-evaluation.md §4): the
 * operator takes the stall back after the holder's deadline (release in the
 * market, flag closed, round opened — one transaction); merchants apply with
 * the facts gathered here (credit class, trade record, flags); the round is
 * awarded and the winner's use right starts through the market's transfer
 * (rank, transfer, outcome — one transaction).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireRole, type Actor } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { todayUtc } from '../modules/fx/index.ts';
import { releaseStall, transferStallIn } from '../modules/market/index.ts';
import {
  addDays,
  createRound,
  finishAward,
  getFlag,
  getRound,
  listFlags,
  markTakenBack,
  rankForAward,
  recordApplication,
  type RoundView,
} from '../modules/stall-evaluation/index.ts';
import { merchantPeriodActivity } from '../modules/trade/index.ts';
import { creditFromModule, type CreditSource } from './evaluate-stalls.ts';

export const TakeBackInput = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  /** The round to open for the stall (its stall and flag are filled in). */
  round: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Take a flagged stall back after its deadline and (optionally) open its round, in one
 * transaction. Operators only. Throws `NOT_FOUND`, `CONFLICT` (flag not warned, deadline
 * not passed, no current holding), `VALIDATION`.
 * @example
 * ```ts
 * await takeBackStall(db, operator, 9, { date: '2027-01-05', round: { method: 'score', closesOn: '2027-01-31', startsOn: '2027-02-01' } });
 * ```
 */
export async function takeBackStall(db: Kysely<DB>, actor: Actor, flagId: number, raw: unknown): Promise<{ flagId: number; round: RoundView | null }> {
  requireRole(actor, 'operator');
  const input = parseInput(TakeBackInput, raw);
  const flag = await getFlag(db, flagId);
  return db.transaction().execute(async (trx) => {
    await markTakenBack(trx, flagId, input.date);
    await releaseStall(trx, actor, flag.stallId, input.date);
    const round = input.round ? await createRound(trx, actor, { ...input.round, stallId: flag.stallId, flagId }) : null;
    return { flagId, round };
  });
}

/**
 * A merchant applies to an open round: its credit class (credit module), its record over
 * the last year (trade: orders, disputes lost) and its flagged stalls are gathered and kept
 * with the application. Throws as `recordApplication`.
 * @example
 * ```ts
 * await applyForStall(db, merchant, 4, { bidAmount: 1_500_000 });
 * ```
 */
export async function applyForStall(db: Kysely<DB>, actor: Actor, roundId: number, raw: unknown, opts: { today?: string; credit?: CreditSource } = {}) {
  requireRole(actor, 'merchant');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'your account acts for no merchant');
  const today = opts.today ?? todayUtc();
  const [classes, activity, flags] = await Promise.all([
    (opts.credit ?? creditFromModule)(db, [actor.entityId]),
    merchantPeriodActivity(db, addDays(today, -365), addDays(today, 1), [actor.entityId]),
    listFlags(db, actor, { status: 'warned' }),
  ]);
  const a = activity.get(actor.entityId);
  const facts = {
    creditClass: classes.get(actor.entityId) ?? 'unknown',
    ordersLastYear: a?.orders ?? 0,
    disputesLost: a?.disputesLost ?? 0,
    openFlags: flags.length,
  };
  return recordApplication(db, actor, roundId, raw, facts, today);
}

/**
 * Award a closed round: rank its applications by the published rules and start the
 * winner's use right through the market's transfer on the round's start date — one
 * transaction (a failed transfer leaves the round open). No eligible applicant: the
 * round is void. Operators only. Throws `NOT_FOUND`, `CONFLICT`.
 * @example
 * ```ts
 * const round = await awardRound(db, operator, 4);
 * ```
 */
export async function awardRound(db: Kysely<DB>, actor: Actor, roundId: number, today = todayUtc()): Promise<RoundView> {
  await db.transaction().execute(async (trx) => {
    const r = await rankForAward(trx, actor, roundId, today);
    if (r.winner) {
      await transferStallIn(trx, actor, r.stallId, { toEntityId: r.winner.entityId, date: r.startsOn, note: `re-allocation round ${roundId}` });
    }
    await finishAward(trx, roundId, r.ranking);
  });
  return getRound(db, actor, roundId);
}
