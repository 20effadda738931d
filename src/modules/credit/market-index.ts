/**
 * The market credit index (docs/credit.md §index): monthly, base month = 100.
 * For each month end, every entity with a counting event is scored (the same
 * set-based select as the recompute); a group's sub-index is the mean of
 * (group share of the base + group contributions, floored at 0) relative to the
 * base month; the composite is the sub-indices combined with published weights.
 * Values are kept in hundredths (10000 = 100.00).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { addDays, GROUP_BASE, GROUPS, type Group } from './model.ts';
import { scoreSelect } from './recompute.ts';
import { today } from './scores.ts';
import { creditDb } from './tables.ts';

/** Published weights of the sub-indices in the composite, in basis points (sum 10000). */
export const INDEX_WEIGHTS_BP: Readonly<Record<Group, number>> = { quality: 3000, fulfilment: 3000, behaviour: 2000, compliance: 2000 };

export interface IndexMonth {
  month: string;
  composite: number;
  quality: number;
  fulfilment: number;
  behaviour: number;
  compliance: number;
  entities: number;
  baseMonth: string;
}

const monthEnd = (month: string): string => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return addDays(d.toISOString().slice(0, 10), -1);
};

/** The months from `from` to `to` (first days, YYYY-MM-01). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= to.slice(0, 7); d.setUTCMonth(d.getUTCMonth() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Mean group levels (hundredths) of the rated entities on a month's last day (or today for the running month). */
async function monthLevels(db: Kysely<DB>, month: string): Promise<{ entities: number; levels: Record<Group, number> }> {
  const end = monthEnd(month);
  const asOf = [end, today()].sort()[0]!; // the earlier day (ISO dates sort as text)
  const cols = GROUPS.map((g) => `coalesce(avg(greatest(0, ${GROUP_BASE[g]} + ${g})), 0)::float8 as ${g}`).join(', ');
  const r = await sql<Record<Group, number> & { n: number }>`select count(*)::int as n, ${sql.raw(cols)} from (${scoreSelect(asOf)}) s`.execute(db);
  const row = r.rows[0]!;
  return { entities: row.n, levels: Object.fromEntries(GROUPS.map((g) => [g, Number(row[g])])) as Record<Group, number> };
}

/**
 * Compute and store the index for the months `from` … `to` (default: the last 12 months) against `baseMonth`
 * (default: the first month). Returns the series.
 */
export async function computeMarketIndex(db: Kysely<DB>, actor: Actor, opts: { from?: string; to?: string; baseMonth?: string } = {}): Promise<IndexMonth[]> {
  requireRole(actor, 'regulator', 'operator');
  const to = opts.to ?? today();
  const from =
    opts.from ??
    (() => {
      const d = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - 11);
      return d.toISOString().slice(0, 10);
    })();
  const months = monthsBetween(from, to);
  if (months.length === 0 || months.length > 120) throw new AppError('VALIDATION', 'give 1 to 120 months, from ≤ to');
  const base = `${(opts.baseMonth ?? months[0]!).slice(0, 7)}-01`;
  const baseLevels = await monthLevels(db, base);
  if (baseLevels.entities === 0) throw new AppError('INDEX_UNDEFINED', `no rated entity in the base month ${base}`, { problem: 'empty_base' });
  const out: IndexMonth[] = [];
  for (const month of months) {
    const m = month === base ? baseLevels : await monthLevels(db, month);
    const sub = Object.fromEntries(
      GROUPS.map((g) => [g, baseLevels.levels[g] > 0 ? Math.round((10_000 * m.levels[g]) / baseLevels.levels[g]) : 10_000]),
    ) as Record<Group, number>;
    const composite = Math.round(GROUPS.reduce((s, g) => s + INDEX_WEIGHTS_BP[g] * sub[g], 0) / 10_000);
    out.push({ month, composite, ...sub, entities: m.entities, baseMonth: base });
  }
  await db.transaction().execute(async (tx) => {
    for (const r of out) {
      const row = { month: r.month, composite: r.composite, ...Object.fromEntries(GROUPS.map((g) => [g, r[g]])), entities: r.entities, base_month: base } as {
        month: string;
        composite: number;
        entities: number;
        base_month: string;
      } & Record<Group, number>;
      await creditDb(tx)
        .insertInto('credit_index_months')
        .values(row)
        .onConflict((oc) => oc.column('month').doUpdateSet({ ...row, computed_at: new Date() }))
        .execute();
    }
  });
  return out;
}

/** The published series (public), oldest first. */
export async function marketIndexSeries(db: Kysely<DB>): Promise<IndexMonth[]> {
  const rows = await creditDb(db).selectFrom('credit_index_months').selectAll().orderBy('month').execute();
  return rows.map((r) => ({
    month: r.month,
    composite: r.composite,
    quality: r.quality,
    fulfilment: r.fulfilment,
    behaviour: r.behaviour,
    compliance: r.compliance,
    entities: r.entities,
    baseMonth: r.base_month,
  }));
}

/** How many stored scores are in each class (regulator's distribution chart). */
export async function classDistribution(db: Kysely<DB>, actor: Actor): Promise<Record<'A' | 'B' | 'C' | 'D', number>> {
  requireRole(actor, 'regulator', 'operator');
  const rows = await creditDb(db)
    .selectFrom('credit_scores')
    .select(['credit_class', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('credit_class')
    .execute();
  const out = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of rows) out[r.credit_class] = Number(r.n);
  return out;
}
