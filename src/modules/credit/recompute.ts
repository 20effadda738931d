/**
 * The full recompute: every entity's score and class on one day, set-based
 * (one aggregate over the narrow event terms, terms.ts, into a temporary table,
 * then the class changes and the changed score rows). The SQL is generated from
 * the model so that it is the same arithmetic as `explain` (test: recompute.test.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { BASE_SCORE } from './model.ts';
import { BASE_CLASS, today } from './scores.ts';
import { creditDb } from './tables.ts';
import { scoreSelect, syncCreditModel } from './terms.ts';

/** The per-entity score select (terms.ts), also read by the market index. */
export { scoreSelect };

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
    // the model's numbers as rows (rebuilds the terms if model.ts changed); room for the hash aggregate
    await syncCreditModel(tx0);
    await sql`set local work_mem = '256MB'`.execute(tx);
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
