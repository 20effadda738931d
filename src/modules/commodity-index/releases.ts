/**
 * Publishing: a release is a dated, immutable set of series values for a
 * range of weeks. The weekly run publishes a regular release for the weeks
 * not yet published; a revision (corrected data or method) is a new release
 * with a note, and the earlier releases stay readable: the series "as of"
 * release R takes, for every node and week, the value of the latest release
 * ≤ R that has one.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { addDays, lastCompleteWeek, weekLabel, weekStart, weeksBetween } from './calendar.ts';
import { baseWeek, computeWeek, loadState, METHOD, storeWeek, type ComputeContext, type NodeValue, type RunState, type WeekResult } from './run.ts';
import { loadTree } from './tree.ts';
import { parseInput } from '../../core/validation.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Input of `runIndex`: the last week to publish (YYYY-Www), and `revise` with a `note` for a revision.
 */
export const RunInput = z.strictObject({
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, 'a week is written YYYY-Www, e.g. 2025-W07')
    .optional(),
  revise: z.boolean().optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type RunInput = z.infer<typeof RunInput>;

export interface Release {
  id: number;
  releasedAt: string;
  kind: 'regular' | 'revision';
  firstWeek: string;
  lastWeek: string;
  note: string | null;
  method: string;
}
export interface RunResult {
  status: 'published' | 'revised' | 'unchanged';
  release: Release | null;
  weeks: string[];
  message: string;
  timings: Record<string, number>;
}

const toRelease = (r: {
  id: number;
  released_at: Date | string;
  kind: 'regular' | 'revision';
  first_week: string;
  last_week: string;
  note: string | null;
  method: string;
}): Release => ({
  id: r.id,
  releasedAt: new Date(r.released_at).toISOString(),
  kind: r.kind,
  firstWeek: weekLabel(r.first_week),
  lastWeek: weekLabel(r.last_week),
  note: r.note,
  method: r.method,
});

/**
 * Every published release (regular and revision), newest first.
 * @example
 * ```ts
 * const releases = await listReleases(db);
 * ```
 */
export async function listReleases(db: Db): Promise<Release[]> {
  const rows = await db.selectFrom('index_releases').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toRelease);
}

/**
 * One release by id. Throws `NOT_FOUND`.
 * @example
 * ```ts
 * const r = await getRelease(db, 3);
 * console.log(r.kind, r.firstWeek, r.lastWeek);
 * ```
 */
export async function getRelease(db: Db, id: number): Promise<Release> {
  const r = await db.selectFrom('index_releases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `release ${id} does not exist`);
  return toRelease(r);
}

/** The currently published values (latest release) of the given weeks, per series|node|week. */
async function publishedValues(db: Db, from: string, to: string): Promise<Map<string, { value: number; release: number }>> {
  const rows = await db
    .selectFrom('index_values')
    .select(['series', 'node', 'week', 'value', 'release_id'])
    .distinctOn(['series', 'node', 'week'])
    .where('week', '>=', from)
    .where('week', '<=', to)
    .orderBy('series')
    .orderBy('node')
    .orderBy('week')
    .orderBy('release_id', 'desc')
    .execute();
  return new Map(rows.map((r) => [`${r.series}|${r.node}|${r.week}`, { value: r.value, release: r.release_id }]));
}

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

function differences(results: WeekResult[], published: Map<string, { value: number }>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const [series, vals] of [
      ['price', r.price],
      ['prosperity', r.prosperity],
    ] as const) {
      for (const v of vals as NodeValue[]) {
        const k = `${series}|${v.node}|${r.week}`;
        seen.add(k);
        const p = published.get(k);
        if (!p) out.push(`${series} ${v.node} ${weekLabel(r.week)}: new value ${v.value}`);
        else if (!same(p.value, v.value)) out.push(`${series} ${v.node} ${weekLabel(r.week)}: published ${p.value}, now ${v.value}`);
      }
    }
  }
  for (const k of published.keys()) if (!seen.has(k)) out.push(`${k.replaceAll('|', ' ')}: published, now without a value`);
  return out;
}

/**
 * Computes weeks `from` … `to` in order, starting from the latest stored state
 * before `from` (or the base week). Returns the results of from … to.
 */
async function computeRange(db: Db, ctx: ComputeContext, from: string, to: string, timings: Record<string, number>): Promise<WeekResult[]> {
  let start = ctx.base;
  let state: RunState | null = null;
  if (from > ctx.base) {
    const row = await db
      .selectFrom('index_states')
      .select('week')
      .where('week', '<', from)
      .where('week', '>=', ctx.base)
      .orderBy('week', 'desc')
      .executeTakeFirst();
    if (row) {
      const t0 = performance.now();
      state = await loadState(db, row.week, ctx.engine);
      timings.state = (timings.state ?? 0) + (performance.now() - t0) / 1000;
      start = addDays(row.week, 7);
    }
  }
  const out: WeekResult[] = [];
  for (const week of weeksBetween(start, to)) {
    const r = await computeWeek(db, ctx, week, state);
    for (const [k, v] of Object.entries(r.timings)) timings[k] = (timings[k] ?? 0) + v;
    state = r.state;
    if (week >= from) out.push(r);
    else await storeWeek(db, r, ctx.engine); // a state that had been pruned, recomputed on the way
  }
  return out;
}

