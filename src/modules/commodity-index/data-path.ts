/**
 * The compact data path of the weekly run (docs/commodity-index.md §13.7).
 *
 * A week's observations are packed at collection time: the triggers of
 * migration 002 append, for every inserting statement, rows to
 * index_obs_packs holding the observations as fixed-width big-endian
 * records, plus the distinct (category, merchant) pairs of the statement's
 * rows (and repack a week on update or delete). The run reads the week's
 * few packs — bytes, not millions of rows — and decodes them straight into
 * typed arrays: no per-row JS objects, the same SQL on PGlite and PostgreSQL.
 *
 * `scanWeek` builds the same packs from a scan of index_observations (the
 * way the triggers do); it is the reference the tests compare against.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Engine } from '../../core/db/database.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * How large bytea values travel (measured): out of the database as text —
 * base64 on PostgreSQL, hex on PGlite (its base64 encoder is 2× slower; bytea
 * values themselves are ~10× slower through PGlite's protocol layer); into it
 * as a binary parameter on PostgreSQL, hex text on PGlite.
 */
export type WireText = 'base64' | 'hex';
export const wireText = (engine?: Engine): WireText => (engine === 'pglite' ? 'hex' : 'base64');
export const bytesOf = (v: unknown, enc: WireText = 'base64'): Uint8Array => {
  if (v == null) return new Uint8Array(0);
  if (typeof v === 'string') return Buffer.from(v, enc);
  if (v instanceof Uint8Array) return v;
  throw new TypeError('expected a bytea value');
};
/** A bytea value as an SQL expression, the fastest way for the engine. */
export function byteaParam(b: Uint8Array, engine?: Engine): RawBuilder<Uint8Array> {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (engine === 'postgres') return sql<Uint8Array>`${buf}::bytea`;
  const enc = wireText(engine);
  return sql<Uint8Array>`decode(${buf.toString(enc)}, ${enc})`;
}

/** Bytes per packed observation, pair and extra record (see the migration): wide packs, and narrow ones (4-byte values, 3-byte categories). */
export const OBS_BYTES = 16;
export const PAIR_BYTES = 12;
export const EXTRA_BYTES = 40;
export const OBS_BYTES_NARROW = 11;
export const PAIR_BYTES_NARROW = 7;
export const EXTRA_BYTES_NARROW = 20;
export const FLAG_VALUE = 1;
export const FLAG_QUANTITY = 2;
export const FLAG_BUYER = 4;
export const FLAG_ORDER = 8;

/** One week's observations, columnar. Integers (price, value, quantity) are exact below 2^53; see `int8` for ids. */
export interface WeekObservations {
  length: number;
  maxItem: number;
  item: Int32Array;
  /** the item's category id (index_items.category_id) */
  itemCategory: Int32Array;
  price: Float64Array;
  /** (observation's category id, merchant_id) of the observations, distinct within a pack; merchant_id as two 32-bit halves */
  pairs: { length: number; category: Int32Array; merchantHi: Int32Array; merchantLo: Int32Array };
  extras: WeekExtras;
}
/** The observations that carry a quantity, a value, a buyer or are order lines. */
export interface WeekExtras {
  length: number;
  category: Int32Array;
  flags: Uint8Array;
  price: Float64Array;
  value: Float64Array;
  quantity: Float64Array;
  buyerHi: Int32Array;
  buyerLo: Int32Array;
}

const int8At = (dv: DataView, o: number): number => dv.getInt32(o) * 4294967296 + dv.getUint32(o + 4);

export interface Pack {
  obs: Uint8Array;
  pairs: Uint8Array;
  extra: Uint8Array;
  /** narrow records (4-byte values, 3-byte categories) */
  narrow?: boolean;
}

