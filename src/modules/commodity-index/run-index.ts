/**
 * `runIndex`, the weekly run, in three phases (docs/commodity-index.md §13.8):
 *
 * 1. read — outside any transaction, in short statements: the base week, the
 *    tree, the published head, the stored state (≤ 256 KB per statement), each
 *    week's packs (≤ 1 MB per statement), new listings, weights; and a
 *    fingerprint of everything the result depends on (`inputsVersion`);
 * 2. compute — each week in the run's WorkPool (run-compute.ts), the states to
 *    keep staged as chunk rows in short statements (run-state.ts);
 * 3. publish — one short transaction under advisory lock 7306402 that first
 *    re-reads the fingerprint: unchanged, it freezes new weights, names the
 *    staged states, stores the activity and inserts the release and its values;
 *    changed (observations of those weeks, a release, a state, the weights or
 *    the tree), it publishes nothing and the run reads again — up to
 *    `attempts` times, then refuses with CONFLICT.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { WorkPool } from '../../core/work-pool.ts';
import { parseInput } from '../../core/validation.ts';
import { addDays, isoYearOf, lastCompleteWeek, weekLabel, weekStart, weeksBetween } from './calendar.ts';
import { PacksChanged, readWeekPacks } from './data-path.ts';
import { newListings } from './activity.ts';
import { loadTree, type IndexTree } from './tree.ts';
import { baseWeek, needsWeights, readWeights, storedActivity, type YearWeights } from './run.ts';
import { chunkRows, collectStateGarbage, readState, StateChanged, stageState, type StateAggregate } from './run-state.ts';
import { weekTaskBuffers, type WeekTask, type WeekTaskResult } from './run-compute.ts';
import type { WeekResult } from './week-compute.ts';
import { differences, publishedValues, type Release } from './releases.ts';
import { commitRun, InputsChanged, type StoredWeek } from './run-publish.ts';

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

export interface RunResult {
  status: 'published' | 'revised' | 'unchanged';
  release: Release | null;
  weeks: string[];
  message: string;
  timings: Record<string, number>;
}

/** How a run computes: the pool (default: the module's run pool), how often it reads again when its inputs changed, the time limit per week. */
export interface RunOptions {
  pool?: WorkPool;
  /** Read-compute-publish attempts before CONFLICT (default 3). */
  attempts?: number;
  /** Time limit of one week's computation in the pool (default 10 minutes). */
  timeoutMs?: number;
}

const RUN_TASK = new URL('./run-compute.ts', import.meta.url);
const IDLE_MS = 2000;
let sharedPool: WorkPool | undefined;
let idleTimer: NodeJS.Timeout | undefined;

/**
 * The run's pool: one worker, two runs waiting (a third concurrent run in one
 * process is refused with BUSY); the worker stops after two idle seconds.
 * @example
 * ```ts
 * console.log(indexRunPool().load());
 * ```
 */
export function indexRunPool(): WorkPool {
  clearTimeout(idleTimer);
  sharedPool ??= new WorkPool({ name: 'index run', size: 1, maxQueue: 2, maxHeapMb: 1024, retryAfterSeconds: 30 });
  return sharedPool;
}
function closeWhenIdle(): void {
  const p = sharedPool;
  if (!p) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const l = p.load();
    if (sharedPool === p && l.running + l.queued === 0) {
      sharedPool = undefined;
      void p.close();
    }
  }, IDLE_MS);
  idleTimer.unref(); // idle workers are unref'd too: a CLI run exits when its work is done
}

/** Runs of one database in this process one after another (the second then finds the first's release). */
const runs = new WeakMap<object, Promise<unknown>>();
function oneRunAtATime<T>(database: Database, run: () => Promise<T>): Promise<T> {
  const prev = runs.get(database) ?? Promise.resolve();
  const next = prev.then(run, run);
  runs.set(
    database,
    next.catch(() => undefined),
  );
  return next;
}

/** The range a run computes and what it does with it. */
interface Plan {
  mode: 'check' | 'publish' | 'revise';
  base: string;
  tree: IndexTree;
  from: string;
  to: string;
  /** first week computed (after the stored state `stateWeek`, or the base week) */
  start: string;
  stateWeek: string | null;
}

/**
 * Everything a run's result depends on besides the weeks' packs' contents:
 * the releases, the packs of the computed weeks (ids and count: any insert,
 * update or delete changes them), the starting state, the frozen weights and
 * the base week. The tree is compared separately.
 */
export async function inputsVersion(db: Db, start: string, to: string, stateWeek: string | null): Promise<string> {
  const r = await sql<{ v: string }>`
    select concat_ws('|',
      (select coalesce(max(id), 0) from index_releases),
      (select coalesce(max(id), 0) || '.' || count(*) from index_obs_packs where week >= ${start}::date and week <= ${to}::date),
      (select computed_at::text || '/' || coalesce(chunks_token, '') from index_states where week = ${stateWeek ?? '0001-01-01'}::date),
      (select count(*) from index_weights),
      (select min(collection_date) from index_observations)) as v`.execute(db);
  return r.rows[0]?.v ?? '';
}
const treeKey = (t: IndexTree) => `${t.categoryIdOf.join(',')}/${t.parent.join(',')}/${t.codes.join(',')}`;

