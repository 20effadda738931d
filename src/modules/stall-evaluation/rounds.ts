/**
 * Open re-allocation rounds (商位资源市场化配置): the operator opens a round for
 * a vacant stall with published rules, merchants apply (eligibility from credit
 * class and record, kept with the application), and the published record —
 * applications, ranking, outcome — is public.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { parseInput } from '../../core/validation.ts';
import { getStall } from '../market/index.ts';
import { CREDIT_POINTS, NEUTRAL_POINTS } from './method.ts';
import { meritOf, type MeritInput } from './ranking.ts';
import { evalDb, type RoundStatus } from './tables.ts';
import { roundView, type RoundView } from './round-view.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const CLASSES = ['A', 'B', 'C', 'D'] as const;

export const RoundInput = z
  .strictObject({
    stallId: z.number().int().positive(),
    flagId: z.number().int().positive().optional(),
    method: z.enum(['score', 'bid_score']),
    bidWeight: z.number().int().min(0).max(100).default(0),
    minCreditClass: z.enum(CLASSES).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('CNY'),
    minBid: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    closesOn: isoDate,
    startsOn: isoDate,
  })
  .refine((r) => r.startsOn > r.closesOn, { message: 'the use right must start after the round closes', path: ['startsOn'] })
  .refine((r) => r.method === 'score' || (r.bidWeight > 0 && r.bidWeight < 100), {
    message: 'a sealed-bid round weighs the bid between 1 and 99 percent',
    path: ['bidWeight'],
  });

export const ApplicationInput = z.strictObject({ bidAmount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() });

/**
 * Open a round for a vacant stall. Operators only. Throws `VALIDATION`, `NOT_FOUND`,
 * `CONFLICT` (the stall has a holder, or already an open round).
 * @example
 * ```ts
 * await createRound(db, operator, { stallId: 1201, method: 'score', closesOn: '2026-10-15', startsOn: '2026-11-01' });
 * ```
 */
