/**
 * Reading the published series (public): by series, category nodes, week
 * range and release ("as of" a release: the values a reader saw then), plus
 * analysts' on-the-fly series with any library formula (not published), and
 * CSV/xlsx downloads.
 */
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import type { WorkPool } from '../../core/work-pool.ts';
import { INDEX_FORMULAS, isWeightedFormula, type IndexFormula } from './formulas/index.ts';
import { computeAnalysis, taskBuffers, type AnalysisTask } from './series-compute.ts';
import { SeriesCache } from './series-cache.ts';
import { weekLabel, weekStart } from './calendar.ts';
import { MARKET_NODE } from './tree.ts';
import { getRelease, type Release } from './releases.ts';
import { categoryList } from '../catalog/index.ts';
import { csvDocument } from '../../core/csv.ts';
import { parseInput } from '../../core/validation.ts';

const WeekLabel = z.string().regex(/^\d{4}-W\d{2}$/, 'a week is written YYYY-Www, e.g. 2025-W07');
const Node = z.string().regex(/^(ALL|([0-9]{2}){1,5})$/, 'a category code (e.g. 04, 0401) or ALL');

/**
 * Query of `getSeries` and `seriesTable`: series, categories (codes, ALL or top), formula, weeks, release.
 */
export const SeriesQuery = z.strictObject({
  series: z.enum(['price', 'prosperity']).default('price'),
  /** comma-separated category codes; ALL = the whole market; 'top' = the whole market and the 26 top categories */
  category: z.string().max(2000).default('ALL'),
  formula: z.enum(['published', ...INDEX_FORMULAS]).default('published'),
  from: WeekLabel.optional(),
  to: WeekLabel.optional(),
  release: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type SeriesQuery = z.input<typeof SeriesQuery>;

export interface SeriesPoint {
  week: string;
  date: string;
  value: number;
  release: number | null;
  detail?: unknown;
}
export interface NodeSeries {
  node: string;
  nameZh: string;
  nameEn: string;
  level: number;
  points: SeriesPoint[];
}
export interface SeriesResponse {
  series: 'price' | 'prosperity';
  formula: string;
  base: number;
  release: Release | null;
  note?: string;
  nodes: NodeSeries[];
}

type Category = { id: number; code: string; name_zh: string; name_en: string; level: number };
type ResolvedNode = { node: string; nameZh: string; nameEn: string; level: number };

async function resolveNodes(db: Kysely<DB>, category: string): Promise<{ nodes: ResolvedNode[]; cats: Category[] }> {
  const cats = await categoryList(db);
  const byCode = new Map(cats.map((c) => [c.code, c]));
  const wanted =
    category === 'top'
      ? [
          MARKET_NODE,
          ...cats
            .filter((c) => c.level === 1)
            .map((c) => c.code)
            .sort(),
        ]
      : category
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  if (wanted.length === 0 || wanted.length > 500) throw new AppError('VALIDATION', 'give 1 to 500 category codes');
  const nodes = wanted.map((code) => {
    const parsed = Node.safeParse(code);
    if (!parsed.success) throw new AppError('VALIDATION', `category: "${code}" is not a category code (e.g. 04, 0401) or ALL`);
    if (code === MARKET_NODE) return { node: code, nameZh: '全市场', nameEn: 'Whole market', level: 0 };
    const c = byCode.get(code);
    if (!c) throw new AppError('NOT_FOUND', `category ${code} does not exist`);
    return { node: code, nameZh: c.name_zh, nameEn: c.name_en, level: c.level };
  });
  return { nodes, cats };
}

/** How a caller runs the heavy part: in a WorkPool (the server) or in this thread (the CLI, when no pool is given). */
export interface SeriesOptions {
  pool?: WorkPool;
  /** Time limit of one computation in the pool (default 60 s). */
  timeoutMs?: number;
}

/** Cached series values: one point list per requested node, in request order. */
type CachedPoints = SeriesPoint[][];
const caches = new WeakMap<object, SeriesCache<CachedPoints>>();
/**
 * The series cache of a database handle (one per database: keys name releases and data versions of that database).
 * @example
 * ```ts
 * console.log(seriesCacheOf(db).stats());
 * ```
 */
export function seriesCacheOf(db: Kysely<DB>): SeriesCache<CachedPoints> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new SeriesCache<CachedPoints>({ maxEntries: 200, maxBytes: 32 * 1024 * 1024 })));
  return c;
}

