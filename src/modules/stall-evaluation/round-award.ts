/**
 * Awarding a round (inside the re-allocation flow's transaction, which also
 * starts the winner's use right through the market's transfer) and
 * re-computing a round from its record.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { rankApplicants, type ApplicantRecord, type RankedApplicant } from './ranking.ts';
import { evalDb, type EvalDB } from './tables.ts';

async function recordOf(db: Kysely<EvalDB>, roundId: number, lock: boolean) {
  let q = db.selectFrom('stall_rounds').selectAll().where('id', '=', roundId);
  if (lock) q = q.forUpdate();
  const round = await q.executeTakeFirst();
  if (!round) throw notFound('round', roundId);
  const apps = await db.selectFrom('stall_round_applications').selectAll().where('round_id', '=', roundId).orderBy('id').execute();
  const applicants: ApplicantRecord[] = apps.map((a) => ({
    applicationId: a.id,
    entityId: a.entity_id,
    merit: a.merit,
    bidAmount: a.bid_amount,
    eligible: a.eligible,
  }));
  return { round, applicants };
}

/**
 * Rank a closed round in the caller's transaction: locks the round, ranks its
 * applications and returns the stall, the winner (null: no eligible applicant)
 * and the ranking, for the flow to transfer the stall and then `finishAward`.
 * Throws `NOT_FOUND`, `CONFLICT` (not open, or still taking applications on `today`).
 */
export async function rankForAward(trx: Transaction<DB>, actor: Actor, roundId: number, today: string) {
  requireRole(actor, 'operator');
  const { round, applicants } = await recordOf(evalDb(trx), roundId, true);
  if (round.status !== 'open') throw new AppError('CONFLICT', `round ${roundId} is ${round.status}`);
  if (today <= round.closes_on) throw new AppError('CONFLICT', `round ${roundId} takes applications until ${round.closes_on}`);
  const ranking = rankApplicants({ method: round.method, bidWeight: round.bid_weight }, applicants);
  return { stallId: round.stall_id, startsOn: round.starts_on, winner: ranking[0] ?? null, ranking };
}

/** Store the outcome of `rankForAward` (status awarded, or void without a winner). */
export async function finishAward(trx: Transaction<DB>, roundId: number, ranking: readonly RankedApplicant[]): Promise<void> {
  await evalDb(trx)
    .updateTable('stall_rounds')
    .set({
      status: ranking.length > 0 ? 'awarded' : 'void',
      ranking: JSON.stringify(ranking),
      winner_entity_id: ranking[0]?.entityId ?? null,
      awarded_at: new Date(),
    })
    .where('id', '=', roundId)
    .execute();
}

export interface Recomputation {
  roundId: number;
  storedWinnerEntityId: number | null;
  winnerEntityId: number | null;
  sameWinner: boolean;
  sameRanking: boolean;
  ranking: RankedApplicant[];
}

/**
 * Re-compute a round's ranking from its kept record (rules and applications) and
 * compare it with the stored outcome. Anyone for a published round; the operator
 * for any awarded one. Throws `NOT_FOUND`, `CONFLICT` (not awarded yet).
 * @example
 * ```ts
 * const { sameWinner } = await recomputeRound(db, ANONYMOUS, 4);
 * ```
 */
export async function recomputeRound(db0: Kysely<DB>, actor: Actor, roundId: number): Promise<Recomputation> {
  const { round, applicants } = await recordOf(evalDb(db0), roundId, false);
  if (actor.role !== 'operator' && round.published_at === null) throw notFound('round', roundId);
  if (round.status === 'open') throw new AppError('CONFLICT', `round ${roundId} is not awarded yet`);
  const ranking = rankApplicants({ method: round.method, bidWeight: round.bid_weight }, applicants);
  const winner = ranking[0]?.entityId ?? null;
  return {
    roundId,
    storedWinnerEntityId: round.winner_entity_id,
    winnerEntityId: winner,
    sameWinner: winner === round.winner_entity_id,
    sameRanking: canonical(ranking) === canonical(round.ranking ?? []),
    ranking,
  };
}

/** A ranking as text independent of key order (jsonb stores keys in its own order). */
function canonical(r: readonly RankedApplicant[]): string {
  return JSON.stringify(r.map((a) => [a.rank, a.applicationId, a.entityId, a.merit, a.bidAmount, a.bidPoints, a.points]));
}
