/**
 * Declared standards as the search index reads them (public, through the
 * credit module's index): the current declarations of some or all products,
 * kind and normalised code only. Withdrawn declarations are not included.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.ts';
import { govDb, type StandardKind } from './tables.ts';

export interface ProductStandardFact {
  kind: StandardKind;
  code: string;
}

/** Product id → its current declared standards (by declaration order); `productIds` undefined = every product. */
export async function declaredStandardsByProduct(db: Kysely<DB>, productIds?: readonly number[]): Promise<Map<number, ProductStandardFact[]>> {
  const out = new Map<number, ProductStandardFact[]>();
  if (productIds && productIds.length === 0) return out;
  const chunks = productIds ? Array.from({ length: Math.ceil(productIds.length / 5000) }, (_, i) => productIds.slice(i * 5000, i * 5000 + 5000)) : [undefined];
  for (const ids of chunks) {
    let q = govDb(db).selectFrom('credit_standards').select(['product_id', 'kind', 'code']).where('withdrawn_at', 'is', null);
    if (ids) q = q.where('product_id', 'in', ids);
    for (const r of await q.orderBy('product_id').orderBy('id').execute()) {
      let l = out.get(r.product_id);
      if (!l) out.set(r.product_id, (l = []));
      l.push({ kind: r.kind, code: r.code });
    }
  }
  return out;
}

/**
 * A fingerprint of the declarations (count, highest id, count withdrawn): it changes with every
 * declaration and withdrawal, so the search index compares its products' standards only then.
 */
export async function declaredStandardsVersion(db: Kysely<DB>): Promise<string> {
  const r = await govDb(db)
    .selectFrom('credit_standards')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('id').as('top'), eb.fn.count<string>('withdrawn_at').as('gone')])
    .executeTakeFirst();
  return `${r?.n ?? 0}/${r?.top ?? 0}/${r?.gone ?? 0}`;
}

/** The product a declaration is about (withdrawn or not), or undefined. */
export async function productOfStandard(db: Kysely<DB>, standardId: number): Promise<number | undefined> {
  const r = await govDb(db).selectFrom('credit_standards').select('product_id').where('id', '=', standardId).executeTakeFirst();
  return r?.product_id;
}
