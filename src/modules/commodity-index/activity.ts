/**
 * The activity measures of the prosperity index per lowest category and week
 * (docs/commodity-index.md §7, §13.2): traded value Σ coalesce(value, price ×
 * quantity), volume Σ quantity, order lines, active merchants (distinct
 * merchants with an observation in the category), active buyers (distinct
 * buyers), new listings (`online` items first seen that week).
 *
 * `activityOf` computes them from the week's pulled observations (the same
 * pass as the price index: distinct pairs counted in typed-array hash sets,
 * sums exact over the integers as in SQL); `activitySql` is the grouped SQL
 * of the same definition, kept as the reference the tests compare against.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { ProsperityComponent } from './formulas/index.ts';
import { FLAG_BUYER, FLAG_ORDER, FLAG_QUANTITY, FLAG_VALUE, type WeekObservations } from './data-path.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type Activity = Map<number, Record<ProsperityComponent, number>>;

const zero = (): Record<ProsperityComponent, number> => ({ tradedValue: 0, volume: 0, orderCount: 0, activeMerchants: 0, activeBuyers: 0, newListings: 0 });

/** A set of (int4, int8 as two halves) triples in open addressing; `add` answers whether the key is new. */
class PairSet {
  private a = new Int32Array(0);
  private hi = new Int32Array(0);
  private lo = new Int32Array(0);
  private used = new Uint8Array(0);
  private mask = 0;
  private size = 0;
  constructor(capacity = 1 << 12) {
    this.alloc(capacity);
  }
  private alloc(cap: number): void {
    this.a = new Int32Array(cap);
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
  }
  private slot(a: number, hi: number, lo: number): number {
    let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b) ^ Math.imul(hi, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let s = h & this.mask;
    while (this.used[s] === 1 && !(this.a[s] === a && this.lo[s] === lo && this.hi[s] === hi)) s = (s + 1) & this.mask;
    return s;
  }
  add(a: number, hi: number, lo: number): boolean {
    const s = this.slot(a, hi, lo);
    if (this.used[s] === 1) return false;
    this.used[s] = 1;
    this.a[s] = a;
    this.hi[s] = hi;
    this.lo[s] = lo;
    if (++this.size * 2 > this.mask) this.grow();
    return true;
  }
  private grow(): void {
    const { a, hi, lo, used } = this;
    this.alloc(used.length * 2);
    for (let s = 0; s < used.length; s++)
      if (used[s] === 1) {
        const t = this.slot(a[s] as number, hi[s] as number, lo[s] as number);
        this.used[t] = 1;
        this.a[t] = a[s] as number;
        this.hi[t] = hi[s] as number;
        this.lo[t] = lo[s] as number;
      }
  }
}

/** Dense slots for category ids (small positive integers in practice; a Map beyond). */
class Slots {
  readonly ids: number[] = [];
  private dense = new Int32Array(1024).fill(-1);
  private sparse = new Map<number, number>();
  of(id: number): number {
    if (id >= 0 && id < 1 << 22) {
      if (id >= this.dense.length) {
        const d = new Int32Array(Math.max(id + 1, this.dense.length * 2)).fill(-1);
        d.set(this.dense);
        this.dense = d;
      }
      const s = this.dense[id] as number;
      if (s >= 0) return s;
      this.dense[id] = this.ids.length;
    } else {
      const s = this.sparse.get(id);
      if (s !== undefined) return s;
      this.sparse.set(id, this.ids.length);
    }
    this.ids.push(id);
    return this.ids.length - 1;
  }
}

/** Σ of integers per slot, exact like SQL's sum(bigint) → float8 (BigInt once a sum leaves the safe range). */
export class ExactSums {
  private n: number[] = [];
  private big = new Map<number, bigint>();
  add(slot: number, x: number, exact: () => bigint): void {
    const b = this.big.get(slot);
    if (b !== undefined) return void this.big.set(slot, b + exact());
    const s = (this.n[slot] ?? 0) + x;
    if (Number.isSafeInteger(s) && Number.isSafeInteger(x)) this.n[slot] = s;
    else this.big.set(slot, BigInt(this.n[slot] ?? 0) + exact());
  }
  get(slot: number): number {
    const b = this.big.get(slot);
    return b !== undefined ? Number(b) : (this.n[slot] ?? 0);
  }
}

/** Dense merchant ids below this bound are counted with a mark array, others with a hash set. */
const DENSE_IDS = 1 << 24;

/**
 * Distinct (category, merchant) pairs per category slot. Merchant ids are
 * dense serials in practice: the pairs are bucketed by category (counting
 * sort) and counted with one mark array over the merchant ids — a few linear
 * passes instead of millions of hash probes; a hash set otherwise.
 */