/** Decodes packs (obs, pairs and extra bytes) into columns. */
export function decodePacks(packs: readonly Pack[]): WeekObservations {
  const w = (p: Pack) => (p.narrow ? { o: OBS_BYTES_NARROW, p: PAIR_BYTES_NARROW, e: EXTRA_BYTES_NARROW } : { o: OBS_BYTES, p: PAIR_BYTES, e: EXTRA_BYTES });
  const n = packs.reduce((s, p) => s + p.obs.byteLength / w(p).o, 0);
  const np = packs.reduce((s, p) => s + p.pairs.byteLength / w(p).p, 0);
  const m = packs.reduce((s, p) => s + p.extra.byteLength / w(p).e, 0);
  const item = new Int32Array(n);
  const itemCategory = new Int32Array(n);
  const price = new Float64Array(n);
  const pairs = { length: np, category: new Int32Array(np), merchantHi: new Int32Array(np), merchantLo: new Int32Array(np) };
  const x: WeekExtras = {
    length: m,
    category: new Int32Array(m),
    flags: new Uint8Array(m),
    price: new Float64Array(m),
    value: new Float64Array(m),
    quantity: new Float64Array(m),
    buyerHi: new Int32Array(m),
    buyerLo: new Int32Array(m),
  };
  let j = 0;
  let k = 0;
  let l = 0;
  let maxItem = 0;
  for (const p of packs) {
    const W = w(p);
    const c = p.obs;
    if (c.byteLength % W.o !== 0 || p.pairs.byteLength % W.p !== 0 || p.extra.byteLength % W.e !== 0)
      throw new Error('index_obs_packs: a pack has a broken length');
    const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
    const q = p.pairs;
    const qv = new DataView(q.buffer, q.byteOffset, q.byteLength);
    const e = p.extra;
    const ev = new DataView(e.buffer, e.byteOffset, e.byteLength);
    if (p.narrow) {
      for (let o = 0; o < c.byteLength; o += OBS_BYTES_NARROW, j++) {
        const it = dv.getInt32(o);
        item[j] = it;
        if (it > maxItem) maxItem = it;
        itemCategory[j] = (dv.getUint8(o + 4) << 16) | dv.getUint16(o + 5);
        price[j] = dv.getInt32(o + 7);
      }
      for (let o = 0; o < q.byteLength; o += PAIR_BYTES_NARROW, l++) {
        pairs.category[l] = (qv.getUint8(o) << 16) | qv.getUint16(o + 1);
        const mId = qv.getInt32(o + 3);
        pairs.merchantHi[l] = mId < 0 ? -1 : 0;
        pairs.merchantLo[l] = mId;
      }
      for (let o = 0; o < e.byteLength; o += EXTRA_BYTES_NARROW, k++) {
        x.category[k] = (ev.getUint8(o) << 16) | ev.getUint16(o + 1);
        x.flags[k] = ev.getUint8(o + 3);
        x.price[k] = ev.getInt32(o + 4);
        x.value[k] = ev.getInt32(o + 8);
        x.quantity[k] = ev.getInt32(o + 12);
        const b = ev.getInt32(o + 16);
        x.buyerHi[k] = b < 0 ? -1 : 0;
        x.buyerLo[k] = b;
      }
      continue;
    }
    for (let o = 0; o < c.byteLength; o += OBS_BYTES, j++) {
      const it = dv.getInt32(o);
      item[j] = it;
      if (it > maxItem) maxItem = it;
      itemCategory[j] = dv.getInt32(o + 4);
      price[j] = int8At(dv, o + 8);
    }
    for (let o = 0; o < q.byteLength; o += PAIR_BYTES, l++) {
      pairs.category[l] = qv.getInt32(o);
      pairs.merchantHi[l] = qv.getInt32(o + 4);
      pairs.merchantLo[l] = qv.getInt32(o + 8);
    }
    for (let o = 0; o < e.byteLength; o += EXTRA_BYTES, k++) {
      x.category[k] = ev.getInt32(o);
      x.flags[k] = ev.getInt32(o + 4);
      x.price[k] = int8At(ev, o + 8);
      x.value[k] = int8At(ev, o + 16);
      x.quantity[k] = int8At(ev, o + 24);
      x.buyerHi[k] = ev.getInt32(o + 32);
      x.buyerLo[k] = ev.getInt32(o + 36);
    }
  }
  return { length: n, maxItem, item, itemCategory, price, pairs, extras: x };
}

/**
 * Observations collected in [monday, monday + 7), from the week's packs.
 * @example
 * ```ts
 * const obs = await pullWeek(db, '2025-02-10', database.engine);
 * ```
 */
