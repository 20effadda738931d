/**
 * A tiny market set up for market procurement (1039) tests: the demo agent and
 * customs accounts as actors, a second agent, and orders from the demo buyer to
 * merchant (an ordinary cup; a toy pistol, HS 93; fireworks, HS 3604) and to
 * merchant2 (a cup).
 */
import type { Actor } from '../src/core/auth/index.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { entityIdsOfKind } from '../src/modules/market/index.ts';
import { checkout } from '../src/modules/trade/index.ts';
import { sampleProduct, type Market } from './fixtures.ts';

export interface ProcurementMarket {
  agent: Actor;
  otherAgent: Actor;
  customs: Actor;
  /** merchant's order: line 1 cup (9617001900), line 2 pistol (9304000000), line 3 fireworks (3604100000). */
  order: number;
  /** merchant2's order: one cup. */
  order2: number;
}

export async function procurementMarket(m: Market): Promise<ProcurementMarket> {
  const users = await m.d.db.selectFrom('users').select(['id', 'username', 'role', 'entity_id']).execute();
  const actor = (name: string): Actor => {
    const u = users.find((x) => x.username === name)!;
    return { userId: u.id, role: u.role, entityId: u.entity_id };
  };
  const agent = actor('agent');
  const agents = await entityIdsOfKind(m.d.db, 'agent', 5);
  const other = agents.find((a) => a !== agent.entityId)!;
  const p = (sku: string, hsCode: string) => ({ ...sampleProduct(m.categoryLeaf, sku), hsCode });
  const cup = (await createProduct(m.d.db, m.merchant, p('PROC-CUP', '9617001900'))).id;
  const gun = (await createProduct(m.d.db, m.merchant, p('PROC-GUN', '9304000000'))).id;
  const fire = (await createProduct(m.d.db, m.merchant, p('PROC-FIRE', '3604100000'))).id;
  const cup2 = (await createProduct(m.d.db, m.merchant2, p('PROC-CUP2', '9617001900'))).id;
  const one = await checkout(m.d.db, m.buyer, 'proc-fixture-1', {
    lines: [
      { productId: cup, qty: 100 },
      { productId: gun, qty: 100 },
      { productId: fire, qty: 100 },
    ],
  });
  const two = await checkout(m.d.db, m.buyer, 'proc-fixture-2', { lines: [{ productId: cup2, qty: 100 }] });
  const order = one.purchase.orders[0]!.id;
  const order2 = two.purchase.orders[0]!.id;
  return { agent, otherAgent: { userId: null, role: 'agent', entityId: other }, customs: actor('customs'), order, order2 };
}
