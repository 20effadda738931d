/**
 * Declared standards (亮标) kept searchable: a merchant's declaration or
 * withdrawal (credit module) is followed by a change of that product in the
 * search change feed (search module's public hook), so the standards facet and
 * filter count it within a second in every process. If the second step fails
 * (the declaration is committed by then), LiveSearch.refreshStandards, which
 * compares the index with the declarations periodically, repairs the index.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import type { Actor } from '../core/auth/actor.ts';
import { declareStandard, productOfStandard, withdrawStandard, type DeclaredStandard } from '../modules/credit/index.ts';
import { noteProductsChanged } from '../modules/search/index.ts';

/** Declare a standard on the merchant's own product (credit.declareStandard) and re-index the product. */
export async function declareStandardSearchable(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<DeclaredStandard> {
  const s = await declareStandard(db, actor, productId, raw);
  await noteProductsChanged(db, [s.productId]);
  return s;
}

/** Withdraw a declaration (credit.withdrawStandard) and re-index its product. */
export async function withdrawStandardSearchable(db: Kysely<DB>, actor: Actor, standardId: number): Promise<void> {
  await withdrawStandard(db, actor, standardId);
  const productId = await productOfStandard(db, standardId);
  if (productId !== undefined) await noteProductsChanged(db, [productId]);
}
