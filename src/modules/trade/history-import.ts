/**
 * Importing an order history: a merchant moving its order book onto the
 * platform (or the operator doing it for the merchant, or the demo's year of
 * trade) hands in past orders with their lines and the dated steps they went
 * through. Every row is checked first and every bad row is reported with a
 * code (IMPORT_REJECTED, details.problems); only a clean batch is written, in
 * one transaction, with multi-row inserts: purchases, orders, lines, history
 * events and payments, as checkout and the moves would have written them, but
 * dated as they happened. History takes no stock (those goods left long ago).
 * Imported orders are marked (purchase key `history:<merchant>:<ref>`, first
 * event's reason) and emit no trade facts: credit rests on what the platform
 * saw, not on what a merchant says about its past. The caller's `afterImport`
 * (src/flows/import-order-history.ts) records the agreed prices as commodity
 * index observations dated on their confirmation day, in the same transaction.
 */
import { z } from 'zod';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { productTerms, type ProductTerms } from '../catalog/index.ts';
import { canMove, MOVES, type OrderAction } from './order-states.ts';
import { splitDeposit, tierIndexFor } from './pricing.ts';
import { merchantTerms } from './purchase-list.ts';
import type { MovedLine } from './order-moves.ts';
import { tradeDb, type OrderStatus, type PaymentMethod } from './tables.ts';

/** Orders per call: one transaction; larger books are imported in several calls (each all or nothing). */
export const MAX_HISTORY_ORDERS = 5_000;
/** Rows per insert statement (one array parameter per column). */
const BATCH = 5_000;

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Instant = z.iso.datetime({ offset: true });
const STATUSES = ['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed', 'cancelled'] as const;

export const HistoryStep = z.strictObject({
  status: z.enum(STATUSES),
  at: Instant,
  reason: z.string().trim().min(1).max(1000).optional(),
});
export const HistoryOrder = z.strictObject({
  /** The merchant's own order number: unique per merchant, so a re-sent book is refused (DUPLICATE_REF), never doubled. */
  ref: z.string().regex(/^[A-Za-z0-9._:/-]{1,60}$/, 'an order number is 1–60 letters, digits or . _ : / -'),
  /** Whose order: a merchant imports only its own (may be omitted); the operator names it. */
  merchantId: Id.optional(),
  buyerId: Id,
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as CNY'),
  depositBp: z.number().int().min(0).max(10_000).optional(),
  leadTimeDays: z.number().int().min(0).max(365).optional(),
  paymentMethod: z.enum(['bank_transfer', 'alipay', 'wechat_pay', 'letter_of_credit', 'card', 'escrow']).default('bank_transfer'),
  lines: z
    .array(z.strictObject({ productId: Id, qty: z.number().int().min(1).max(100_000_000), unitPrice: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }))
    .min(1)
    .max(200),
  /** The order's history, oldest first: starts with `placed`; its last step is the order's state. */
  history: z.array(HistoryStep).min(1).max(20),
});
export type HistoryOrder = z.input<typeof HistoryOrder>;
const Envelope = z.strictObject({ orders: z.array(z.unknown()).min(1).max(MAX_HISTORY_ORDERS) });

/** Why a row is refused; `row` counts from 1 in the order given. */
export interface HistoryProblem {
  row: number;
  code:
    | 'INVALID'
    | 'UNKNOWN_BUYER'
    | 'UNKNOWN_PRODUCT'
    | 'NOT_YOUR_ORDER'
    | 'PRODUCT_OF_ANOTHER_MERCHANT'
    | 'CURRENCY_MISMATCH'
    | 'ILLEGAL_HISTORY'
    | 'REASON_REQUIRED'
    | 'DATES_OUT_OF_ORDER'
    | 'DATE_IN_FUTURE'
    | 'DUPLICATE_REF'
    | 'AMOUNT_TOO_LARGE';
  field: string;
  message: string;
}
export interface ImportedOrder {
  order: { id: number; buyerId: number; merchantId: number; currency: string };
  /** The day (YYYY-MM-DD, UTC) its prices were agreed (confirmed, or a proposal accepted); null if never. */
  agreedOn: string | null;
  lines: MovedLine[];
}
/** Called inside the import's transaction with every order written (src/flows/import-order-history.ts). */
export type AfterImport = (tx: Transaction<DB>, orders: ImportedOrder[]) => Promise<void>;
export interface HistoryImportReport {
  orders: number;
  lines: number;
  events: number;
  payments: number;
  /** Ids of the new orders, in the order of the rows. */
  orderIds: number[];
}

