/** Test helpers for the credit module: entities made directly, and the actors that act on them. */
import type { Actor } from '../../core/auth/actor.ts';
import type { Database } from '../../core/db/database.ts';

export const REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };
export const OPERATOR: Actor = { userId: null, role: 'operator', entityId: null };

/** `n` new merchant entities; their ids. */
export async function makeMerchants(d: Database, n: number, prefix = 'm'): Promise<number[]> {
  const rows = await d.db
    .insertInto('entities')
    .values(Array.from({ length: n }, (_, i) => ({ kind: 'merchant' as const, name_en: `${prefix} ${i + 1}` })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A date `days` before today (UTC). */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
