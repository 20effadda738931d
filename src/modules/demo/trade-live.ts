/**
 * The demo's trade of this week, made through the trade module's public
 * functions as the people would make it (checkout, moves through the order
 * flow so confirmed prices become index observations, payments, disputes,
 * inquiry messages, RFQs and quotes): merchant orders in every state for the
 * demo buyer with `merchant` and some with `merchant2`, inquiries both ways
 * (some unread, two reported), RFQs with matches and quotes (one accepted,
 * one open to compare, one not yet seen). Generated buyers and merchants act
 * as actors without a sign-in (their user id is null in the records).
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/actor.ts';
import {
  acceptQuote,
  checkout,
  openDispute,
  openInquiry,
  postMessage,
  postRfq,
  recordPayment,
  recordRfqMatches,
  reportInquiry,
  resolveDispute,
  submitQuote,
  type OrderView,
} from '../trade/index.ts';
import { Rng } from '../../core/random.ts';

/** What the demo needs from the flows (src/flows): a module cannot import them, so the caller hands them in. */
export interface DemoTradeFlows {
  /** `moveOrderAndObserve` (src/flows/record-order.ts). */
  moveOrder(db: Database['db'], actor: Actor, orderId: number, raw: unknown): Promise<OrderView>;
  /** `importOrderHistoryAndObserve` (src/flows/import-order-history.ts). */
  importOrderHistory(db: Database['db'], actor: Actor, raw: unknown, now?: Date): Promise<{ orders: number; lines: number }>;
}

export interface DemoActors {
  operator: Actor;
  buyer: Actor;
  merchant: Actor;
  merchant2: Actor;
  /** Generated buyers (no sign-in): the first three ask in inquiries; the first `orderingBuyers` also order. */
  buyers: Actor[];
  orderingBuyers: number;
}

/** The states the demo shows for the demo buyer with `merchant` (disputes on orders that were under way). */
export const LIVE_STATES = [
  'placed',
  'proposed',
  'confirmed',
  'deposit_paid',
  'in_production',
  'ready',
  'delivered',
  'completed',
  'cancelled',
  'dispute_open',
  'dispute_resolved',
] as const;
export type LiveState = (typeof LIVE_STATES)[number];

interface Stocked {
  id: number;
  merchantId: number;
  categoryCode: string;
  titleEn: string;
  moq: number;
  price: number;
}

/** Active products of a merchant with stock for a few MOQs, lowest id first. */
async function stockedProducts(database: Database, merchantId: number, limit: number): Promise<Stocked[]> {
  const r = await sql<Stocked>`
    select p.id, p.merchant_id as "merchantId", c.code as "categoryCode", coalesce(p.title_en, p.sku) as "titleEn", p.moq,
           coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price)::int as price
    from products p join categories c on c.id = p.category_id
    where p.merchant_id = ${merchantId} and p.status = 'active' and p.currency = 'CNY' and p.stock >= 6 * p.moq
    order by p.id limit ${limit}`.execute(database.db);
  return r.rows.map((p) => ({ ...p, id: Number(p.id), merchantId: Number(p.merchantId), moq: Number(p.moq), price: Number(p.price) }));
}

const merchantActor = (entityId: number): Actor => ({ userId: null, role: 'merchant', entityId });

/**
 * Take an order of `buyer` for one product of `p` to `state` through checkout and the moves.
 * Returns the order id.
 */
async function orderTo(database: Database, flows: DemoTradeFlows, a: DemoActors, buyer: Actor, merchant: Actor, p: Stocked, state: LiveState, key: string) {
  const db = database.db;
  const qty = p.moq * 2;
  const { purchase } = await checkout(db, buyer, key, { lines: [{ productId: p.id, qty }] });
  const o = purchase.orders[0]!;
  const move = (who: Actor, raw: unknown) => flows.moveOrder(db, who, o.id, raw);
  const pay = (kind: 'deposit' | 'balance', amount: number) =>
    amount > 0 ? recordPayment(db, buyer, o.id, { kind, method: 'bank_transfer', reference: `${key}-${kind}`, amount }) : Promise.resolve(null);
  if (state === 'placed') return o.id;
  if (state === 'proposed') {
    await move(merchant, {
      action: 'propose',
      reason: 'the price of the 2nd tier for a full carton count, and 20 days for the custom logo',
      proposal: { lines: [{ lineNo: 1, unitPrice: Math.max(1, Math.round(p.price * 0.96)) }], leadTimeDays: 20 },
    });
    return o.id;
  }
  if (state === 'cancelled') {
    await move(buyer, { action: 'cancel', reason: 'ordered twice by mistake; the other order stands' });
    return o.id;
  }
  await move(merchant, { action: 'confirm', leadTimeDays: 15 });
  if (state === 'confirmed') return o.id;
  await pay('deposit', o.deposit);
  if (state === 'deposit_paid') return o.id;
  await move(merchant, { action: 'start_production' });
  if (state === 'dispute_open') {
    await openDispute(db, buyer, o.id, {
      reason: 'the pre-production sample has the wrong Pantone colour for the logo',
      evidence: [{ url: 'https://example.com/demo/sample-photo.jpg', name: 'sample photo' }],
    });
    return o.id;
  }
  if (state === 'in_production') return o.id;
  await move(merchant, { action: 'mark_ready' });
  if (state === 'ready') return o.id;
  await move(merchant, { action: 'deliver' });
  if (state === 'dispute_resolved') {
    const d = await openDispute(db, buyer, o.id, {
      reason: '3 cartons arrived at the consolidation warehouse crushed',
      evidence: [{ url: 'https://example.com/demo/warehouse-receipt.pdf', name: 'warehouse receipt' }],
    });
    await resolveDispute(db, a.operator, d.id, {
      outcome: 'partial_refund',
      amount: Math.max(1, Math.floor(o.deposit / 10)),
      note: 'the warehouse receipt confirms 3 damaged cartons: refund of their value',
    });
    return o.id;
  }
  if (state === 'delivered') return o.id;
  await pay('balance', o.balance);
  await move(buyer, { action: 'complete' });
  return o.id;
}

