/**
 * The weekly run's stored state (index_states, index_state_chunks; migration
 * 008, docs/commodity-index.md §13.8): encoding (pure, in the worker) and
 * reading and writing in statements of at most STATE_CHUNK (256 KB) bytes, so that
 * no statement holds the connection long.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Engine } from '../../core/db/database.ts';
import { byteaParam, wireText } from './data-path.ts';
import { narrowCategories, narrowRuns, packRefPrices, unpackRefPrices, widenCategories, widenRuns } from './state-codec.ts';
import type { RunState } from './week-compute.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Bytes per chunk row and per read statement of a state (PGlite writes ~40 ms per MB as hex text on an idle machine). */
export const STATE_CHUNK = 256 << 10;

/** The aggregate part of a state (jsonb). */
export type StateAggregate = Omit<RunState, 'week' | 'elementary' | 'itemCategory'>;

/** A state as stored: three byte strings (layouts of state-codec.ts) and the aggregate part. */
export interface EncodedState {
  week: string;
  itemCount: number;
  /** ref_price, imputed_runs, item_category */
  parts: [Uint8Array, Uint8Array, Uint8Array];
  aggregate: StateAggregate;
}

/**
 * The stored form of a state (pure).
 * @example
 * ```ts
 * const enc = encodeState(result.state); // enc.parts[0]: the reference prices, 4 bytes per item
 * ```
 */
export function encodeState(s: RunState): EncodedState {
  return {
    week: s.week,
    itemCount: s.elementary.refPrice.length,
    parts: [packRefPrices(s.elementary.refPrice), narrowRuns(s.elementary.imputedRuns), narrowCategories(s.itemCategory)],
    aggregate: { weightYear: s.weightYear, weights: s.weights, leafLevel: s.leafLevel, linkLevel: s.linkLevel, levels: s.levels },
  };
}

/**
 * A state from its stored form (pure).
 * @example
 * ```ts
 * const state = decodeState(await readState(db, '2025-02-10', engine));
 * ```
 */
export function decodeState(e: EncodedState): RunState {
  const [ref, runs, cats] = e.parts;
  return {
    week: e.week,
    elementary: { refPrice: unpackRefPrices(ref, e.itemCount), imputedRuns: widenRuns(runs, e.itemCount) },
    itemCategory: widenCategories(cats, e.itemCount),
    ...e.aggregate,
  };
}

/** The stored state row of `week` without its bytes: what identifies it (for the run's re-check). */
export interface StateHead {
  week: string;
  itemCount: number;
  aggregate: StateAggregate;
  chunksToken: string | null;
  /** byte lengths of the legacy columns (states stored before migration 008) */
  lengths: [number, number, number];
  stamp: string;
}

export async function stateHead(db: Db, week: string): Promise<StateHead | null> {
  const r = (
    await sql<{ item_count: number; aggregate: unknown; chunks_token: string | null; a: number; b: number; c: number; stamp: string }>`
      select item_count, aggregate, chunks_token, octet_length(ref_price) as a, octet_length(imputed_runs) as b, octet_length(item_category) as c,
        computed_at::text || '/' || coalesce(chunks_token, '') as stamp
      from index_states where week = ${week}::date`.execute(db)
  ).rows[0];
  if (!r) return null;
  const aggregate = (typeof r.aggregate === 'string' ? JSON.parse(r.aggregate) : r.aggregate) as StateAggregate;
  return { week, itemCount: r.item_count, aggregate, chunksToken: r.chunks_token, lengths: [r.a, r.b, r.c], stamp: r.stamp };
}

const COLUMNS = ['ref_price', 'imputed_runs', 'item_category'] as const;

/**
 * Reads the stored state of `week` in statements of at most STATE_CHUNK bytes
 * (chunk rows, or slices of the legacy columns). Null when there is none.
 * Throws `StateChanged` when the state was replaced while being read.
 */
