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
import { createHash } from 'node:crypto';
import { BASE_SCORE, classFor, CUTOFF_DAYS, GROUPS, INDICATORS, RECENT_DAYS, SEVERITY_FACTOR, severityFits, THRESHOLDS } from './model.ts';
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
  await syncRescoreFunction(tx);
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
  const only = entityIds
    ? entityIds.length === 1
      ? `and entity_id = ${Math.trunc(entityIds[0]!)}`
      : `and entity_id in (${entityIds.map((n) => String(Math.trunc(n))).join(',') || 'null'})`
    : '';
  return sql.raw(scoreSelectText(`${lit(asOf)}::date`, only));
}

/** The score select's text over the day expression `d` and an extra filter on the terms (`and …`). */
function scoreSelectText(d: string, only: string): string {
  const groupCols = GROUPS.map((g, gi) => {
    const caps = CAPPED.flatMap((i, ci) => (i.group === g ? [` + least(${i.cap}, coalesce(sum(c) filter (where slot = ${CAP_SLOT0 + ci}), 0))`] : []));
    return `coalesce(sum(c) filter (where slot = ${gi}), 0)${caps.join('')} as ${g}`;
  }).join(',\n  ');
  const inner = `select entity_id, slot, v / (1 << ((${d} - occurred_on) / hl)) as c,
      case when occurred_on > ${d} - ${RECENT_DAYS} then w else 0 end as w
    from credit_event_terms
    where ends_on > ${d} and occurred_on <= ${d} ${only}`;
  const total = GROUPS.join(' + ');
  const cls = `case when w = 2 then 'D' else case when s >= ${THRESHOLDS.A} and w = 0 then 'A' when s >= ${THRESHOLDS.B} and w = 0 then 'B' when s >= ${THRESHOLDS.C} then 'C' else 'D' end end`;
  return `select entity_id, ${GROUPS.join(', ')}, s as score, (${cls})::char(1) as credit_class from (
  select entity_id, ${GROUPS.join(', ')}, ${BASE_SCORE} + ${total} as s, w from (
  select entity_id,
  ${groupCols},
  max(w) as w
  from (${inner}) x
  group by entity_id) g) z`;
}

/**
 * The body of `credit_rescore(entity, as_of, cause, event)`: lock (or create)
 * the entity's score row, compute its score from its terms with the same
 * arithmetic as `scoreSelect`, store it, and record a class change. A PL/pgSQL
 * function, so its statements are planned once per connection and reused
 * (the same select sent as text was planned on every call: ≈ 4 ms of a new
 * event's time at 50M events). Generated from the model; `syncRescoreFunction`
 * replaces it when the model in the code changes.
 */
export function rescoreFunctionSql(): string {
  const vars = GROUPS.map((g) => `v_${g}`);
  const body = `declare
  prev char(1);
  ${vars.map((v) => `${v} int := 0;`).join('\n  ')}
  v_score int := ${BASE_SCORE};
  v_class char(1) := '${BASE_CLASS}';
begin
  insert into credit_scores (entity_id, score, credit_class, class_since, as_of)
    values (p_entity, ${BASE_SCORE}, '${BASE_CLASS}', p_as_of, p_as_of)
    on conflict (entity_id) do update set entity_id = excluded.entity_id
    returning credit_class into prev;
  select ${GROUPS.join(', ')}, score, credit_class into ${vars.join(', ')}, v_score, v_class
    from (${scoreSelectText('p_as_of', 'and entity_id = p_entity')}) q;
  if not found then
    ${vars.map((v) => `${v} := 0;`).join(' ')} v_score := ${BASE_SCORE}; v_class := '${BASE_CLASS}';
  end if;
  update credit_scores s set score = v_score, credit_class = v_class,
      class_since = case when v_class = prev then s.class_since else p_as_of end,
      as_of = p_as_of, ${GROUPS.map((g) => `${g} = v_${g}`).join(', ')}, computed_at = now()
    where s.entity_id = p_entity;
  if v_class <> prev then
    insert into credit_class_changes (entity_id, changed_on, from_class, to_class, score, cause, event_id)
      values (p_entity, p_as_of, prev, v_class, v_score, p_cause, p_event);
  end if;
end`;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return `create or replace function credit_rescore(p_entity bigint, p_as_of date, p_cause text, p_event bigint) returns void
language plpgsql as $rescore$
${body}
$rescore$;
comment on function credit_rescore(bigint, date, text, bigint) is 'model ${hash}';`;
}

const BASE_CLASS = classFor(BASE_SCORE, null);

/** The model tag in `credit_rescore`'s comment (a hash of its body). */
const tagOf = (fnSql: string): string => /comment on function [^']*'([^']*)'/.exec(fnSql)![1]!;

/**
 * Replace `credit_rescore` when it was made from another model than this
 * code's (run by `syncCreditModel`, in the full recompute's transaction, like
 * the model rows). Returns whether it was replaced.
 */
export async function syncRescoreFunction(tx: Transaction<DB>): Promise<boolean> {
  const want = rescoreFunctionSql();
  const have = await sql<{ c: string | null }>`select obj_description(p.oid, 'pg_proc') as c from pg_proc p where p.proname = 'credit_rescore'`.execute(tx);
  if (have.rows[0]?.c === tagOf(want)) return false;
  await sql.raw(want).execute(tx);
  return true;
}
