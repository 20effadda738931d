/**
 * Reading evaluations: the summaries the operator's dashboard shows (grades by
 * district, idle stalls), a stall's breakdown and its history. A holder reads
 * only its own stalls' breakdowns; the operator reads any.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { GRADE_TERMS, METHOD_VERSION, type GradeTerms } from './method.ts';
import { parsePeriod } from './period.ts';
import type { IndicatorLine } from './scoring.ts';
import { evalDb, type EvalDB } from './tables.ts';

/** The run whose scores are current for a period (the latest period evaluated when none is given), or null. */
export async function currentRun(db: Kysely<EvalDB>, period?: string): Promise<{ period: string; runId: number } | null> {
  let q = db.selectFrom('stall_eval_current').select(['period', 'run_id']);
  q = period ? q.where('period', '=', parsePeriod(period).id) : q.orderBy('period', 'desc').limit(1);
  const r = await q.executeTakeFirst();
  return r ? { period: r.period, runId: r.run_id } : null;
}

export interface GradeSummary {
  period: string | null;
  runId: number | null;
  byGrade: { grade: number; stalls: number }[];
  byDistrict: { districtId: number; grade: number; stalls: number }[];
  idle: number;
}

/**
 * Counts of stalls by grade and by district × grade for a period (default: the latest evaluated).
 * For the operator's dashboard; no actor check (the caller checks the role).
 * @example
 * ```ts
 * const { byGrade, byDistrict } = await gradeSummary(db, { period: '2026Q3' });
 * ```
 */
export async function gradeSummary(db0: Kysely<DB>, opts: { period?: string } = {}): Promise<GradeSummary> {
  const db = evalDb(db0);
  const run = await currentRun(db, opts.period);
  if (!run) return { period: opts.period ?? null, runId: null, byGrade: [5, 4, 3, 2, 1].map((grade) => ({ grade, stalls: 0 })), byDistrict: [], idle: 0 };
  const rows = await db
    .selectFrom('stall_scores')
    .select(['district_id', 'grade', (eb) => eb.fn.countAll<string>().as('n'), (eb) => eb.fn.sum<string>(eb.cast('idle', 'integer')).as('idle')])
    .where('run_id', '=', run.runId)
    .groupBy(['district_id', 'grade'])
    .orderBy('district_id')
    .orderBy('grade', 'desc')
    .execute();
  const byGrade = [5, 4, 3, 2, 1].map((grade) => ({ grade, stalls: rows.filter((r) => r.grade === grade).reduce((t, r) => t + Number(r.n), 0) }));
  return {
    period: run.period,
    runId: run.runId,
    byGrade,
    byDistrict: rows.map((r) => ({ districtId: r.district_id, grade: r.grade, stalls: Number(r.n) })),
    idle: rows.reduce((t, r) => t + Number(r.idle ?? 0), 0),
  };
}

export interface IdleStall {
  stallId: number;
  holderId: number;
  districtId: number;
  score: number;
  grade: number;
  flag: { id: number; status: string; deadline: string } | null;
}

/**
 * Idle stalls (no trade, no listings) of a period (default: the latest evaluated), by stall id.
 * For the operator's dashboard; no actor check.
 * @example
 * ```ts
 * const idle = await idleStalls(db, { period: '2026Q3', limit: 50 });
 * ```
 */
export async function idleStalls(db0: Kysely<DB>, opts: { period?: string; limit?: number } = {}): Promise<IdleStall[]> {
  const db = evalDb(db0);
  const run = await currentRun(db, opts.period);
  if (!run) return [];
  const rows = await db
    .selectFrom('stall_scores as s')
    .leftJoin('stall_flags as f', (j) => j.onRef('f.stall_id', '=', 's.stall_id').on('f.status', '=', 'warned'))
    .select(['s.stall_id', 's.holder_id', 's.district_id', 's.score', 's.grade', 'f.id as flag_id', 'f.status', 'f.deadline'])
    .where('s.run_id', '=', run.runId)
    .where('s.idle', '=', true)
    .orderBy('s.stall_id')
    .limit(Math.min(opts.limit ?? 100, 1000))
    .execute();
  return rows.map((r) => ({
    stallId: r.stall_id,
    holderId: r.holder_id,
    districtId: r.district_id,
    score: r.score,
    grade: r.grade,
    flag: r.flag_id == null ? null : { id: r.flag_id, status: r.status ?? 'warned', deadline: r.deadline ?? '' },
  }));
}

export interface Breakdown {
  stallId: number;
  period: string;
  runId: number;
  methodVersion: string;
  holderId: number;
  peer: { key: string; size: number; districtId: number; categoryId: number };
  score: number;
  grade: number;
  idle: boolean;
  lines: IndicatorLine[];
  terms: GradeTerms;
}

