/**
 * The full recompute: every entity's score and class on one day, set-based
 * (one aggregate over credit_events into a temporary table, then the class
 * changes and the changed score rows). The SQL is generated from the model so
 * that it is the same arithmetic as `explain` (test: recompute.test.ts).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { addDays, BASE_SCORE, CUTOFF_DAYS, GROUPS, INDICATORS, MAX_CUTOFF_DAYS, RECENT_DAYS, SEVERITY_FACTOR, THRESHOLDS } from './model.ts';
import { BASE_CLASS, today } from './scores.ts';
import { creditDb, SEVERITIES, type Severity } from './tables.ts';

export interface RecomputeReport {
  asOf: string;
  /** Entities with at least one event that can count. */
  entities: number;
  /** Score rows written (changed scores or classes). */
  changed: number;
  classChanges: number;
  millis: number;
}

export type RecomputeProgress = (stage: string, done: number, total: number) => void;

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The select that computes, per entity, the four group totals, the score and the class on `asOf`. The model is
 * joined as a small VALUES list by kind (the severity's factor, cut-off and rank are CASEs), so each event row costs
 * one hash probe, one date difference and one shift: contribution = v / 2^(age / half-life) while age < cut-off (bigint division truncates
 * toward zero, as `contribution` does; every value fits an int).
 */
export function scoreSelect(asOf: string, entityIds?: readonly number[]): RawBuilder<unknown> {
  const d = `${lit(asOf)}::date`;
  const values = INDICATORS.map(
    (i) => `(${lit(i.kind)}, ${GROUPS.indexOf(i.group)}, ${i.cap ? INDICATORS.filter((x) => x.cap).indexOf(i) : -1}, ${i.sign * i.points}, ${i.halfLifeDays})`,
  ).join(',\n    ');
  const bySeverity = (f: (sev: Severity) => number) => `case e.severity ${SEVERITIES.map((sev) => `when ${lit(sev)} then ${f(sev)}`).join(' ')} end`;
  const capped = INDICATORS.filter((i) => i.cap !== undefined);
  const groupCols = GROUPS.map((g, gi) => {
    const caps = capped.flatMap((i, ci) => (i.group === g ? [` + least(${i.cap}, coalesce(sum(c) filter (where cap = ${ci}), 0))`] : []));
    return `coalesce(sum(c) filter (where grp = ${gi} and cap < 0), 0)${caps.join('')} as ${g}`;
  }).join(',\n  ');
  const only = entityIds ? `and e.entity_id in (${entityIds.map((n) => String(Math.trunc(n))).join(',') || 'null'})` : '';
  const inner = `select entity_id, grp, cap,
      case when age < cutoff and age >= 0 then v / (1 << (age / hl)) else 0 end as c,
      case when age < ${RECENT_DAYS} and age >= 0 then w else 0 end as w
    from (select e.entity_id, m.grp, m.cap, m.pts * ${bySeverity((v) => SEVERITY_FACTOR[v])} as v, m.hl,
        ${bySeverity((v) => CUTOFF_DAYS[v])} as cutoff, ${bySeverity((v) => (v === 'severe' ? 2 : v === 'serious' ? 1 : 0))} as w, ${d} - e.occurred_on as age
      from credit_events e
      join (values
    ${values}) as m(kind, grp, cap, pts, hl) on m.kind = e.kind
      where e.voided_at is null and e.occurred_on <= ${d} and e.occurred_on > ${lit(addDays(asOf, -MAX_CUTOFF_DAYS))}::date ${only}) r`;
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

/**
 * Recompute every entity's score and class on `asOf` (default today), or only the given entities'.
 * Writes only the score rows that changed, records class changes with cause 'recompute', and (for a
 * full run) the run itself. The class cap in SQL is classFor's: a recent severe event → D, serious → C at best.
 */
export async function recomputeAll(
  db: Kysely<DB>,
  actor: Actor,
  opts: { asOf?: string; entityIds?: readonly number[]; onProgress?: RecomputeProgress } = {},
): Promise<RecomputeReport> {
  requireRole(actor, 'operator', 'regulator');
  const asOf = opts.asOf ?? today();
  const started = new Date();
  const progress = opts.onProgress ?? (() => {});
  return db.transaction().execute(async (tx0) => {
    const tx = creditDb(tx0);
    progress('compute', 0, 3);
    await sql`drop table if exists credit_recompute_tmp`.execute(tx);
    await sql`create temp table credit_recompute_tmp on commit drop as ${scoreSelect(asOf, opts.entityIds)}`.execute(tx);
    const entities = Number((await sql<{ n: string }>`select count(*) as n from credit_recompute_tmp`.execute(tx)).rows[0]?.n ?? 0);
    progress('classes', 1, 3);
    // entities whose every event stopped counting fall back to the base score
    const onlyOld = opts.entityIds ? sql`and s.entity_id in (${sql.join(opts.entityIds.length ? opts.entityIds : [0])})` : sql``;
    await sql`insert into credit_recompute_tmp (entity_id, quality, fulfilment, behaviour, compliance, score, credit_class)
      select s.entity_id, 0, 0, 0, 0, ${BASE_SCORE}, ${BASE_CLASS}
      from credit_scores s where not exists (select 1 from credit_recompute_tmp t where t.entity_id = s.entity_id)
      and (s.score <> ${BASE_SCORE} or s.credit_class <> ${BASE_CLASS} or s.quality <> 0 or s.fulfilment <> 0 or s.behaviour <> 0 or s.compliance <> 0) ${onlyOld}`.execute(
      tx,
    );
    const ch = await sql`insert into credit_class_changes (entity_id, changed_on, from_class, to_class, score, cause)
      select t.entity_id, ${asOf}::date, s.credit_class, t.credit_class, t.score, 'recompute'
      from credit_recompute_tmp t left join credit_scores s on s.entity_id = t.entity_id
      where s.credit_class is distinct from t.credit_class and not (s.entity_id is null and t.credit_class = ${BASE_CLASS})`.execute(tx);
    progress('store', 2, 3);
    const up =
      await sql`insert into credit_scores as s (entity_id, score, credit_class, class_since, as_of, quality, fulfilment, behaviour, compliance, computed_at)
      select entity_id, score, credit_class, ${asOf}::date, ${asOf}::date, quality, fulfilment, behaviour, compliance, now() from credit_recompute_tmp
      on conflict (entity_id) do update set
        score = excluded.score, credit_class = excluded.credit_class,
        class_since = case when s.credit_class = excluded.credit_class then s.class_since else excluded.class_since end,
        as_of = excluded.as_of, quality = excluded.quality, fulfilment = excluded.fulfilment,
        behaviour = excluded.behaviour, compliance = excluded.compliance, computed_at = now()
      where (s.score, s.credit_class, s.quality, s.fulfilment, s.behaviour, s.compliance)
        is distinct from (excluded.score, excluded.credit_class, excluded.quality, excluded.fulfilment, excluded.behaviour, excluded.compliance)`.execute(tx);
    const report: RecomputeReport = {
      asOf,
      entities,
      changed: Number(up.numAffectedRows ?? 0),
      classChanges: Number(ch.numAffectedRows ?? 0),
      millis: Date.now() - started.getTime(),
    };
    if (!opts.entityIds) {
      await tx
        .insertInto('credit_recomputes')
        .values({ as_of: asOf, started_at: started, entities, changed: report.changed, class_changes: report.classChanges })
        .execute();
    }
    progress('store', 3, 3);
    return report;
  });
}

/** The day every stored score is valid for: the latest full recompute's, or null before the first. */
export async function lastRecomputeDay(db: Kysely<DB>): Promise<string | null> {
  const r = await creditDb(db).selectFrom('credit_recomputes').select('as_of').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return r?.as_of ?? null;
}
