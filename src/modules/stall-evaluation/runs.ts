/**
 * Storing an evaluation run: the scores of every stall with their explanation,
 * the period's current run, and the flags it raises or clears — one transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { LOWEST_GRADE_PERIODS, METHOD_VERSION, WARNING_DAYS } from './method.ts';
import { addDays, parsePeriod, shiftPeriod } from './period.ts';
import type { StallScore } from './scoring.ts';
import { evalDb, type EvalDB } from './tables.ts';

const BATCH = 5000;

export interface RunSummary {
  runId: number;
  period: string;
  stalls: number;
  flagged: number;
  cleared: number;
  byGrade: Record<string, number>;
}

/**
 * Store the scores of one period as a new run that becomes the period's current
 * one; earlier runs stay as history. Flags stalls in the lowest grade for
 * LOWEST_GRADE_PERIODS periods running, or idle, and clears open flags of
 * stalls that improved. Operators only.
 * @example
 * ```ts
 * const summary = await saveEvaluation(db, operator, '2026Q3', scoreStalls(indicators));
 * ```
 */
export async function saveEvaluation(
  db0: Kysely<DB>,
  actor: Actor,
  periodId: string,
  scores: readonly StallScore[],
  onProgress?: (done: number, total: number) => void,
): Promise<RunSummary> {
  requireRole(actor, 'operator');
  const period = parsePeriod(periodId);
  return evalDb(db0)
    .transaction()
    .execute(async (trx) => {
      const run = await trx
        .insertInto('stall_eval_runs')
        .values({ period: period.id, method_version: METHOD_VERSION, run_by: actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let i = 0; i < scores.length; i += BATCH) {
        const rows = scores.slice(i, i + BATCH).map((s) => ({
          stall_id: s.stallId,
          holder_id: s.holderId,
          district_id: s.districtId,
          category_id: s.categoryId,
          peer_key: s.peerKey,
          peer_size: s.peerSize,
          score: s.score,
          grade: s.grade,
          idle: s.idle,
          indicators: s.lines,
        }));
        // one JSON parameter per batch: far cheaper to send and bind than 12 parameters a row
        await sql`
          insert into stall_scores (run_id, stall_id, period, holder_id, district_id, category_id, peer_key, peer_size, score, grade, idle, indicators)
          select ${run.id}::bigint, x.stall_id, ${period.id}, x.holder_id, x.district_id, x.category_id, x.peer_key, x.peer_size, x.score, x.grade, x.idle, x.indicators
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(stall_id bigint, holder_id bigint, district_id bigint, category_id int,
            peer_key text, peer_size int, score int, grade smallint, idle boolean, indicators jsonb)`.execute(trx);
        onProgress?.(Math.min(i + BATCH, scores.length), scores.length);
      }
      await trx
        .insertInto('stall_eval_current')
        .values({ period: period.id, run_id: run.id })
        .onConflict((oc) => oc.column('period').doUpdateSet({ run_id: run.id }))
        .execute();
      const { flagged, cleared } = await updateFlags(trx, period.id, run.id, addDays(period.to, WARNING_DAYS - 1));
      await trx.updateTable('stall_eval_runs').set({ stalls: scores.length, flagged, finished_at: new Date() }).where('id', '=', run.id).execute();
      const byGrade: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      for (const s of scores) byGrade[String(s.grade)] = (byGrade[String(s.grade)] ?? 0) + 1;
      return { runId: run.id, period: period.id, stalls: scores.length, flagged, cleared, byGrade };
    });
}

async function updateFlags(trx: Kysely<EvalDB>, period: string, runId: number, deadline: string): Promise<{ flagged: number; cleared: number }> {
  const earlier = Array.from({ length: LOWEST_GRADE_PERIODS - 1 }, (_, i) => shiftPeriod(period, i + 1));
  const cleared = await sql<{ id: number }>`
    update stall_flags f set status = 'cleared', closed_at = now(), closed_note = ${`improved in ${period}`}
    from stall_scores s
    where f.status = 'warned' and f.period < ${period} and s.run_id = ${runId} and s.stall_id = f.stall_id
      and s.grade > 1 and not s.idle
    returning f.id`.execute(trx);
  const lowestBefore =
    earlier.length === 0
      ? sql`true`
      : sql`(select count(*) from stall_scores p join stall_eval_current c on c.run_id = p.run_id
              where c.period in (${sql.join(earlier)}) and p.stall_id = s.stall_id and p.grade = 1) = ${earlier.length}`;
  const inserted = await sql<{ id: number }>`
    insert into stall_flags (stall_id, period, reason, holder_id, deadline)
    select s.stall_id, ${period}, case when s.idle then 'idle' else 'lowest_grade' end, s.holder_id, ${deadline}::date
    from stall_scores s
    where s.run_id = ${runId}
      and (s.idle or (s.grade = 1 and ${lowestBefore}))
      and not exists (select 1 from stall_flags f where f.stall_id = s.stall_id and f.status = 'warned')
    returning id`.execute(trx);
  return { flagged: inserted.rows.length, cleared: cleared.rows.length };
}