/** Whether the actor may read the stall's evaluation: the operator, or the merchant that held it when it was scored. */
function mayRead(actor: Actor, holderId: number): boolean {
  return actor.role === 'operator' || (actor.role === 'merchant' && actor.entityId === holderId);
}

/**
 * A stall's score for a period (default: the latest evaluated) with its explanation.
 * The operator, or the holder the score was computed for. Throws `UNAUTHENTICATED`,
 * `FORBIDDEN`, `NOT_FOUND`.
 * @example
 * ```ts
 * const b = await stallBreakdown(db, merchant, 1201, '2026Q3');
 * ```
 */
export async function stallBreakdown(db0: Kysely<DB>, actor: Actor, stallId: number, period?: string): Promise<Breakdown> {
  requireRole(actor, 'operator', 'merchant');
  const db = evalDb(db0);
  const run = await currentRun(db, period);
  const r = run
    ? await db
        .selectFrom('stall_scores as s')
        .innerJoin('stall_eval_runs as r', 'r.id', 's.run_id')
        .selectAll('s')
        .select('r.method_version')
        .where('s.run_id', '=', run.runId)
        .where('s.stall_id', '=', stallId)
        .executeTakeFirst()
    : undefined;
  if (!r) throw new AppError('NOT_FOUND', `stall ${stallId} has no evaluation${period ? ` for ${period}` : ''}`);
  if (!mayRead(actor, r.holder_id)) throw new AppError('FORBIDDEN', 'you can read only the evaluations of your own stalls');
  return {
    stallId: r.stall_id,
    period: r.period,
    runId: r.run_id,
    methodVersion: r.method_version ?? METHOD_VERSION,
    holderId: r.holder_id,
    peer: { key: r.peer_key, size: r.peer_size, districtId: r.district_id, categoryId: r.category_id },
    score: r.score,
    grade: r.grade,
    idle: r.idle,
    lines: r.indicators,
    terms: { ...GRADE_TERMS.find((t) => t.grade === r.grade)!, services: [...GRADE_TERMS.find((t) => t.grade === r.grade)!.services] },
  };
}

/**
 * A stall's current score in every evaluated period, oldest first (only the periods
 * the actor may read: a merchant sees the periods it held the stall).
 * @example
 * ```ts
 * const history = await scoreHistory(db, merchant, 1201);
 * ```
 */
export async function scoreHistory(db0: Kysely<DB>, actor: Actor, stallId: number): Promise<{ period: string; score: number; grade: number; idle: boolean }[]> {
  requireRole(actor, 'operator', 'merchant');
  const rows = await evalDb(db0)
    .selectFrom('stall_scores as s')
    .innerJoin('stall_eval_current as c', 'c.run_id', 's.run_id')
    .select(['s.period', 's.score', 's.grade', 's.idle', 's.holder_id'])
    .where('s.stall_id', '=', stallId)
    .orderBy('s.period')
    .execute();
  const mine = rows.filter((r) => mayRead(actor, r.holder_id));
  if (rows.length > 0 && mine.length === 0) throw new AppError('FORBIDDEN', 'you can read only the evaluations of your own stalls');
  return mine.map((r) => ({ period: r.period, score: r.score, grade: r.grade, idle: r.idle }));
}

/**
 * The signed-in merchant's stalls in the latest evaluated period, with score and grade.
 * @example
 * ```ts
 * const mine = await myEvaluations(db, merchant);
 * ```
 */
export async function myEvaluations(
  db0: Kysely<DB>,
  actor: Actor,
): Promise<{ period: string | null; stalls: { stallId: number; score: number; grade: number; idle: boolean }[] }> {
  requireRole(actor, 'merchant');
  const db = evalDb(db0);
  const run = await currentRun(db);
  if (!run || actor.entityId === null) return { period: run?.period ?? null, stalls: [] };
  const rows = await db
    .selectFrom('stall_scores')
    .select(['stall_id', 'score', 'grade', 'idle'])
    .where('run_id', '=', run.runId)
    .where('holder_id', '=', actor.entityId)
    .orderBy('stall_id')
    .execute();
  return { period: run.period, stalls: rows.map((r) => ({ stallId: r.stall_id, score: r.score, grade: r.grade, idle: r.idle })) };
}

/** Evaluation runs, newest first (operator). */
export async function listRuns(db0: Kysely<DB>, actor: Actor, limit = 50) {
  requireRole(actor, 'operator');
  const rows = await evalDb(db0).selectFrom('stall_eval_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    methodVersion: r.method_version,
    stalls: r.stalls,
    flagged: r.flagged,
    startedAt: r.started_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  }));
}