export async function createRound(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<RoundView> {
  requireRole(actor, 'operator');
  const input = parseInput(RoundInput, raw);
  const stall = await getStall(db0, input.stallId);
  if (stall.holder) throw new AppError('CONFLICT', `stall ${stall.address} is held by entity ${stall.holder.entityId}; take it back before opening a round`);
  const db = evalDb(db0);
  const open = await db.selectFrom('stall_rounds').select('id').where('stall_id', '=', input.stallId).where('status', '=', 'open').executeTakeFirst();
  if (open) throw new AppError('CONFLICT', `round ${open.id} for this stall is still open`);
  const r = await db
    .insertInto('stall_rounds')
    .values({
      stall_id: input.stallId,
      flag_id: input.flagId ?? null,
      method: input.method,
      bid_weight: input.method === 'score' ? 0 : input.bidWeight,
      min_credit_class: input.minCreditClass ?? null,
      currency: input.currency,
      min_bid: input.minBid,
      closes_on: input.closesOn,
      starts_on: input.startsOn,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getRound(db0, actor, r.id);
}

/** What the application flow gathers about the applicant (credit module, trade, this module's flags). */
export interface ApplicantFacts extends MeritInput {
  /** Stalls of the applicant warned (flagged) right now. */
  openFlags: number;
}

/**
 * A merchant applies to an open round; eligibility and merit are computed from the
 * facts and kept with the application (ineligible applications are kept too, with
 * the reason). Throws `FORBIDDEN`, `NOT_FOUND`, `VALIDATION` (bid rules), `CONFLICT`
 * (round closed), `DUPLICATE` (already applied).
 * @example
 * ```ts
 * await recordApplication(db, merchant, 4, { bidAmount: 1_200_000 }, facts);
 * ```
 */
export async function recordApplication(db0: Kysely<DB>, actor: Actor, roundId: number, raw: unknown, facts: ApplicantFacts, today: string) {
  requireRole(actor, 'merchant');
  const input = parseInput(ApplicationInput, raw);
  const db = evalDb(db0);
  const round = await db.selectFrom('stall_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) throw notFound('round', roundId);
  if (round.status !== 'open' || today > round.closes_on) throw new AppError('CONFLICT', `round ${roundId} is closed for applications`);
  if (round.method === 'bid_score' && (input.bidAmount === undefined || input.bidAmount < round.min_bid))
    throw new AppError('VALIDATION', `this round takes a sealed bid of at least ${round.min_bid} (${round.currency} minor units)`);
  if (round.method === 'score' && input.bidAmount !== undefined) throw new AppError('VALIDATION', 'this round ranks by score alone and takes no bid');
  const formerHolder = round.flag_id
    ? (await db.selectFrom('stall_flags').select('holder_id').where('id', '=', round.flag_id).executeTakeFirst())?.holder_id === actor.entityId
    : false;
  const reason = ineligibility(round.min_credit_class, facts, formerHolder);
  const merit = meritOf(facts, CREDIT_POINTS, NEUTRAL_POINTS);
  const record = { ...facts, formerHolder: formerHolder ? 1 : 0 };
  const dup = await db
    .selectFrom('stall_round_applications')
    .select('id')
    .where('round_id', '=', roundId)
    .where('entity_id', '=', actor.entityId!)
    .executeTakeFirst();
  if (dup) throw new AppError('DUPLICATE', `you applied to round ${roundId} already (application ${dup.id})`);
  const r = await db
    .insertInto('stall_round_applications')
    .values({
      round_id: roundId,
      entity_id: actor.entityId!,
      bid_amount: input.bidAmount ?? null,
      credit_class: facts.creditClass,
      merit,
      record: JSON.stringify(record),
      eligible: reason === null,
      ineligible_reason: reason,
    })
    .returning(['id', 'eligible', 'ineligible_reason', 'merit'])
    .executeTakeFirstOrThrow();
  return { id: r.id, roundId, eligible: r.eligible, ineligibleReason: r.ineligible_reason, merit: r.merit };
}

/** Why an applicant may not take part, or null. The rules are published (docs/stall-evaluation.md). */
export function ineligibility(minClass: string | null, facts: ApplicantFacts, formerHolder: boolean): string | null {
  if (formerHolder) return 'former_holder';
  if (facts.openFlags > 0) return 'holds_flagged_stall';
  if (minClass !== null) {
    const rank = CLASSES.indexOf(facts.creditClass as (typeof CLASSES)[number]);
    if (rank === -1) return 'credit_class_unknown';
    if (rank > CLASSES.indexOf(minClass as (typeof CLASSES)[number])) return 'credit_class_below_minimum';
  }
  return null;
}

/**
 * A round: the operator sees all of it; anyone sees a published round; while a round
 * is open, others see its rules and the number of applications, a merchant also its
 * own application. Sealed bids stay hidden from everyone until the round is awarded.
 */
export async function getRound(db0: Kysely<DB>, actor: Actor, id: number): Promise<RoundView> {
  const db = evalDb(db0);
  const r = await db.selectFrom('stall_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('round', id);
  const visible = actor.role === 'operator' || r.published_at !== null || r.status === 'open';
  if (!visible) throw notFound('round', id);
  const apps = await db.selectFrom('stall_round_applications').selectAll().where('round_id', '=', id).orderBy('id').execute();
  return roundView(db0, r, apps, actor);
}

/**
 * Rounds, newest first: the operator all (or by status); everybody else open and published ones.
 */
export async function listRounds(db0: Kysely<DB>, actor: Actor, opts: { status?: 'open' | 'awarded' | 'published' | 'void' } = {}) {
  let q = evalDb(db0)
    .selectFrom('stall_rounds as r')
    .select((eb) => [
      'r.id',
      'r.stall_id',
      'r.method',
      'r.bid_weight',
      'r.status',
      'r.closes_on',
      'r.starts_on',
      'r.winner_entity_id',
      'r.published_at',
      eb.selectFrom('stall_round_applications as a').whereRef('a.round_id', '=', 'r.id').select(eb.fn.countAll<string>().as('n')).as('applications'),
    ])
    .orderBy('r.id', 'desc')
    .limit(200);
  if (actor.role !== 'operator') q = q.where((eb) => eb.or([eb('r.status', '=', 'open'), eb('r.published_at', 'is not', null)]));
  if (opts.status) q = q.where('r.status', '=', opts.status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    stallId: r.stall_id,
    method: r.method,
    bidWeight: r.bid_weight,
    status: r.status,
    closesOn: r.closes_on,
    startsOn: r.starts_on,
    winnerEntityId: r.published_at || actor.role === 'operator' ? r.winner_entity_id : null,
    published: r.published_at !== null,
    applications: Number(r.applications ?? 0),
  }));
}

/**
 * Open re-allocation rounds (for the operator's dashboard; no actor check).
 * @example
 * ```ts
 * const rounds = await openRounds(db);
 * ```
 */
export async function openRounds(db0: Kysely<DB>) {
  return listRounds(db0, { userId: null, role: 'operator', entityId: null }, { status: 'open' });
}

/**
 * Publish an awarded (or void) round's record. Operators only. Throws `NOT_FOUND`, `CONFLICT`.
 */
export async function publishRound(db0: Kysely<DB>, actor: Actor, id: number): Promise<RoundView> {
  requireRole(actor, 'operator');
  const r = await evalDb(db0)
    .updateTable('stall_rounds')
    .set({ published_at: new Date(), status: sql<RoundStatus>`case when status = 'awarded' then 'published' else status end` })
    .where('id', '=', id)
    .where('status', 'in', ['awarded', 'void'])
    .where('published_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    await getRound(db0, actor, id);
    throw new AppError('CONFLICT', `round ${id} is not awarded yet, or already published`);
  }
  return getRound(db0, actor, id);
}
