/**
 * The compact data path of the weekly run: one week's observations come out
 * of the database as a few large bytea values (4-byte item id + 8-byte price
 * per observation, built by string_agg in the server), decoded straight into
 * typed arrays. No per-row JS objects, the same SQL on PGlite and PostgreSQL.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
/** The observations are pulled in this many bytea chunks (grouped by item id mod CHUNKS), to keep each value small. */
const CHUNKS = 16;

/** bytea travels as base64 text: far faster than bytea values through PGlite's protocol layer (measured 10×). */
const bytesOf = (v: unknown): Uint8Array => {
  if (v == null) return new Uint8Array(0);
  if (typeof v === 'string') return Buffer.from(v, 'base64');
  if (v instanceof Uint8Array) return v;
  throw new TypeError('expected a bytea value');
};
export const fromBase64 = bytesOf;
export const toBase64 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');

export interface WeekObservations {
  item: Int32Array;
  price: Float64Array;
  length: number;
  maxItem: number;
}

/** Observations collected in [monday, monday + 7): (item id, price in minor units). */
export async function pullWeek(db: Db, monday: string): Promise<WeekObservations> {
  const res = await sql<{ b: string | null }>`
    select encode(string_agg(int4send(item_id) || float8send(price::float8), ''::bytea), 'base64') as b
    from index_observations
    where collection_date >= ${monday}::date and collection_date < ${monday}::date + 7
    group by item_id % ${CHUNKS}`.execute(db);
  const chunks = res.rows.map((r) => bytesOf(r.b));
  const n = chunks.reduce((s, c) => s + c.length / 12, 0);
  const item = new Int32Array(n);
  const price = new Float64Array(n);
  let j = 0;
  let maxItem = 0;
  for (const c of chunks) {
    const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
    for (let o = 0; o < c.byteLength; o += 12, j++) {
      const it = dv.getInt32(o);
      item[j] = it;
      if (it > maxItem) maxItem = it;
      price[j] = dv.getFloat64(o + 4);
    }
  }
  return { item, price, length: n, maxItem };
}

/** category id of every item, indexed by item id (0 where there is no item). */
export async function pullItemCategories(db: Db): Promise<Int32Array> {
  const res = await sql<{ b: string | null; m: number | null }>`
    select encode(string_agg(int4send(id) || int4send(category_id), ''::bytea), 'base64') as b, max(id) as m
    from index_items group by id % ${CHUNKS}`.execute(db);
  const max = res.rows.reduce((m, r) => Math.max(m, Number(r.m ?? 0)), 0);
  const out = new Int32Array(max + 1);
  for (const r of res.rows) {
    const c = bytesOf(r.b);
    const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
    for (let o = 0; o < c.byteLength; o += 8) out[dv.getInt32(o)] = dv.getInt32(o + 4);
  }
  return out;
}

/** Typed array ⇄ bytea (little-endian, as in memory). */
export const toBytes = (a: Float64Array | Uint16Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
export function float64From(b: Uint8Array): Float64Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Float64Array(copy.buffer);
}
export function uint16From(b: Uint8Array): Uint16Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint16Array(copy.buffer);
}