export async function readState(db: Db, week: string, engine?: Engine): Promise<EncodedState | null> {
  const head = await stateHead(db, week);
  if (!head) return null;
  const enc = wireText(engine);
  const parts: Uint8Array[] = [];
  for (let part = 0; part < 3; part++) {
    if (head.chunksToken === null) {
      const column = sql.ref(COLUMNS[part] as string);
      const len = head.lengths[part] as number;
      const out = Buffer.alloc(len); // not pooled: transferable
      for (let off = 0; off < len; off += STATE_CHUNK) {
        const r = (
          await sql<{ b: string | null }>`
            select encode(substring(${column} from ${off + 1} for ${STATE_CHUNK}), ${enc}) as b from index_states
            where week = ${week}::date and chunks_token is null`.execute(db)
        ).rows[0];
        if (!r || r.b == null) throw new StateChanged(week);
        if (out.write(r.b, off, enc) !== Math.min(STATE_CHUNK, len - off)) throw new StateChanged(week);
      }
      parts.push(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      continue;
    }
    const pieces: Buffer[] = [];
    for (let seq = 0; ; seq++) {
      const r = (
        await sql<{ b: string }>`
          select encode(bytes, ${enc}) as b from index_state_chunks where week = ${week}::date and token = ${head.chunksToken} and part = ${part} and seq = ${seq}`.execute(
          db,
        )
      ).rows[0];
      if (!r) break;
      pieces.push(Buffer.from(r.b, enc));
    }
    parts.push(new Uint8Array(Buffer.concat(pieces))); // an ArrayBuffer of its own (Buffer.concat may use the shared pool): it is transferred to the worker
  }
  const again = await stateHead(db, week);
  if (again?.stamp !== head.stamp) throw new StateChanged(week);
  return { week, itemCount: head.itemCount, parts: parts as EncodedState['parts'], aggregate: head.aggregate };
}

/** The state of a week changed while it was read (another run replaced it). */
export class StateChanged extends Error {
  constructor(readonly week: string) {
    super(`the stored state of ${week} changed while it was read`);
  }
}

/**
 * Writes the bytes of a state as chunk rows under `token`, one short statement
 * each; they become the week's state when a publish names the token
 * (`adoptState`), and are garbage otherwise (`collectStateGarbage`).
 */
export async function stageState(db: Db, token: string, s: EncodedState, engine?: Engine): Promise<void> {
  for (let part = 0; part < 3; part++) {
    const b = s.parts[part] as Uint8Array;
    for (let seq = 0; seq * STATE_CHUNK < b.byteLength; seq++) {
      const piece = b.subarray(seq * STATE_CHUNK, Math.min(b.byteLength, (seq + 1) * STATE_CHUNK));
      await sql`insert into index_state_chunks (week, token, part, seq, bytes) values (${s.week}::date, ${token}, ${part}, ${seq}, ${byteaParam(piece, engine)})`.execute(
        db,
      );
    }
  }
}

/** Makes the chunks staged under `token` the state of `week` (inside the publish transaction: one small row, no bytes copied). */
export async function adoptState(db: Db, token: string, week: string, itemCount: number, aggregate: StateAggregate): Promise<void> {
  await sql`
    insert into index_states (week, item_count, ref_price, imputed_runs, item_category, aggregate, chunks_token)
    values (${week}::date, ${itemCount}, ''::bytea, ''::bytea, ''::bytea, ${JSON.stringify(aggregate)}::jsonb, ${token})
    on conflict (week) do update set item_count = excluded.item_count, ref_price = excluded.ref_price, imputed_runs = excluded.imputed_runs,
      item_category = excluded.item_category, aggregate = excluded.aggregate, chunks_token = excluded.chunks_token, computed_at = now()`.execute(db);
}

/** The chunks token a week's state names now (null: none, or bytes in its own columns). */
export async function stateToken(db: Db, week: string): Promise<string | null> {
  const r = (await sql<{ t: string | null }>`select chunks_token as t from index_states where week = ${week}::date`.execute(db)).rows[0];
  return r?.t ?? null;
}

/** Chunk rows staged under `token` (the publish checks that its staged states are complete). */
export async function stagedChunks(db: Db, token: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from index_state_chunks where token = ${token}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Chunk rows a state of these byte lengths is written as. */
export const chunkRows = (s: EncodedState): number => s.parts.reduce((n, b) => n + Math.ceil(b.byteLength / STATE_CHUNK), 0);

/**
 * Deletes chunks that no state names, one (week, token) at a time: those of
 * `tokens` (states replaced by a publish, or staged by a run that did not
 * publish them) and any staged more than an hour ago by a run that stopped.
 */
export async function collectStateGarbage(db: Db, tokens: readonly string[]): Promise<void> {
  const groups = (
    await sql<{ week: string; token: string }>`
      select distinct c.week::text as week, c.token from index_state_chunks c
      where (c.token = any(${`{${tokens.map((t) => `"${t}"`).join(',')}}`}::text[]) or c.staged_at < now() - interval '1 hour')
        and not exists (select 1 from index_states s where s.week = c.week and s.chunks_token = c.token)`.execute(db)
  ).rows;
  for (const g of groups)
    await sql`
      delete from index_state_chunks c where c.week = ${g.week}::date and c.token = ${g.token}
        and not exists (select 1 from index_states s where s.week = c.week and s.chunks_token = c.token)`.execute(db);
}