/** Inquiry threads: answered and unread by the merchant, answered and unread by the buyer, unanswered, reported. */
async function inquiries(database: Database, a: DemoActors, m1: Stocked[], m2: Stocked[]): Promise<number> {
  const db = database.db;
  let n = 0;
  const t1 = await openInquiry(db, a.buyer, {
    productId: m1[0]!.id,
    body: `Hello, can you make ${m1[0]!.moq * 10} pcs of this with our logo? What is the lead time?`,
  });
  await postMessage(db, a.merchant, t1.id, { body: `您好！${m1[0]!.moq * 10}个可以印logo，交期15天，样品3天。` });
  await postMessage(db, a.buyer, t1.id, { body: 'Great, please send the carton size and the price for 2 cartons more.' }); // unread by the merchant
  n++;
  const t2 = await openInquiry(db, a.buyer, {
    merchantId: a.merchant2.entityId!,
    subject: 'Showroom visit',
    body: 'Can I visit your stall on Thursday morning?',
  });
  await postMessage(db, a.merchant2, t2.id, { body: '欢迎！周四上午我们都在，地址见店铺首页。' }); // unread by the buyer
  n++;
  if (m2[0]) {
    await openInquiry(db, a.buyer, { productId: m2[0].id, body: 'Is this available in blue? We need 3 colours.' }); // unanswered: unread by merchant2
    n++;
  }
  const t4 = await openInquiry(db, a.buyer, { merchantId: a.merchant2.entityId!, subject: 'Payment', body: 'Which payment methods do you accept?' });
  await postMessage(db, a.merchant2, t4.id, { body: 'Pay to my personal account for 10 % off, not through the platform.' });
  await reportInquiry(db, a.buyer, t4.id, { reason: 'the merchant asks for payment outside the platform' });
  n++;
  for (const [i, b] of a.buyers.slice(0, 3).entries()) {
    const p = m1[(i + 1) % m1.length]!;
    const t = await openInquiry(db, b, {
      productId: p.id,
      body: i === 0 ? 'السلام عليكم، هل يمكن الشحن إلى جبل علي؟ نحتاج 500 قطعة.' : `Price for ${p.moq * 5} pcs, FOB Ningbo?`,
    });
    if (i === 1) await postMessage(db, a.merchant, t.id, { body: `FOB宁波，${p.moq * 5}个单价可优惠3%。` });
    if (i === 2) await reportInquiry(db, a.merchant, t.id, { reason: 'advertising: the same message was sent to every stall' });
    n++;
  }
  return n;
}

/**
 * Merchants with active products in the RFQ's category, most products first (its matches), with
 * the reason kept; widened to the parent and then the top category while fewer than 3 sell there.
 */
async function matchesIn(database: Database, categoryCode: string, qty: number, must: number[]) {
  let rows: { merchantId: number; n: number; best: number; minMoq: number; lowest: number; code: string }[] = [];
  for (const code of [categoryCode, categoryCode.slice(0, 4), categoryCode.slice(0, 2)]) {
    const r = await sql<{ merchantId: number; n: number; best: number; minMoq: number; lowest: number }>`
      select p.merchant_id as "merchantId", count(*)::int as n, min(p.id) as best, min(p.moq)::int as "minMoq",
             min(coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price))::int as lowest
      from products p join categories c on c.id = p.category_id
      where c.code like ${`${code}%`} and p.status = 'active'
      group by p.merchant_id order by (p.merchant_id in (${sql.join(must)})) desc, count(*) desc, p.merchant_id limit 10`.execute(database.db);
    rows = r.rows.map((m) => ({ ...m, code }));
    if (rows.length >= 3) break;
  }
  return rows.map((m) => ({
    merchantId: Number(m.merchantId),
    score: Math.min(100, 40 + (m.minMoq <= qty ? 25 : 0) + 5 * Math.min(5, m.n)),
    reason: {
      matchingProducts: m.n,
      categoryCode: m.code,
      bestProductId: Number(m.best),
      minMoq: m.minMoq,
      moqFits: m.minMoq <= qty,
      medianResponseSeconds: null,
      lowestUnitPrice: m.lowest,
      currency: 'CNY',
    },
  }));
}