/** productTerms in slices (one statement's parameters are bounded). */
async function termsOf(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, ProductTerms>> {
  const out = new Map<number, ProductTerms>();
  for (let i = 0; i < ids.length; i += 10_000) for (const [k, v] of await productTerms(db, ids.slice(i, i + 10_000))) out.set(k, v);
  return out;
}

/** The step from one state to the next, as the live life cycle allows it (by some role), or a deposit reaching its amount. */
function legalStep(from: OrderStatus, to: OrderStatus): boolean {
  if (from === 'confirmed' && to === 'deposit_paid') return true;
  return (Object.keys(MOVES) as OrderAction[]).some((a) => MOVES[a].to === to && (['buyer', 'merchant', 'operator'] as const).some((r) => canMove(a, from, r)));
}
const PAID_DEPOSIT: ReadonlySet<string> = new Set(['deposit_paid', 'in_production', 'ready', 'delivered', 'completed']);

/**
 * Import past orders (all or nothing). Refuses the whole batch with IMPORT_REJECTED and
 * details.problems (row, code, field, message) when any row is bad.
 * @example
 * ```ts
 * await importOrderHistory(db, merchant, { orders: [{ ref: 'SO-2025-0001', buyerId: 812, currency: 'CNY',
 *   lines: [{ productId: 42, qty: 600, unitPrice: 1180 }],
 *   history: [{ status: 'placed', at: '2025-03-03T09:00:00Z' }, { status: 'confirmed', at: '2025-03-03T15:00:00Z' }] }] });
 * ```
 */
export async function importOrderHistory(
  db0: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  afterImport?: AfterImport,
  now = new Date(),
): Promise<HistoryImportReport> {
  requireRole(actor, 'merchant', 'operator');
  if (actor.role === 'merchant' && actor.entityId === null) throw new AppError('FORBIDDEN', 'this merchant account is not linked to a merchant entity');
  const { orders: rawRows } = parseInput(Envelope, raw);
  const problems: HistoryProblem[] = [];
  const bad = (row: number, code: HistoryProblem['code'], field: string, message: string) => problems.push({ row, code, field, message });
  const rows: (z.output<typeof HistoryOrder> & { row: number; merchant: number })[] = [];
  rawRows.forEach((r, i) => {
    const p = HistoryOrder.safeParse(r);
    if (!p.success) {
      for (const issue of p.error.issues.slice(0, 3)) bad(i + 1, 'INVALID', issue.path.join('.'), issue.message);
      return;
    }
    const merchant = actor.role === 'merchant' ? actor.entityId! : p.data.merchantId;
    if (merchant === undefined) return void bad(i + 1, 'INVALID', 'merchantId', 'the operator names the merchant whose order this is');
    if (actor.role === 'merchant' && p.data.merchantId !== undefined && p.data.merchantId !== merchant)
      return void bad(i + 1, 'NOT_YOUR_ORDER', 'merchantId', `a merchant imports only its own orders (you are ${merchant})`);
    rows.push({ ...p.data, row: i + 1, merchant });
  });

  const db = tradeDb(db0);
  const productIds = [...new Set(rows.flatMap((r) => r.lines.map((l) => l.productId)))];
  const buyerIds = [...new Set(rows.map((r) => r.buyerId))];
  const [products, buyers, taken] = await Promise.all([
    termsOf(db0, productIds),
    buyerIds.length
      ? db0.selectFrom('entities').select('id').where('id', 'in', buyerIds).where('kind', '=', 'buyer').execute()
      : Promise.resolve([] as { id: number }[]),
    rows.length
      ? db
          .selectFrom('purchases')
          .select('idempotency_key')
          .where(
            'idempotency_key',
            'in',
            rows.map((r) => `history:${r.merchant}:${r.ref}`),
          )
          .execute()
      : Promise.resolve([] as { idempotency_key: string }[]),
  ]);
  const isBuyer = new Set(buyers.map((b) => b.id));
  const seen = new Set(taken.map((t) => t.idempotency_key));
  const nowMs = now.getTime();
  for (const r of rows) {
    const key = `history:${r.merchant}:${r.ref}`;
    if (seen.has(key)) bad(r.row, 'DUPLICATE_REF', 'ref', `order ${r.ref} of merchant ${r.merchant} is already on the platform or twice in this batch`);
    seen.add(key);
    if (!isBuyer.has(r.buyerId)) bad(r.row, 'UNKNOWN_BUYER', 'buyerId', `${r.buyerId} is not a buyer of the market`);
    let total = 0;
    r.lines.forEach((l, j) => {
      const p = products.get(l.productId);
      if (!p) return void bad(r.row, 'UNKNOWN_PRODUCT', `lines.${j}.productId`, `product ${l.productId} does not exist`);
      if (p.merchantId !== r.merchant)
        return void bad(r.row, 'PRODUCT_OF_ANOTHER_MERCHANT', `lines.${j}.productId`, `product ${l.productId} is not merchant ${r.merchant}'s`);
      if (p.currency !== r.currency)
        bad(r.row, 'CURRENCY_MISMATCH', `lines.${j}.productId`, `product ${l.productId} is priced in ${p.currency}, the order in ${r.currency}`);
      total += l.qty * l.unitPrice;
    });
    if (!Number.isSafeInteger(total)) bad(r.row, 'AMOUNT_TOO_LARGE', 'lines', 'the order total is too large to store exactly');
    const h = r.history;
    if (h[0]!.status !== 'placed') bad(r.row, 'ILLEGAL_HISTORY', 'history.0.status', 'a history starts with placed');
    if (h.length > 1 && h.at(-1)!.status === 'proposed')
      bad(r.row, 'ILLEGAL_HISTORY', `history.${h.length - 1}.status`, 'an order cannot be imported with a pending proposal: import it as placed or as agreed');
    h.forEach((s, j) => {
      const at = Date.parse(s.at);
      if (at > nowMs) bad(r.row, 'DATE_IN_FUTURE', `history.${j}.at`, `${s.at} is in the future`);
      if (j === 0) return;
      const prev = h[j - 1]!;
      if (!legalStep(prev.status, s.status)) bad(r.row, 'ILLEGAL_HISTORY', `history.${j}.status`, `an order cannot go from ${prev.status} to ${s.status}`);
      if (at < Date.parse(prev.at)) bad(r.row, 'DATES_OUT_OF_ORDER', `history.${j}.at`, `${s.at} is before the step before it (${prev.at})`);
      if (s.status === 'cancelled' && !s.reason) bad(r.row, 'REASON_REQUIRED', `history.${j}.reason`, 'say why the order was cancelled');
    });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row || a.code.localeCompare(b.code));
    throw new AppError(
      'IMPORT_REJECTED',
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.row)).size} of ${rawRows.length} orders; nothing was imported (details.problems)`,
      { problems: problems.slice(0, 1000) },
    );
  }

  const terms = await merchantTerms(db0, [...new Set(rows.map((r) => r.merchant))]);
  const plans = rows.map((r) => {
    const lines = r.lines.map((l, j) => {
      const p = products.get(l.productId)!;
      return { ...l, lineNo: j + 1, p, lineTotal: l.qty * l.unitPrice };
    });
    const total = lines.reduce((s, l) => s + l.lineTotal, 0);
    const depositBp = r.depositBp ?? terms.get(r.merchant)!.depositBp;
    const { deposit, balance } = splitDeposit(total, depositBp);
    const last = r.history.at(-1)!;
    const reached = (st: OrderStatus) => r.history.find((s) => s.status === st);
    const paidSteps = [
      ...(r.history.some((s) => PAID_DEPOSIT.has(s.status)) && deposit > 0
        ? [{ kind: 'deposit' as const, amount: deposit, at: reached('deposit_paid')!.at }]
        : []),
      ...(reached('delivered') && balance > 0 ? [{ kind: 'balance' as const, amount: balance, at: reached('delivered')!.at }] : []),
    ];
    const agreed = reached('confirmed');
    return { r, lines, total, deposit, balance, depositBp, last, paidSteps, agreedOn: agreed ? new Date(agreed.at).toISOString().slice(0, 10) : null };
  });

  const keyOf = (o: (typeof plans)[number]) => `history:${o.r.merchant}:${o.r.ref}`;
  return db0.transaction().execute(async (tx0) => {
    const purchaseOf = new Map<string, number>();
    for (let i = 0; i < plans.length; i += BATCH) {
      const part = plans.slice(i, i + BATCH);
      const ins = await insertColumns<{ id: number; idempotency_key: string }>(
        tx0,
        'purchases',
        {
          buyer_id: ['bigint', part.map((o) => o.r.buyerId)],
          idempotency_key: ['text', part.map(keyOf)],
          request_hash: ['text', part.map(() => 'history-import')],
          totals: ['jsonb', part.map((o) => JSON.stringify({ [o.r.currency]: o.total }))],
          created_at: ['timestamptz', part.map((o) => o.r.history[0]!.at)],
        },
        'id, idempotency_key',
      );
      for (const p of ins) purchaseOf.set(p.idempotency_key, Number(p.id));
    }
    const orderOf = new Map<number, number>();
    for (let i = 0; i < plans.length; i += BATCH) {
      const part = plans.slice(i, i + BATCH);
      const ins = await insertColumns<{ id: number; purchase_id: number }>(
        tx0,
        'merchant_orders',
        {
          purchase_id: ['bigint', part.map((o) => purchaseOf.get(keyOf(o))!)],
          buyer_id: ['bigint', part.map((o) => o.r.buyerId)],
          merchant_id: ['bigint', part.map((o) => o.r.merchant)],
          currency: ['text', part.map((o) => o.r.currency)],
          total: ['bigint', part.map((o) => o.total)],
          deposit: ['bigint', part.map((o) => o.deposit)],
          balance: ['bigint', part.map((o) => o.balance)],
          deposit_bp: ['int', part.map((o) => o.depositBp)],
          paid: ['bigint', part.map((o) => o.paidSteps.reduce((s, p) => s + p.amount, 0))],
          status: ['text', part.map((o) => o.last.status)],
          lead_time_days: ['int', part.map((o) => o.r.leadTimeDays ?? null)],
          created_at: ['timestamptz', part.map((o) => o.r.history[0]!.at)],
          updated_at: ['timestamptz', part.map((o) => o.last.at)],
        },
        'id, purchase_id',
      );
      for (const o of ins) orderOf.set(Number(o.purchase_id), Number(o.id));
    }
    const ids = plans.map((o) => orderOf.get(purchaseOf.get(keyOf(o))!)!);
    const lines = plans.flatMap((o, i) => o.lines.map((l) => ({ o, l, id: ids[i]! })));
    const events = plans.flatMap((o, i) => o.r.history.map((s, j) => ({ o, s, j, id: ids[i]! })));
    const payments = plans.flatMap((o, i) => o.paidSteps.map((p) => ({ o, p, id: ids[i]! })));
    for (let i = 0; i < lines.length; i += BATCH) {
      const part = lines.slice(i, i + BATCH);
      await insertColumns(tx0, 'order_lines', {
        order_id: ['bigint', part.map((x) => x.id)],
        line_no: ['int', part.map((x) => x.l.lineNo)],
        merchant_id: ['bigint', part.map((x) => x.o.r.merchant)],
        product_id: ['bigint', part.map((x) => x.l.productId)],
        sku: ['text', part.map((x) => x.l.p.sku)],
        title_zh: ['text', part.map((x) => x.l.p.titleZh)],
        title_en: ['text', part.map((x) => x.l.p.titleEn)],
        unit: ['text', part.map((x) => x.l.p.unit)],
        hs_code: ['text', part.map((x) => x.l.p.hsCode)],
        qty: ['int', part.map((x) => x.l.qty)],
        unit_price: ['bigint', part.map((x) => x.l.unitPrice)],
        tier_index: ['int', part.map((x) => Math.max(0, tierIndexFor(x.l.p.priceTiers, x.l.qty)))],
        line_total: ['bigint', part.map((x) => x.l.lineTotal)],
      });
    }
    for (let i = 0; i < events.length; i += BATCH) {
      const part = events.slice(i, i + BATCH);
      await insertColumns(tx0, 'order_events', {
        order_id: ['bigint', part.map((x) => x.id)],
        seq: ['int', part.map((x) => x.j + 1)],
        merchant_id: ['bigint', part.map((x) => x.o.r.merchant)],
        at: ['timestamptz', part.map((x) => x.s.at)],
        actor_user_id: ['bigint', part.map(() => actor.userId)],
        actor_role: ['text', part.map(() => actor.role)],
        from_status: ['text', part.map((x) => (x.j === 0 ? null : x.o.r.history[x.j - 1]!.status))],
        to_status: ['text', part.map((x) => x.s.status)],
        reason: ['text', part.map((x) => (x.j === 0 ? `imported from the order book (order ${x.o.r.ref})` : (x.s.reason ?? null)))],
      });
    }
    for (let i = 0; i < payments.length; i += BATCH) {
      const part = payments.slice(i, i + BATCH);
      await insertColumns(tx0, 'order_payments', {
        order_id: ['bigint', part.map((x) => x.id)],
        merchant_id: ['bigint', part.map((x) => x.o.r.merchant)],
        kind: ['text', part.map((x) => x.p.kind)],
        method: ['text', part.map((x) => x.o.r.paymentMethod as PaymentMethod)],
        reference: ['text', part.map((x) => `history:${x.o.r.ref}:${x.p.kind}`.slice(0, 100))],
        amount: ['bigint', part.map((x) => x.p.amount)],
        currency: ['text', part.map((x) => x.o.r.currency)],
        recorded_by: ['bigint', part.map(() => actor.userId)],
        recorded_at: ['timestamptz', part.map((x) => x.p.at)],
      });
    }
    if (afterImport)
      await afterImport(
        tx0,
        plans.map((o, i) => ({
          order: { id: ids[i]!, buyerId: o.r.buyerId, merchantId: o.r.merchant, currency: o.r.currency },
          agreedOn: o.agreedOn,
          lines: o.lines.map((l) => ({ productId: l.productId, qty: l.qty, unitPrice: l.unitPrice, lineTotal: l.lineTotal })),
        })),
      );
    return { orders: plans.length, lines: lines.length, events: events.length, payments: payments.length, orderIds: ids };
  });
}

/**
 * One multi-row insert with one array parameter per column (`unnest`), rows kept in the given
 * order: a few parameters however many rows, which both engines parse and plan quickly.
 */
async function insertColumns<R = never>(
  tx: Transaction<DB>,
  table: string,
  cols: Record<string, readonly [pgType: string, values: readonly unknown[]]>,
  returning?: string,
): Promise<R[]> {
  const names = Object.keys(cols);
  const r = await sql<R>`
    insert into ${sql.table(table)} (${sql.join(names.map((c) => sql.id(c)))})
    select ${sql.join(names.map((c) => sql.ref(`u.${c}`)))}
    from unnest(${sql.join(names.map((c) => sql`${sql.val(cols[c]![1])}::${sql.raw(cols[c]![0])}[]`))}) with ordinality as u(${sql.join(names.map((c) => sql.id(c)))}, n)
    order by u.n
    ${returning ? sql`returning ${sql.raw(returning)}` : sql``}`.execute(tx);
  return r.rows;
}
