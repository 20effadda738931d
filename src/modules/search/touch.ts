import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/**
 * A public hook for facts that live outside the products table but are part of
 * a product's search document (e.g. the standards declared on it): log a change
 * of those products in the change feed (`product_changes`, op 'u'), so every
 * process's index re-reads their documents within a second, as for an edit of
 * the product itself. Call it in (or right after) the transaction that changed
 * the fact.
 */
export async function noteProductsChanged(db: Kysely<DB> | Transaction<DB>, productIds: readonly number[]): Promise<void> {
  const ids = [...new Set(productIds)].filter((id) => Number.isInteger(id) && id > 0);
  if (ids.length === 0) return;
  await sql`insert into product_changes (product_id, op) select unnest(${sql.val(ids)}::bigint[]), 'u'`.execute(db);
}