/** RFQs: one awarded (the merchant's quote accepted), one with quotes to compare, one not yet seen by its matches. */
async function rfqs(database: Database, a: DemoActors, m1: Stocked[], m2: Stocked[], today: Date): Promise<number> {
  const db = database.db;
  const day = (d: number) => new Date(today.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  const scenes = [
    { p: m1[0]!, own: a.merchant, accept: true },
    ...(m2[0] ? [{ p: m2[0], own: a.merchant2, accept: false }] : []),
    { p: m1[1] ?? m1[0]!, own: null, accept: false },
  ];
  for (const s of scenes) {
    const qty = s.p.moq * 10;
    const rfq = await postRfq(db, a.buyer, {
      text: s.p.titleEn,
      categoryCode: s.p.categoryCode,
      qty,
      unit: 'pcs',
      targetPrice: Math.max(1, Math.round(s.p.price * 0.9)),
      currency: 'CNY',
      deadline: day(14),
      destination: 'AEJEA',
      incoterm: 'FOB',
    });
    const matches = await matchesIn(database, s.p.categoryCode, qty, [s.p.merchantId]);
    await recordRfqMatches(db, rfq.id, matches);
    if (!s.own) continue;
    const quoteOf = (price: number, lead: number) => ({
      currency: 'CNY',
      tiers: [
        { minQty: s.p.moq, unitPrice: price },
        { minQty: qty, unitPrice: Math.max(1, Math.round(price * 0.94)) },
      ],
      moq: s.p.moq,
      leadTimeDays: lead,
      validUntil: day(30),
      incoterm: 'FOB',
      sampleAvailable: true,
      samplePrice: price * 2,
    });
    const own = await submitQuote(db, s.own, rfq.id, { ...quoteOf(Math.max(1, Math.round(s.p.price * 0.95)), 18), productId: s.p.id });
    for (const [i, m] of matches
      .filter((x) => x.merchantId !== s.p.merchantId)
      .slice(0, 2)
      .entries())
      await submitQuote(db, merchantActor(m.merchantId), rfq.id, quoteOf(Math.max(1, Math.round(s.p.price * (0.92 + 0.08 * i))), 25 + 5 * i));
    if (s.accept) await acceptQuote(db, a.buyer, own.id);
  }
  return scenes.length;
}

export interface LiveReport {
  orders: number;
  inquiries: number;
  rfqs: number;
}

/** This week's trade for the demo accounts (and a few generated buyers). */
export async function loadLiveTrade(database: Database, flows: DemoTradeFlows, a: DemoActors, now: Date): Promise<LiveReport> {
  const m1 = await stockedProducts(database, a.merchant.entityId!, 40);
  const m2 = await stockedProducts(database, a.merchant2.entityId!, 20);
  if (m1.length === 0) return { orders: 0, inquiries: 0, rfqs: 0 };
  let orders = 0;
  for (const [i, state] of LIVE_STATES.entries()) {
    await orderTo(database, flows, a, a.buyer, a.merchant, m1[i % m1.length]!, state, `demo-live-m1-${state}`);
    orders++;
  }
  for (const [i, state] of (['placed', 'confirmed', 'in_production', 'delivered', 'completed'] as const).entries()) {
    if (!m2.length) break;
    await orderTo(database, flows, a, a.buyer, a.merchant2, m2[i % m2.length]!, state, `demo-live-m2-${state}`);
    orders++;
  }
  const rng = new Rng(20261130);
  for (const [i, b] of a.buyers.slice(0, a.orderingBuyers).entries()) {
    for (let k = 0; k < 3; k++) {
      const [merchant, pool] = rng.chance(0.6) || !m2.length ? [a.merchant, m1] : [a.merchant2, m2];
      const state = LIVE_STATES[rng.int(0, LIVE_STATES.length - 1)]!;
      // Round robin over the products: each has stock for at least 3 such orders.
      await orderTo(database, flows, a, b, merchant, pool[(LIVE_STATES.length + 3 * i + k) % pool.length]!, state, `demo-live-b${i}-${k}`);
      orders++;
    }
  }
  return { orders, inquiries: await inquiries(database, a, m1, m2), rfqs: await rfqs(database, a, m1, m2, now) };
}