async function plan(db: Db, opts: RunInput, target: string): Promise<Plan> {
  const base = await baseWeek(db);
  if (!base) throw new AppError('CONFLICT', 'there are no price observations yet; collect listed prices or upload a survey first');
  if (target < base) throw new AppError('VALIDATION', `week ${weekLabel(target)} is before the base week ${weekLabel(base)}`);
  const tree = await loadTree(db);
  const lastRow = await db
    .selectFrom('index_releases')
    .select((eb) => eb.fn.max('last_week').as('w'))
    .executeTakeFirst();
  const lastPublished = (lastRow?.w as string | null | undefined) ?? null;
  let mode: Plan['mode'];
  let from: string;
  let to: string;
  if (!opts.revise) {
    if (lastPublished && target <= lastPublished) [mode, from, to] = ['check', target, target];
    else [mode, from, to] = ['publish', lastPublished ? addDays(lastPublished, 7) : base, target];
  } else {
    if (!lastPublished || target > lastPublished) throw new AppError('VALIDATION', `week ${weekLabel(target)} is not published yet: run it without revise`);
    [mode, from, to] = ['revise', target, lastPublished];
  }
  let start = base;
  let stateWeek: string | null = null;
  if (from > base) {
    const row = await db
      .selectFrom('index_states')
      .select('week')
      .where('week', '<', from)
      .where('week', '>=', base)
      .orderBy('week', 'desc')
      .executeTakeFirst();
    if (row) {
      stateWeek = row.week;
      start = addDays(row.week, 7);
    }
  }
  return { mode, base, tree, from, to, start, stateWeek };
}

/**
 * The weekly run: computes and publishes the index up to `week` (default: the
 * last complete week). Without `revise`, only weeks not yet published are
 * published; re-running a published week recomputes it and answers
 * 'unchanged' when the values agree, and refuses (CONFLICT) when they do not
 * — that needs a revision. With `revise` (and a note), weeks `week` … the last
 * published week are recomputed and, if anything changed, published as a new
 * revision release. Only the operator runs it. Reads in short statements,
 * computes in a worker thread and publishes in one short transaction under an
 * advisory lock that first checks its inputs are unchanged (else it reads
 * again). Throws `UNAUTHENTICATED` / `FORBIDDEN` (not an operator), `VALIDATION`
 * (bad input, a week not complete or before the base week, a revision without
 * a note or of an unpublished week), `CONFLICT` (no observations yet;
 * recomputed values differ from the published ones without `revise`; the
 * inputs changed during every attempt) and `BUSY` (the run's pool is full).
 * @example
 * ```ts
 * const r = await runIndex(database, actor, { week: '2025-W07' });
 * await runIndex(database, actor, { week: '2025-W05', revise: true, note: 'late survey of 2025-W05' });
 * ```
 */
export async function runIndex(database: Database, actor: Actor, input: RunInput = {}, now: Date = new Date(), options: RunOptions = {}): Promise<RunResult> {
  requireRole(actor, 'operator');
  const opts = parseInput(RunInput, input);
  if (opts.revise && !opts.note) throw new AppError('VALIDATION', 'a revision needs a note that says what changed and why');
  const target = opts.week ? weekStart(opts.week) : lastCompleteWeek(now);
  if (target > lastCompleteWeek(now))
    throw new AppError('VALIDATION', `week ${weekLabel(target)} is not complete yet; the last complete week is ${weekLabel(lastCompleteWeek(now))}`);
  const attempts = Math.max(1, options.attempts ?? 3);
  return oneRunAtATime(database, async () => {
    const changes: string[] = [];
    try {
      for (let a = 1; ; a++) {
        try {
          const r = await attempt(database, actor, opts, target, options);
          if (a > 1) {
            r.timings.retries = a - 1;
            r.message += ` (inputs changed during the run, read again: ${changes.join('; ')})`;
          }
          return r;
        } catch (e) {
          if (!(e instanceof InputsChanged || e instanceof PacksChanged || e instanceof StateChanged)) throw e;
          changes.push(e.message);
          if (a >= attempts)
            throw new AppError(
              'CONFLICT',
              `the index inputs changed while the run computed (${e.message}), ${attempts} time(s) in a row; nothing was published: run it again`,
              { changes },
            );
        }
      }
    } finally {
      if (!options.pool) closeWhenIdle();
    }
  });
}

