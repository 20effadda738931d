/**
 * A small market for the index tests (independent of the demo generator):
 * the reference category tree, a few merchants and buyers, the demo accounts
 * as actors, and 3 products in each lowest category of a few top categories.
 */
import { sql } from 'kysely';
import type { Database, Engine } from '../../core/db/database.ts';
import { freshDatabase } from '../../platform/testing.ts';
import { createUser, type Actor } from '../../core/auth/index.ts';
import { seedCategories } from '../catalog/index.ts';

export interface IndexMarket {
  d: Database;
  operator: Actor;
  merchant: Actor;
  buyer: Actor;
  products: { id: number; merchantId: number; categoryId: number; code: string }[];
}

export async function indexMarket(engine: Engine, tops: readonly string[] = ['02', '04', '12']): Promise<IndexMarket> {
  const d = await freshDatabase(engine);
  await seedCategories(d.db);
  const ent = await d.db
    .insertInto('entities')
    .values(
      [1, 2, 3, 4]
        .map((i) => ({ kind: 'merchant' as const, name_zh: `商户${i}`, name_en: `Merchant ${i}` }))
        .concat([{ kind: 'buyer' as const, name_zh: '买家', name_en: 'Buyer' }] as never),
    )
    .returning(['id', 'kind'])
    .execute();
  const merchants = ent.filter((e) => e.kind === 'merchant').map((e) => e.id);
  const buyerId = ent.find((e) => e.kind === 'buyer')!.id;
  const leaves = await sql<{ id: number; code: string }>`
    select c.id, c.code from categories c where not exists (select 1 from categories k where k.parent_id = c.id)
    and substr(c.code, 1, 2) in (${sql.join(tops.map((t) => sql`${t}`))}) order by c.code`.execute(d.db);
  const rows = [];
  let k = 0;
  for (const leaf of leaves.rows) {
    for (let j = 0; j < 3; j++, k++) {
      const price = 100 + ((k * 37) % 900);
      rows.push({
        merchant_id: merchants[k % merchants.length]!,
        category_id: leaf.id,
        sku: `IDX-${k}`,
        title_zh: `商品${k}`,
        title_en: `Product ${k}`,
        unit: 'pcs',
        moq: 10,
        currency: 'CNY',
        price_tiers: JSON.stringify([{ minQty: 10, unitPrice: price }]),
        base_price: price,
        hs_code: '950300',
        carton_units: 10,
        carton_length_mm: 400,
        carton_width_mm: 300,
        carton_height_mm: 300,
        carton_gross_g: 5000,
      });
    }
  }
  const prods = await d.db.insertInto('products').values(rows).returning(['id', 'merchant_id', 'category_id']).execute();
  const codeOf = new Map(leaves.rows.map((l) => [l.id, l.code]));
  const user = async (username: string, role: 'operator' | 'merchant' | 'buyer', entityId: number | null): Promise<Actor> => ({
    userId: await createUser(d.db, { username, password: `${username}123`, role, entityId }),
    role,
    entityId,
  });
  return {
    d,
    operator: await user('operator', 'operator', null),
    merchant: await user('merchant', 'merchant', merchants[0]!),
    buyer: await user('buyer', 'buyer', buyerId),
    products: prods.map((p) => ({ id: p.id, merchantId: p.merchant_id, categoryId: p.category_id, code: codeOf.get(p.category_id)! })),
  };
}