async function publish(db: Db, ctx: ComputeContext, actor: Actor, kind: 'regular' | 'revision', results: WeekResult[], note: string | null): Promise<Release> {
  const first = results[0]!.week;
  const last = results[results.length - 1]!.week;
  const rel = await db
    .insertInto('index_releases')
    .values({ kind, first_week: first, last_week: last, note, released_by: actor.userId, method: METHOD })
    .returningAll()
    .executeTakeFirstOrThrow();
  const rows: DB['index_values'][] = [];
  for (const r of results) {
    for (const v of r.price)
      rows.push({ release_id: rel.id, series: 'price', node: v.node, week: r.week, value: v.value, detail: JSON.stringify(v.detail) } as never);
    for (const v of r.prosperity)
      rows.push({ release_id: rel.id, series: 'prosperity', node: v.node, week: r.week, value: v.value, detail: JSON.stringify(v.detail) } as never);
  }
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('index_values')
      .values(rows.slice(i, i + 2000) as never)
      .execute();
  for (const r of results) await storeWeek(db, r, ctx.engine);
  return toRelease(rel);
}

/**
 * The weekly run: computes and publishes the index up to `week` (default: the
 * last complete week). Without `revise`, only weeks not yet published are
 * published; re-running a published week recomputes it and answers
 * 'unchanged' when the values agree, and refuses (CONFLICT) when they do not
 * — that needs a revision. With `revise` (and a note), weeks `week` … the last
 * published week are recomputed and, if anything changed, published as a new
 * revision release. Only the operator runs it. Serialised by an advisory lock.
 * Throws `UNAUTHENTICATED` / `FORBIDDEN` (not an operator), `VALIDATION` (bad
 * input, a week not complete or before the base week, a revision without a note
 * or of an unpublished week) and `CONFLICT` (no observations yet; recomputed
 * values differ from the published ones without `revise`).
 * @example
 * ```ts
 * const r = await runIndex(database, actor, { week: '2025-W07' });
 * await runIndex(database, actor, { week: '2025-W05', revise: true, note: 'late survey of 2025-W05' });
 * ```
 */
export async function runIndex(database: Database, actor: Actor, input: RunInput = {}, now: Date = new Date()): Promise<RunResult> {
  requireRole(actor, 'operator');
  const opts = parseInput(RunInput, input);
  if (opts.revise && !opts.note) throw new AppError('VALIDATION', 'a revision needs a note that says what changed and why');
  const target = opts.week ? weekStart(opts.week) : lastCompleteWeek(now);
  if (target > lastCompleteWeek(now))
    throw new AppError('VALIDATION', `week ${weekLabel(target)} is not complete yet; the last complete week is ${weekLabel(lastCompleteWeek(now))}`);
  return database.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7306402)`.execute(trx);
    const timings: Record<string, number> = {};
    const base = await baseWeek(trx);
    if (!base) throw new AppError('CONFLICT', 'there are no price observations yet; collect listed prices or upload a survey first');
    if (target < base) throw new AppError('VALIDATION', `week ${weekLabel(target)} is before the base week ${weekLabel(base)}`);
    const tree = await loadTree(trx);
    const ctx: ComputeContext = { tree, base, engine: database.engine };
    const lastRow = await trx
      .selectFrom('index_releases')
      .select((eb) => eb.fn.max('last_week').as('w'))
      .executeTakeFirst();
    const lastPublished = (lastRow?.w as string | null | undefined) ?? null;

    if (!opts.revise) {
      if (lastPublished && target <= lastPublished) {
        const [r] = await computeRange(trx, ctx, target, target, timings);
        const diff = differences([r!], await publishedValues(trx, target, target));
        if (diff.length === 0)
          return {
            status: 'unchanged' as const,
            release: null,
            weeks: [weekLabel(target)],
            message: `week ${weekLabel(target)} is published and recomputes to the same values`,
            timings,
          };
        throw new AppError(
          'CONFLICT',
          `week ${weekLabel(target)} is published and now computes to different values (${diff.length}, e.g. ${diff[0]}); published values never change silently: publish a revision (revise, with a note)`,
          { differences: diff.slice(0, 20) },
        );
      }
      const from = lastPublished ? addDays(lastPublished, 7) : base;
      const results = await computeRange(trx, ctx, from, target, timings);
      const t0 = performance.now();
      const release = await publish(trx, ctx, actor, 'regular', results, null);
      timings.publish = (performance.now() - t0) / 1000;
      return {
        status: 'published' as const,
        release,
        weeks: results.map((r) => weekLabel(r.week)),
        message: `published release ${release.id}: ${release.firstWeek} … ${release.lastWeek}`,
        timings,
      };
    }

    if (!lastPublished || target > lastPublished) throw new AppError('VALIDATION', `week ${weekLabel(target)} is not published yet: run it without revise`);
    const results = await computeRange(trx, ctx, target, lastPublished, timings);
    const diff = differences(results, await publishedValues(trx, target, lastPublished));
    if (diff.length === 0)
      return {
        status: 'unchanged' as const,
        release: null,
        weeks: results.map((r) => weekLabel(r.week)),
        message: 'the recomputed values equal the published ones; no revision released',
        timings,
      };
    const release = await publish(trx, ctx, actor, 'revision', results, opts.note ?? null);
    return {
      status: 'revised' as const,
      release,
      weeks: results.map((r) => weekLabel(r.week)),
      message: `published revision ${release.id} (${diff.length} value(s) changed): ${release.firstWeek} … ${release.lastWeek}`,
      timings,
    };
  });
}
