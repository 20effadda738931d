import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/** Start from no evaluations: the tiny demo market comes with a year of them (stall-evaluation-demo.ts). */
export async function withoutEvaluations(db: Kysely<DB>): Promise<void> {
  for (const t of ['stall_round_applications', 'stall_rounds', 'stall_flags', 'stall_eval_objections', 'stall_scores', 'stall_eval_current', 'stall_eval_runs'])
    await sql`delete from ${sql.table(t)}`.execute(db);
}