export async function pullWeek(db: Db, monday: string, engine?: Engine): Promise<WeekObservations> {
  const enc = wireText(engine);
  const res = await sql<{ o: string; p: string; e: string | null; narrow: boolean }>`
    select encode(obs, ${enc}) as o, encode(pairs, ${enc}) as p, encode(extra, ${enc}) as e, narrow from index_obs_packs where week = ${monday}::date order by id`.execute(
    db,
  );
  const packs = res.rows.map((r) => ({ obs: bytesOf(r.o, enc), pairs: bytesOf(r.p, enc), extra: bytesOf(r.e, enc), narrow: r.narrow }));
  return decodePacks(packs);
}

/** Bytes of packs per statement when the run reads a week (`readWeekPacks`). */
export const PULL_BATCH_BYTES = 1 << 20;

/**
 * A week's packs as three byte strings (obs, pairs, extra of every pack, in
 * id order) and each pack's lengths: cheap to hand to a worker (three
 * transferable buffers), decoded there by `decodePackSet`.
 */
export interface PackSet {
  count: number;
  obs: Uint8Array;
  pairs: Uint8Array;
  extra: Uint8Array;
  /** per pack: obs, pairs and extra byte lengths */
  lengths: Int32Array;
  narrow: Uint8Array;
}

/** The buffers of a pack set, to transfer to a worker. */
export const packSetBuffers = (s: PackSet): ArrayBuffer[] => [s.obs, s.pairs, s.extra, s.lengths, s.narrow].map((a) => a.buffer as ArrayBuffer);

/** The pack set decoded into columns (as `pullWeek`). */
export function decodePackSet(s: PackSet): WeekObservations {
  const packs: Pack[] = [];
  let o = 0;
  let p = 0;
  let e = 0;
  for (let k = 0; k < s.count; k++) {
    const lo = s.lengths[3 * k] as number;
    const lp = s.lengths[3 * k + 1] as number;
    const le = s.lengths[3 * k + 2] as number;
    packs.push({ obs: s.obs.subarray(o, o + lo), pairs: s.pairs.subarray(p, p + lp), extra: s.extra.subarray(e, e + le), narrow: s.narrow[k] === 1 });
    o += lo;
    p += lp;
    e += le;
  }
  return decodePacks(packs);
}

/** The packs of a week changed while they were read (a repack, or rows written meanwhile). */
export class PacksChanged extends Error {
  constructor(readonly week: string) {
    super(`the observations of the week of ${week} changed while they were read`);
  }
}

/**
 * The packs of the week `monday`, read in statements of at most
 * `batchBytes` bytes (one pack larger than that alone): the list of packs and
 * their lengths first, then the bytes by id, written straight into three
 * buffers. Throws `PacksChanged` when a listed pack is gone or different.
 * @example
 * ```ts
 * const week = decodePackSet(await readWeekPacks(db, '2025-02-10', database.engine));
 * ```
 */