function countMerchants(pr: WeekObservations['pairs'], slots: Slots, merchants: number[]): void {
  let dense = true;
  let maxId = 0;
  const slotOf = new Int32Array(pr.length);
  for (let j = 0; j < pr.length; j++) {
    slotOf[j] = slots.of(pr.category[j] as number);
    const hi = pr.merchantHi[j] as number;
    const lo = pr.merchantLo[j] as number;
    if (hi !== 0 || lo < 0 || lo >= DENSE_IDS) dense = false;
    else if (lo > maxId) maxId = lo;
  }
  if (!dense) {
    const set = new PairSet(1 << 14);
    for (let j = 0; j < pr.length; j++)
      if (set.add(pr.category[j] as number, pr.merchantHi[j] as number, pr.merchantLo[j] as number)) {
        const s = slotOf[j] as number;
        merchants[s] = (merchants[s] ?? 0) + 1;
      }
    return;
  }
  const nS = slots.ids.length;
  const start = new Int32Array(nS + 1);
  for (let j = 0; j < pr.length; j++) start[(slotOf[j] as number) + 1] = (start[(slotOf[j] as number) + 1] as number) + 1;
  for (let s = 0; s < nS; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const fill = start.slice(0, nS);
  const bucket = new Int32Array(pr.length);
  for (let j = 0; j < pr.length; j++) {
    const s = slotOf[j] as number;
    bucket[fill[s] as number] = pr.merchantLo[j] as number;
    fill[s] = (fill[s] as number) + 1;
  }
  const mark = new Int32Array(maxId + 1);
  for (let s = 0; s < nS; s++) {
    let n = 0;
    for (let j = start[s] as number; j < (start[s + 1] as number); j++) {
      const m = bucket[j] as number;
      if (mark[m] !== s + 1) {
        mark[m] = s + 1;
        n++;
      }
    }
    if (n > 0) merchants[s] = n;
  }
}

/**
 * The activity measures of a week from its observations; new listings from `listings` (category id → count).
 * @example
 * ```ts
 * const activity = activityOf(await pullWeek(db, monday), listingsByCategory);
 * ```
 */
export function activityOf(obs: WeekObservations, listings: ReadonlyMap<number, number>): Activity {
  const slots = new Slots();
  const merchants: number[] = [];
  countMerchants(obs.pairs, slots, merchants);
  const x = obs.extras;
  const value = new ExactSums();
  const volume = new ExactSums();
  const orders: number[] = [];
  const buyers: number[] = [];
  const buyerPairs = new PairSet(1 << 10);
  for (let k = 0; k < x.length; k++) {
    const c = x.category[k] as number;
    const s = slots.of(c);
    const f = x.flags[k] as number;
    const q = x.quantity[k] as number;
    if (f & FLAG_VALUE) value.add(s, x.value[k] as number, () => BigInt(x.value[k] as number));
    else if (f & FLAG_QUANTITY) value.add(s, (x.price[k] as number) * q, () => BigInt(x.price[k] as number) * BigInt(q));
    if (f & FLAG_QUANTITY) volume.add(s, q, () => BigInt(q));
    if (f & FLAG_ORDER) orders[s] = (orders[s] ?? 0) + 1;
    if (f & FLAG_BUYER && buyerPairs.add(c, x.buyerHi[k] as number, x.buyerLo[k] as number)) buyers[s] = (buyers[s] ?? 0) + 1;
  }
  const out: Activity = new Map();
  slots.ids.forEach((id, s) =>
    out.set(id, {
      tradedValue: value.get(s),
      volume: volume.get(s),
      orderCount: orders[s] ?? 0,
      activeMerchants: merchants[s] ?? 0,
      activeBuyers: buyers[s] ?? 0,
      newListings: 0,
    }),
  );
  for (const [id, n] of listings) {
    const m = out.get(id) ?? zero();
    m.newListings = n;
    out.set(id, m);
  }
  return out;
}

/** New listings of a week: `online` items first seen that week, per category id. */
export async function newListings(db: Db, monday: string): Promise<Map<number, number>> {
  const rows = await sql<{ category_id: number; n: number }>`
    select category_id, count(distinct product_id)::float8 as n from index_items
    where first_week = ${monday}::date and price_type = 'online' group by category_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.category_id, r.n]));
}

/**
 * The reference: the activity measures by grouped SQL over index_observations (one scan, grouping sets).
 * @example
 * ```ts
 * const reference = await activitySql(db, '2025-02-10');
 * ```
 */
export async function activitySql(db: Db, monday: string): Promise<Activity> {
  const res = await sql<{ category_id: number; traded_value: number; volume: number; order_count: number; active_merchants: number; active_buyers: number }>`
    select category_id,
      coalesce(sum(v) filter (where g = 1), 0)::float8 as traded_value,
      coalesce(sum(q) filter (where g = 1), 0)::float8 as volume,
      coalesce(sum(n) filter (where g = 1), 0)::float8 as order_count,
      (count(*) filter (where g = 1))::float8 as active_merchants,
      (count(*) filter (where g = 2 and buyer_id is not null))::float8 as active_buyers
    from (
      select category_id, buyer_id, grouping(merchant_id, buyer_id) as g,
             sum(coalesce(value, price * quantity)) as v, sum(quantity) as q, count(*) filter (where source = 'order') as n
      from index_observations
      where collection_date >= ${monday}::date and collection_date < ${monday}::date + 7
      group by grouping sets ((category_id, merchant_id), (category_id, buyer_id))
    ) s
    group by category_id`.execute(db);
  const out: Activity = new Map();
  for (const r of res.rows)
    out.set(r.category_id, {
      tradedValue: r.traded_value,
      volume: r.volume,
      orderCount: r.order_count,
      activeMerchants: r.active_merchants,
      activeBuyers: r.active_buyers,
      newListings: 0,
    });
  for (const [id, n] of await newListings(db, monday)) {
    const m = out.get(id) ?? zero();
    m.newListings = n;
    out.set(id, m);
  }
  return out;
}