/**
 * Index series of one or more categories, weekly: the published values (of the
 * latest release, or as of `release`), or computed on the fly with another
 * formula (`formula`, price series only, at most 30 categories) for comparison.
 * Results are cached (`seriesCacheOf`). Throws `VALIDATION` (bad query, from
 * after to, 1–500 codes), `NOT_FOUND` (unknown category or release) and `BUSY`
 * (too many on-the-fly computations waiting; details.retryAfterSeconds).
 * @example
 * ```ts
 * const s = await getSeries(db, { series: 'price', category: 'ALL,01', from: '2025-W01', to: '2025-W10' });
 * for (const n of s.nodes) console.log(n.node, n.points.at(-1)?.value);
 * ```
 */
export async function getSeries(db: Kysely<DB>, query: SeriesQuery, opts: SeriesOptions = {}): Promise<SeriesResponse> {
  const q = parseInput(SeriesQuery, query);
  const { nodes, cats } = await resolveNodes(db, q.category);
  const from = q.from ? weekStart(q.from) : '0001-01-01';
  const to = q.to ? weekStart(q.to) : '9999-12-31';
  if (from > to) throw new AppError('VALIDATION', 'from is after to');
  if (q.formula !== 'published') return analysisSeries(db, q.series, q.formula, nodes, cats, from, to, opts);
  const latest = q.release ? undefined : await db.selectFrom('index_releases').select('id').orderBy('id', 'desc').executeTakeFirst();
  const release = q.release ? await getRelease(db, q.release) : latest ? await getRelease(db, latest.id) : null;
  let points: CachedPoints = nodes.map(() => []);
  if (release) {
    // Published values never change: the values "as of" a release are fixed once it exists (releasedAt guards against a reset database reusing ids).
    const key = `published|${q.series}|${nodes.map((n) => n.node).join(',')}|${from}|${to}|${release.id}@${release.releasedAt}`;
    points = await seriesCacheOf(db).get(key, () => publishedPoints(db, q.series, nodes, from, to, release.id));
  }
  return {
    series: q.series,
    formula: 'published',
    base: q.series === 'price' ? 100 : 1000,
    release,
    nodes: nodes.map((n, i) => ({ ...n, points: points[i] ?? [] })),
  };
}

async function publishedPoints(
  db: Kysely<DB>,
  series: 'price' | 'prosperity',
  nodes: ResolvedNode[],
  from: string,
  to: string,
  releaseId: number,
): Promise<CachedPoints> {
  const rows = await db
    .selectFrom('index_values')
    .select(['node', 'week', 'value', 'release_id', 'detail'])
    .distinctOn(['node', 'week'])
    .where('series', '=', series)
    .where(
      'node',
      'in',
      nodes.map((n) => n.node),
    )
    .where('week', '>=', from)
    .where('week', '<=', to)
    .where('release_id', '<=', releaseId)
    .orderBy('node')
    .orderBy('week')
    .orderBy('release_id', 'desc')
    .execute();
  const points = new Map<string, SeriesPoint[]>(nodes.map((n) => [n.node, []]));
  for (const r of rows) points.get(r.node)?.push({ week: weekLabel(r.week), date: r.week, value: r.value, release: r.release_id, detail: r.detail });
  return nodes.map((n) => points.get(n.node) ?? []);
}

const MAX_ANALYSIS_OBSERVATIONS = 500_000;
/** Rows per statement when reading observations: short statements, the event loop turns between them. */
const READ_PAGE = 5_000;
const COMPUTE_TASK = new URL('./series-compute.ts', import.meta.url);