export async function readWeekPacks(db: Db, monday: string, engine?: Engine, batchBytes = PULL_BATCH_BYTES): Promise<PackSet> {
  const enc = wireText(engine);
  const list = (
    await sql<{ id: number; o: number; p: number; e: number; narrow: boolean }>`
      select id, octet_length(obs) as o, octet_length(pairs) as p, coalesce(octet_length(extra), 0) as e, narrow
      from index_obs_packs where week = ${monday}::date order by id`.execute(db)
  ).rows;
  const n = list.length;
  const lengths = new Int32Array(3 * n);
  const narrow = new Uint8Array(n);
  let so = 0;
  let sp = 0;
  let se = 0;
  list.forEach((r, k) => {
    lengths[3 * k] = r.o;
    lengths[3 * k + 1] = r.p;
    lengths[3 * k + 2] = r.e;
    narrow[k] = r.narrow ? 1 : 0;
    so += r.o;
    sp += r.p;
    se += r.e;
  });
  const obs = Buffer.from(new ArrayBuffer(so));
  const pairs = Buffer.from(new ArrayBuffer(sp));
  const extra = Buffer.from(new ArrayBuffer(se));
  let o = 0;
  let p = 0;
  let e = 0;
  for (let k = 0; k < n; ) {
    const ids: number[] = [];
    let bytes = 0;
    for (; k < n && (ids.length === 0 || bytes + list[k]!.o + list[k]!.p + list[k]!.e <= batchBytes); k++) {
      ids.push(list[k]!.id);
      bytes += list[k]!.o + list[k]!.p + list[k]!.e;
    }
    const rows = (
      await sql<{ id: number; o: string; p: string; e: string | null }>`
        select id, encode(obs, ${enc}) as o, encode(pairs, ${enc}) as p, encode(extra, ${enc}) as e
        from index_obs_packs where id = any(${`{${ids.join(',')}}`}::int8[]) order by id`.execute(db)
    ).rows;
    if (rows.length !== ids.length) throw new PacksChanged(monday);
    for (const [j, r] of rows.entries()) {
      const want = list[k - ids.length + j]!;
      // decoded first (PostgreSQL's base64 has line breaks, so its byte length is not known from the text)
      const bo = Buffer.from(r.o, enc);
      const bp = Buffer.from(r.p, enc);
      const be = r.e == null ? Buffer.alloc(0) : Buffer.from(r.e, enc);
      if (r.id !== want.id || bo.byteLength !== want.o || bp.byteLength !== want.p || be.byteLength !== want.e) throw new PacksChanged(monday);
      const wo = bo.copy(obs, o);
      const wp = bp.copy(pairs, p);
      const we = be.copy(extra, e);
      o += wo;
      p += wp;
      e += we;
    }
    await new Promise((r) => setImmediate(r));
  }
  const view = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return { count: n, obs: view(obs), pairs: view(pairs), extra: view(extra), lengths, narrow };
}

/**
 * The same, packed from a scan of index_observations as the triggers pack them (the reference for tests and repairs).
 * @example
 * ```ts
 * assert.deepEqual(await pullWeek(db, monday), await scanWeek(db, monday));
 * ```
 */
export async function scanWeek(db: Db, monday: string): Promise<WeekObservations> {
  const res = await sql<{ o: string; p: string; e: string | null }>`
    select encode(string_agg(int4send(o.item_id) || int4send(i.category_id) || int8send(o.price), ''::bytea order by o.id), 'base64') as o,
      encode(string_agg(distinct int4send(o.category_id) || int8send(o.merchant_id), ''::bytea), 'base64') as p,
      encode(string_agg(int4send(o.category_id)
          || int4send((o.value is not null)::int + 2 * (o.quantity is not null)::int + 4 * (o.buyer_id is not null)::int + 8 * (o.source = 'order')::int)
          || int8send(o.price) || int8send(coalesce(o.value, 0)) || int8send(coalesce(o.quantity, 0)) || int8send(coalesce(o.buyer_id, 0)), ''::bytea order by o.id)
        filter (where o.value is not null or o.quantity is not null or o.buyer_id is not null or o.source = 'order'), 'base64') as e
    from index_observations o join index_items i on i.id = o.item_id
    where o.collection_date >= ${monday}::date and o.collection_date < ${monday}::date + 7`.execute(db);
  return decodePacks(res.rows.filter((r) => r.o != null).map((r) => ({ obs: bytesOf(r.o), pairs: bytesOf(r.p), extra: bytesOf(r.e) })));
}

/**
 * Rebuilds the packs of the given weeks from index_observations (after triggers were bypassed, e.g. a restore with triggers disabled).
 * @example
 * ```ts
 * await repackWeeks(db, ['2025-02-03', '2025-02-10']);
 * ```
 */
export async function repackWeeks(db: Db, mondays: readonly string[]): Promise<void> {
  if (mondays.length) await sql`select index_obs_repack(${`{${mondays.join(',')}}`}::date[])`.execute(db);
}

/** Typed array ⇄ bytea (little-endian, as in memory). */
export const toBytes = (a: Float64Array | Uint16Array | Int32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
function copyOf(b: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return copy.buffer;
}
export const float64From = (b: Uint8Array): Float64Array => new Float64Array(copyOf(b));
export const uint16From = (b: Uint8Array): Uint16Array => new Uint16Array(copyOf(b));
export const int32From = (b: Uint8Array): Int32Array => new Int32Array(copyOf(b));