async function attempt(database: Database, actor: Actor, opts: RunInput, target: string, options: RunOptions): Promise<RunResult> {
  const db = database.db;
  const engine = database.engine;
  const timings: Record<string, number> = {};
  const add = (k: string, t0: number) => {
    timings[k] = (timings[k] ?? 0) + (performance.now() - t0) / 1000;
  };
  const p = await plan(db, opts, target);
  const seen = await inputsVersion(db, p.start, p.to, p.stateWeek);
  const pool = options.pool ?? indexRunPool();
  const token = randomUUID();
  let published = false;
  try {
    let t0 = performance.now();
    let prev: WeekTask['prev'] = null;
    let prevAgg: { weightYear: number } | null = null;
    if (p.stateWeek) {
      const st = await readState(db, p.stateWeek, engine);
      if (!st) throw new InputsChanged(`the stored state of ${weekLabel(p.stateWeek)} is gone`);
      prev = { stored: st };
      prevAgg = st.aggregate;
      add('state', t0);
    }
    const baseActivity = p.start > p.base ? await storedActivity(db, p.base) : null;
    const weights: YearWeights[] = [];
    const results: WeekResult[] = [];
    const stored: StoredWeek[] = [];
    let staged = 0;
    let baseFrom: WeekTask['baseFrom'] = null;
    for (const week of weeksBetween(p.start, p.to)) {
      t0 = performance.now();
      const packs = await readWeekPacks(db, week, engine);
      add('pull', t0);
      t0 = performance.now();
      const listings = await newListings(db, week);
      let w: Float64Array | null = null;
      if (needsWeights(week, prevAgg)) {
        const yw = await readWeights(db, p.tree, isoYearOf(week), p.base, engine);
        if (yw.fresh) weights.push(yw);
        w = yw.perNode;
      }
      add('read', t0);
      const store = week < p.from || p.mode !== 'check';
      const task: WeekTask = { tree: p.tree, base: p.base, monday: week, prev, packs, listings, weights: w, baseActivity, baseFrom, encode: store };
      t0 = performance.now();
      const r = await pool.run<WeekTaskResult>(RUN_TASK, 'computeWeekTask', task, { timeoutMs: options.timeoutMs ?? 600_000, transfer: weekTaskBuffers(task) });
      add('compute', t0);
      for (const [k, v] of Object.entries(r.result.timings)) timings[k] = (timings[k] ?? 0) + v;
      prev = { state: r.result.state };
      prevAgg = r.result.state;
      baseFrom = r.baseFrom;
      if (store && r.encoded) {
        t0 = performance.now();
        await stageState(db, token, r.encoded, engine);
        staged += chunkRows(r.encoded);
        add('stage', t0);
        const aggregate: StateAggregate = r.encoded.aggregate;
        stored.push({ week, itemCount: r.encoded.itemCount, aggregate, activity: r.result.activity });
      }
      if (week >= p.from) results.push(r.result);
    }
    t0 = performance.now();
    let diff: string[] = [];
    if (p.mode !== 'publish') {
      const published = new Map<string, { value: number; release: number }>();
      for (const r of results) for (const [k, v] of await publishedValues(db, r.week, r.week)) published.set(k, v);
      diff = differences(results, published);
    }
    add('compare', t0);
    const release = p.mode === 'publish' || (p.mode === 'revise' && diff.length > 0);
    t0 = performance.now();
    const out = await commitRun(db, {
      check: async (trx) => {
        const changed: string[] = [];
        if ((await inputsVersion(trx, p.start, p.to, p.stateWeek)) !== seen) changed.push('observations, releases, states or weights changed');
        if (treeKey(await loadTree(trx)) !== treeKey(p.tree)) changed.push('the category tree changed');
        if (changed.length) throw new InputsChanged(changed.join('; '));
      },
      conflict:
        p.mode === 'check' && diff.length > 0
          ? new AppError(
              'CONFLICT',
              `week ${weekLabel(target)} is published and now computes to different values (${diff.length}, e.g. ${diff[0]}); published values never change silently: publish a revision (revise, with a note)`,
              { differences: diff.slice(0, 20) },
            )
          : null,
      token,
      staged,
      weights,
      stored: release ? stored : stored.filter((s) => s.week < p.from),
      release: release ? { kind: p.mode === 'revise' ? 'revision' : 'regular', note: opts.note ?? null, results, actor } : null,
    });
    published = true;
    add('publish', t0);
    t0 = performance.now();
    await collectStateGarbage(db, [token, ...out.replaced]);
    add('cleanup', t0);
    const weeks = results.map((r) => weekLabel(r.week));
    if (p.mode === 'check')
      return { status: 'unchanged', release: null, weeks, message: `week ${weekLabel(target)} is published and recomputes to the same values`, timings };
    if (!out.release)
      return { status: 'unchanged', release: null, weeks, message: 'the recomputed values equal the published ones; no revision released', timings };
    const rel = out.release;
    if (p.mode === 'revise')
      return {
        status: 'revised',
        release: rel,
        weeks,
        message: `published revision ${rel.id} (${diff.length} value(s) changed): ${rel.firstWeek} … ${rel.lastWeek}`,
        timings,
      };
    return { status: 'published', release: rel, weeks, message: `published release ${rel.id}: ${rel.firstWeek} … ${rel.lastWeek}`, timings };
  } finally {
    if (!published) await collectStateGarbage(db, [token]).catch(() => undefined);
  }
}