/**
 * The data version of the observations: the highest pack id and the number of packs.
 * Every insert appends packs (a higher id); every update or delete repacks its
 * weeks (new, higher ids, or fewer packs); so any change of index_observations
 * through its triggers changes this pair.
 * @example
 * ```ts
 * const version = await observationsVersion(db); // part of on-the-fly cache keys
 * ```
 */
export async function observationsVersion(db: Kysely<DB>): Promise<string> {
  const r = await sql<{ m: number; n: number }>`select coalesce(max(id), 0)::int8 as m, count(*)::int as n from index_obs_packs`.execute(db);
  return `${r.rows[0]?.m ?? 0}.${r.rows[0]?.n ?? 0}`;
}

/**
 * An analysts' series computed on the fly from the observations of a node's
 * subtree (weekly item prices; quantities for the weighted formulas), chained
 * bilateral or GEKS, base = 100 at the first week. Not published. The
 * observations are read here (paged statements) and the formula runs in
 * `opts.pool` (series-compute.ts); results are cached by query and data version.
 */
async function analysisSeries(
  db: Kysely<DB>,
  series: 'price' | 'prosperity',
  formula: IndexFormula,
  nodes: ResolvedNode[],
  cats: Category[],
  from: string,
  to: string,
  opts: SeriesOptions,
): Promise<SeriesResponse> {
  if (series !== 'price') throw new AppError('VALIDATION', 'formulas apply to the price series only');
  if (nodes.length > 30) throw new AppError('VALIDATION', 'at most 30 categories per analysis request');
  const key = `analysis|${formula}|${nodes.map((n) => n.node).join(',')}|${from}|${to}|${await observationsVersion(db)}`;
  const points = await seriesCacheOf(db).get(key, async () => {
    const pool = opts.pool;
    if (!pool) return computeAnalysis(await loadAnalysis(db, formula, nodes, cats, from, to));
    const release = admit(pool); // before reading: a refused request costs no read
    try {
      const task = await oneReaderAtATime(db, () => loadAnalysis(db, formula, nodes, cats, from, to));
      return await pool.run<CachedPoints>(COMPUTE_TASK, 'computeAnalysis', task, { timeoutMs: opts.timeoutMs ?? 60_000, transfer: taskBuffers(task) });
    } finally {
      release();
    }
  });
  return {
    series,
    formula,
    base: 100,
    release: null,
    note: 'computed on the fly from the observations with the chosen formula (chained; GEKS over the whole range); not a published series',
    nodes: nodes.map((n, i) => ({ ...n, points: points[i] ?? [] })),
  };
}

/**
 * Admission: at most (workers + queue) computations between their first read and
 * their result, so a flood is refused before it reads anything. Returns the release.
 */
const admitted = new WeakMap<WorkPool, number>();
function admit(pool: WorkPool): () => void {
  const l = pool.load();
  const n = admitted.get(pool) ?? 0;
  if (n >= l.size + l.maxQueue || (l.running >= l.size && l.queued >= l.maxQueue))
    throw new AppError('BUSY', `index series: ${Math.max(n, l.running + l.queued)} computations are already running or waiting; try again in a few seconds`, {
      retryAfterSeconds: 5,
      queue: l.maxQueue,
    });
  admitted.set(pool, n + 1);
  let done = false;
  return () => {
    if (!done) admitted.set(pool, (admitted.get(pool) ?? 1) - 1);
    done = true;
  };
}

