import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/** Entities by unified social credit code (normalised codes in, code → entity id out; codes matching nothing are absent). */
export async function entityIdsByUscc(db: Kysely<DB>, codes: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const uniq = [...new Set(codes)];
  for (let i = 0; i < uniq.length; i += 5000) {
    const part = uniq.slice(i, i + 5000);
    if (part.length === 0) continue;
    const rows = await db.selectFrom('entities').select(['id', 'uscc']).where('uscc', 'in', part).orderBy('id').execute();
    for (const r of rows) if (r.uscc && !out.has(r.uscc)) out.set(r.uscc, r.id);
  }
  return out;
}
