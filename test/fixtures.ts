import { freshDatabase } from '../src/platform/testing.ts';
import type { Database, Engine } from '../src/core/db/database.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';

export interface Market {
  d: Database;
  merchant: Actor;
  merchant2: Actor;
  buyer: Actor;
  operator: Actor;
  categoryLeaf: string;
}

/** A fresh database with the tiny demo market (60 stalls, 480 products) and its demo accounts as actors; demo pictures only when asked (they take seconds). */
export async function tinyMarket(engine: Engine, opts: { pictures?: boolean } = {}): Promise<Market> {
  const d = await freshDatabase(engine);
  await loadDemo(d, scaleOf('tiny'), undefined, { pictures: opts.pictures ?? false });
  const users = await d.db.selectFrom('users').select(['id', 'username', 'role', 'entity_id']).execute();
  const actor = (name: string): Actor => {
    const u = users.find((x) => x.username === name)!;
    return { userId: u.id, role: u.role, entityId: u.entity_id };
  };
  const leaf = await d.db.selectFrom('categories').select('code').where('level', '=', 3).orderBy('code').executeTakeFirstOrThrow();
  return { d, merchant: actor('merchant'), merchant2: actor('merchant2'), buyer: actor('buyer'), operator: actor('operator'), categoryLeaf: leaf.code };
}

/** A valid product input for the given category. */
export function sampleProduct(categoryCode: string, sku = 'TEST-001') {
  return {
    sku,
    categoryCode,
    titleZh: '不锈钢保温杯 500ml',
    titleEn: 'Stainless Steel Thermos Cup 500ml',
    unit: 'pcs' as const,
    moq: 100,
    currency: 'CNY',
    priceTiers: [
      { minQty: 100, unitPrice: 1250 },
      { minQty: 500, unitPrice: 1180 },
      { minQty: 2000, unitPrice: 1090 },
    ],
    stock: 5000,
    hsCode: '9617001900',
    carton: { units: 50, lengthCm: 52, widthCm: 38, heightCm: 30.5, grossKg: 18.6 },
    attributes: { capacity: '500 ml', material: 'stainless steel 304' },
  };
}

/** How many products the database holds, or only those of `merchantId`. */
export async function countProducts(d: Database, merchantId?: number): Promise<number> {
  let q = d.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n'));
  if (merchantId !== undefined) q = q.where('merchant_id', '=', merchantId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
