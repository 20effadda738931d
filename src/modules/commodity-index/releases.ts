/**
 * Publishing: a release is a dated, immutable set of series values for a
 * range of weeks. The weekly run publishes a regular release for the weeks
 * not yet published; a revision (corrected data or method) is a new release
 * with a note, and the earlier releases stay readable: the series "as of"
 * release R takes, for every node and week, the value of the latest release
 * ≤ R that has one.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { weekLabel } from './calendar.ts';
import type { NodeValue, WeekResult } from './week-compute.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface Release {
  id: number;
  releasedAt: string;
  kind: 'regular' | 'revision';
  firstWeek: string;
  lastWeek: string;
  note: string | null;
  method: string;
}

export const toRelease = (r: {
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
export async function publishedValues(db: Db, from: string, to: string): Promise<Map<string, { value: number; release: number }>> {
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

export function differences(results: WeekResult[], published: Map<string, { value: number }>): string[] {
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