/** Heavy reads of one database one at a time: their short pages interleave with other requests' queries, not with each other. */
const readers = new WeakMap<object, Promise<unknown>>();
function oneReaderAtATime<T>(db: Kysely<DB>, read: () => Promise<T>): Promise<T> {
  const prev = readers.get(db) ?? Promise.resolve();
  const next = prev.then(read, read);
  readers.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/** Reads the observations of the union of the nodes' subtrees into columns (paged by id). */
export async function loadAnalysis(
  db: Kysely<DB>,
  formula: IndexFormula,
  nodes: ResolvedNode[],
  cats: Category[],
  from: string,
  to: string,
): Promise<AnalysisTask> {
  const weighted = isWeightedFormula(formula);
  const prefixes = nodes.map((n) => (n.node === MARKET_NODE ? '' : n.node));
  // the subtrees' category ids, from the categories already read: no join, so each page is a short walk of the primary key
  const ids = cats.filter((c) => prefixes.some((p) => c.code.startsWith(p))).map((c) => c.id);
  const inNodes = prefixes.includes('') ? sql`true` : sql`o.category_id = any(${`{${ids.join(',')}}`}::int[])`;
  const where = sql`${inNodes} and o.collection_date >= ${from}::date and o.collection_date <= ${to}::date + 6 ${weighted ? sql`and o.quantity is not null` : sql``}`;
  const codeIndex = new Map(cats.map((c, i) => [c.id, i]));
  const weeks: string[] = [];
  const weekIndex = new Map<string, number>();
  const item: number[] = [],
    week: number[] = [],
    category: number[] = [],
    price: number[] = [],
    quantity: number[] = [];
  let last = 0;
  for (;;) {
    const page = await sql<{ id: number; item_id: number; category_id: number; week: string; price: number; quantity: number | null }>`
      select o.id, o.item_id, o.category_id, (o.collection_date - (extract(isodow from o.collection_date)::int - 1)) as week, o.price::float8 as price, o.quantity::float8 as quantity
      from index_observations o
      where ${where} and o.id > ${last} order by o.id limit ${READ_PAGE}`.execute(db);
    if (item.length + page.rows.length > MAX_ANALYSIS_OBSERVATIONS)
      throw new AppError(
        'VALIDATION',
        `categories ${nodes.map((n) => n.node).join(',')} have more than ${MAX_ANALYSIS_OBSERVATIONS} observations in that range; choose lower categories or a shorter range`,
      );
    for (const r of page.rows) {
      let w = weekIndex.get(r.week);
      if (w === undefined) weekIndex.set(r.week, (w = weeks.push(r.week) - 1));
      item.push(r.item_id);
      week.push(w);
      category.push(codeIndex.get(r.category_id) ?? -1);
      price.push(r.price);
      quantity.push(r.quantity ?? Number.NaN);
    }
    if (page.rows.length < READ_PAGE) break;
    last = page.rows[page.rows.length - 1]!.id;
    await new Promise((r) => setImmediate(r));
  }
  const obs = {
    length: item.length,
    item: Int32Array.from(item),
    week: Int32Array.from(week),
    category: Int32Array.from(category),
    price: Float64Array.from(price),
    quantity: Float64Array.from(quantity),
  };
  return { formula, weighted, weeks, codes: cats.map((c) => c.code), nodes: nodes.map((n, i) => ({ node: n.node, prefix: prefixes[i] as string })), obs };
}

/**
 * The series as a CSV or xlsx table: week, date, node, names, series, value, release.
 * Throws as `getSeries`.
 * @example
 * ```ts
 * const xlsx = await seriesTable(db, { category: 'top' }, 'xlsx');
 * ```
 */
export async function seriesTable(db: Kysely<DB>, query: SeriesQuery, format: 'csv' | 'xlsx', opts: SeriesOptions = {}): Promise<Buffer> {
  const s = await getSeries(db, query, opts);
  const header = ['week', 'date', 'category', 'name_zh', 'name_en', 'series', 'formula', 'value', 'release'];
  const rows: (string | number)[][] = [];
  for (const n of s.nodes) for (const p of n.points) rows.push([p.week, p.date, n.node, n.nameZh, n.nameEn, s.series, s.formula, p.value, p.release ?? '']);
  if (format === 'csv') return csvDocument(header, rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.series === 'price' ? 'price index' : 'prosperity index');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  const info = wb.addWorksheet('release');
  info.addRow(['release', s.release?.id ?? '', s.release?.releasedAt ?? '', s.release?.kind ?? '', s.release?.note ?? '']);
  info.addRow(['method', s.release?.method ?? s.note ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
