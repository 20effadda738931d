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
import { buildPanel, computeSeries, describeProblem, INDEX_FORMULAS, isWeightedFormula, type IndexFormula, type Observation } from './formulas/index.ts';
import { weekLabel, weekStart } from './calendar.ts';
import { MARKET_NODE } from './tree.ts';
import { getRelease, type Release } from './releases.ts';

const WeekLabel = z.string().regex(/^\d{4}-W\d{2}$/, 'a week is written YYYY-Www, e.g. 2025-W07');
const Node = z.string().regex(/^(ALL|([0-9]{2}){1,5})$/, 'a category code (e.g. 04, 0401) or ALL');

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

export interface SeriesPoint { week: string; date: string; value: number; release: number | null; detail?: unknown }
export interface NodeSeries { node: string; nameZh: string; nameEn: string; level: number; points: SeriesPoint[] }
export interface SeriesResponse {
  series: 'price' | 'prosperity';
  formula: string;
  base: number;
  release: Release | null;
  note?: string;
  nodes: NodeSeries[];
}

async function resolveNodes(db: Kysely<DB>, category: string) {
  const cats = await db.selectFrom('categories').select(['code', 'name_zh', 'name_en', 'level']).execute();
  const byCode = new Map(cats.map((c) => [c.code, c]));
  const wanted = category === 'top' ? [MARKET_NODE, ...cats.filter((c) => c.level === 1).map((c) => c.code).sort()] : category.split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0 || wanted.length > 500) throw new AppError('VALIDATION', 'give 1 to 500 category codes');
  return wanted.map((code) => {
    const parsed = Node.safeParse(code);
    if (!parsed.success) throw new AppError('VALIDATION', `category: "${code}" is not a category code (e.g. 04, 0401) or ALL`);
    if (code === MARKET_NODE) return { node: code, nameZh: '全市场', nameEn: 'Whole market', level: 0 };
    const c = byCode.get(code);
    if (!c) throw new AppError('NOT_FOUND', `category ${code} does not exist`);
    return { node: code, nameZh: c.name_zh, nameEn: c.name_en, level: c.level };
  });
}

export async function getSeries(db: Kysely<DB>, query: SeriesQuery): Promise<SeriesResponse> {
  const q = SeriesQuery.parse(query);
  const nodes = await resolveNodes(db, q.category);
  const from = q.from ? weekStart(q.from) : '0001-01-01';
  const to = q.to ? weekStart(q.to) : '9999-12-31';
  if (from > to) throw new AppError('VALIDATION', 'from is after to');
  if (q.formula !== 'published') return analysisSeries(db, q.series, q.formula, nodes, from, to);
  const latest = q.release ? undefined : await db.selectFrom('index_releases').select('id').orderBy('id', 'desc').executeTakeFirst();
  const release = q.release ? await getRelease(db, q.release) : latest ? await getRelease(db, latest.id) : null;
  const points = new Map<string, SeriesPoint[]>(nodes.map((n) => [n.node, []]));
  if (release) {
    const rows = await db
      .selectFrom('index_values')
      .select(['node', 'week', 'value', 'release_id', 'detail'])
      .distinctOn(['node', 'week'])
      .where('series', '=', q.series)
      .where('node', 'in', nodes.map((n) => n.node))
      .where('week', '>=', from)
      .where('week', '<=', to)
      .where('release_id', '<=', release.id)
      .orderBy('node')
      .orderBy('week')
      .orderBy('release_id', 'desc')
      .execute();
    for (const r of rows) points.get(r.node)?.push({ week: weekLabel(r.week), date: r.week, value: r.value, release: r.release_id, detail: r.detail });
  }
  return { series: q.series, formula: 'published', base: q.series === 'price' ? 100 : 1000, release, nodes: nodes.map((n) => ({ ...n, points: points.get(n.node) ?? [] })) };
}

const MAX_ANALYSIS_OBSERVATIONS = 500_000;

/**
 * An analysts' series computed on the fly from the observations of a node's
 * subtree (weekly item prices; quantities for the weighted formulas), chained
 * bilateral or GEKS, base = 100 at the first week. Not published.
 */
async function analysisSeries(db: Kysely<DB>, series: 'price' | 'prosperity', formula: IndexFormula, nodes: Awaited<ReturnType<typeof resolveNodes>>, from: string, to: string): Promise<SeriesResponse> {
  if (series !== 'price') throw new AppError('VALIDATION', 'formulas apply to the price series only');
  if (nodes.length > 30) throw new AppError('VALIDATION', 'at most 30 categories per analysis request');
  const weighted = isWeightedFormula(formula);
  const out: NodeSeries[] = [];
  for (const n of nodes) {
    const prefix = n.node === MARKET_NODE ? '' : n.node;
    const count = await sql<{ n: number }>`
      select count(*)::int as n from index_observations o join categories c on c.id = o.category_id
      where c.code like ${prefix + '%'} and o.collection_date >= ${from}::date and o.collection_date <= ${to}::date + 6
      ${weighted ? sql`and o.quantity is not null` : sql``}`.execute(db);
    if ((count.rows[0]?.n ?? 0) > MAX_ANALYSIS_OBSERVATIONS)
      throw new AppError('VALIDATION', `category ${n.node} has more than ${MAX_ANALYSIS_OBSERVATIONS} observations in that range; choose a lower category or a shorter range`);
    const rows = await sql<{ item_id: number; week: string; price: number; quantity: number | null }>`
      select o.item_id, (o.collection_date - (extract(isodow from o.collection_date)::int - 1)) as week, o.price::float8 as price, o.quantity::float8 as quantity
      from index_observations o join categories c on c.id = o.category_id
      where c.code like ${prefix + '%'} and o.collection_date >= ${from}::date and o.collection_date <= ${to}::date + 6
      ${weighted ? sql`and o.quantity is not null` : sql``}`.execute(db);
    const obs: Observation[] = rows.rows.map((r) => ({ period: r.week, product: String(r.item_id), price: r.price, quantity: weighted ? (r.quantity ?? 0) : null }));
    const points: SeriesPoint[] = [];
    if (obs.length > 0) {
      const panel = buildPanel(obs, 'natural');
      const res = computeSeries(panel, { formula, ...(formula.startsWith('geks') ? {} : { chained: true }) });
      if (!res.ok) throw new AppError('VALIDATION', `category ${n.node}: ${describeProblem(res.problem)}`);
      res.value.periods.forEach((p, t) => points.push({ week: weekLabel(p), date: p, value: 100 * (res.value.values[t] as number), release: null }));
    }
    out.push({ ...n, points });
  }
  return { series, formula, base: 100, release: null, note: 'computed on the fly from the observations with the chosen formula (chained; GEKS over the whole range); not a published series', nodes: out };
}

/** The series as a CSV or xlsx table: week, date, node, names, series, value, release. */
export async function seriesTable(db: Kysely<DB>, query: SeriesQuery, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const s = await getSeries(db, query);
  const header = ['week', 'date', 'category', 'name_zh', 'name_en', 'series', 'formula', 'value', 'release'];
  const rows: (string | number)[][] = [];
  for (const n of s.nodes) for (const p of n.points) rows.push([p.week, p.date, n.node, n.nameZh, n.nameEn, s.series, s.formula, p.value, p.release ?? '']);
  if (format === 'csv') {
    const esc = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    return Buffer.from('\uFEFF' + [header, ...rows].map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n', 'utf8');
  }
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
