/**
 * Event terms: each counting credit event reduced, at insert time, to the few
 * numbers the score arithmetic needs (issue 13 "Speed", docs/credit.md §speed).
 *
 * `credit_model_terms` holds the model per (kind, severity): the bucket (`slot`:
 * 0–3 the group, 4+ a capped indicator), the signed value v = sign × points ×
 * severity factor, the half-life, the cut-off in days and the recency weight w
 * (2 severe, 1 serious, 0 otherwise). Triggers on credit_events keep
 * `credit_event_terms` (one narrow row per unvoided event: entity, event,
 * occurred_on, ends_on = occurred_on + cut-off, v, hl, slot, w) in step with
 * the events, whatever path inserts, voids or deletes them. The full recompute
 * and the per-entity re-score read only these rows: one arithmetic scan, no join.
 *
 * The model's numbers live in model.ts; `syncCreditModel` (run by every full
 * recompute) checks the stored rows against it and, if the model changed,
 * replaces them and rebuilds the terms, so the SQL always computes `explain`'s
 * arithmetic.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { BASE_SCORE, CUTOFF_DAYS, GROUPS, INDICATORS, RECENT_DAYS, SEVERITY_FACTOR, severityFits, THRESHOLDS } from './model.ts';
import { SEVERITIES } from './tables.ts';

export interface ModelTerm {
  kind: string;
  severity: string;
  slot: number;
  v: number;
  hl: number;
  cutoff: number;
  w: number;
}

/** The capped indicators, in slot order (slot = CAP_SLOT0 + index). */
export const CAPPED = INDICATORS.filter((i) => i.cap !== undefined);
export const CAP_SLOT0 = GROUPS.length;

/** The model as (kind, severity) rows, sorted by kind then severity. */
export function modelTerms(): ModelTerm[] {
  const rows: ModelTerm[] = [];
  for (const ind of INDICATORS) {
    // 1 << (age / hl) must stay below 2^31 for any age before the longest cut-off
    if (Math.max(...Object.values(CUTOFF_DAYS)) / ind.halfLifeDays >= 31) throw new Error(`half-life of ${ind.kind} too short for the SQL arithmetic`);
    for (const severity of SEVERITIES) {
      if (!severityFits(ind, severity)) continue;
      const ci = CAPPED.indexOf(ind);
      rows.push({
        kind: ind.kind,
        severity,
        slot: ci >= 0 ? CAP_SLOT0 + ci : GROUPS.indexOf(ind.group),
        v: ind.sign * ind.points * SEVERITY_FACTOR[severity],
        hl: ind.halfLifeDays,
        cutoff: CUTOFF_DAYS[severity],
        w: severity === 'severe' ? 2 : severity === 'serious' ? 1 : 0,
      });
    }
  }
  return rows.sort((a, b) => (a.kind === b.kind ? (a.severity < b.severity ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** An insert of the model rows (used by migration 023 and by `syncCreditModel`). */
export function modelTermsInsert(rows: readonly ModelTerm[] = modelTerms()): string {
  const values = rows.map((r) => `(${lit(r.kind)}, ${lit(r.severity)}, ${r.slot}, ${r.v}, ${r.hl}, ${r.cutoff}, ${r.w})`).join(',\n  ');
  return `insert into credit_model_terms (kind, severity, slot, v, hl, cutoff, w) values\n  ${values}`;
}

/** Fill credit_event_terms from credit_events (after a bulk load, or when the model changed), clustered by entity. */
export const TERMS_FROM_EVENTS = `insert into credit_event_terms (entity_id, event_id, occurred_on, ends_on, v, hl, slot, w)
  select e.entity_id, e.id, e.occurred_on, e.occurred_on + m.cutoff, m.v, m.hl, m.slot, m.w
  from credit_events e join credit_model_terms m on m.kind = e.kind and m.severity = e.severity
  where e.voided_at is null
  order by e.entity_id, e.id`;

/** Rebuild every event's terms from credit_events (the terms triggers being bypassed, e.g. by a bulk load). */
export async function rebuildCreditTerms(tx: Transaction<DB> | Kysely<DB>): Promise<void> {
  await sql`truncate credit_event_terms`.execute(tx);
  await sql.raw(TERMS_FROM_EVENTS).execute(tx);
}

/**
 * Make the stored model rows equal to model.ts; when they were not, rebuild every event's terms.
 * Returns whether anything was rebuilt. Runs in the caller's transaction.
 */
export async function syncCreditModel(tx: Transaction<DB>): Promise<boolean> {
  const want = modelTerms();
  const have = (
    await sql<ModelTerm>`select kind, severity, slot::int as slot, v, hl::int as hl, cutoff::int as cutoff, w::int as w
      from credit_model_terms order by kind collate "C", severity collate "C"`.execute(tx)
  ).rows;
  if (JSON.stringify(have) === JSON.stringify(want)) return false;
  await sql`lock table credit_events in share mode`.execute(tx);
  await sql`delete from credit_model_terms`.execute(tx);
  await sql.raw(modelTermsInsert(want)).execute(tx);
  await rebuildCreditTerms(tx);
  return true;
}

/**
 * The select that computes, per entity, the four group totals, the score and the class on `asOf`, from the
 * event terms (terms.ts): one scan of narrow rows, no join. Each counting row costs one date difference, one
 * division and one shift: contribution = v / 2^(age / half-life) while asOf < ends_on (int division truncates
 * toward zero, as `contribution` does; every value fits an int). A capped indicator has its own slot, summed
 * then capped (capped indicators are positive, so this is explain's newest-first capping).
 */
export function scoreSelect(asOf: string, entityIds?: readonly number[]): RawBuilder<unknown> {
  const d = `${lit(asOf)}::date`;
  const groupCols = GROUPS.map((g, gi) => {
    const caps = CAPPED.flatMap((i, ci) => (i.group === g ? [` + least(${i.cap}, coalesce(sum(c) filter (where slot = ${CAP_SLOT0 + ci}), 0))`] : []));
    return `coalesce(sum(c) filter (where slot = ${gi}), 0)${caps.join('')} as ${g}`;
  }).join(',\n  ');
  const only = entityIds
    ? entityIds.length === 1
      ? `and entity_id = ${Math.trunc(entityIds[0]!)}`
      : `and entity_id in (${entityIds.map((n) => String(Math.trunc(n))).join(',') || 'null'})`
    : '';
  const inner = `select entity_id, slot, v / (1 << ((${d} - occurred_on) / hl)) as c,
      case when occurred_on > ${d} - ${RECENT_DAYS} then w else 0 end as w
    from credit_event_terms
    where ends_on > ${d} and occurred_on <= ${d} ${only}`;
  const total = GROUPS.join(' + ');
  const cls = `case when w = 2 then 'D' else case when s >= ${THRESHOLDS.A} and w = 0 then 'A' when s >= ${THRESHOLDS.B} and w = 0 then 'B' when s >= ${THRESHOLDS.C} then 'C' else 'D' end end`;
  return sql.raw(`select entity_id, ${GROUPS.join(', ')}, s as score, (${cls})::char(1) as credit_class from (
  select entity_id, ${GROUPS.join(', ')}, ${BASE_SCORE} + ${total} as s, w from (
  select entity_id,
  ${groupCols},
  max(w) as w
  from (${inner}) x
  group by entity_id) g) z`);
}
