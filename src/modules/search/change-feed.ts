import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/**
 * The product change log (`product_changes`) read as a feed that never misses a
 * committed change, whatever the order in which writers commit.
 *
 * A reader's position is the snapshot it last read under (`pg_current_snapshot()`
 * as text, "xmin:xmax:xip,…"). The next read takes a new snapshot and returns
 * the changes of exactly the transactions visible in the new snapshot but not in
 * the old one. A transaction that had written rows but not committed at the old
 * snapshot is invisible in it, so its rows come with the first read after it
 * commits. Only transactions in progress at the old snapshot (its xip list) or
 * begun after it (xid >= its xmax) can be new, so the read starts at the oldest
 * of those that is visible now and walks the index on (xid, seq) from there.
 * Each committed change is returned exactly once; no set of seen seqs is kept.
 *
 * Works on PGlite (one connection, PostgreSQL 17/18) and PostgreSQL ≥ 13
 * (xid8, pg_current_snapshot, pg_visible_in_snapshot).
 */
export interface FeedPosition {
  /** The snapshot whose visible changes the reader has applied (pg_snapshot text). */
  snapshot: string;
  /** The highest seq applied (or the log's max seq at a build); a sanity check only. */
  seq: number;
}

export interface FeedHead extends FeedPosition {
  /** database_identity.products_epoch under the same snapshot. */
  epoch: number;
}

export interface DatabaseIdentity {
  id: string;
  epoch: number;
}

export async function databaseIdentity(db: Kysely<DB>): Promise<DatabaseIdentity> {
  const r = await db.selectFrom('database_identity').select(['id', 'products_epoch']).executeTakeFirstOrThrow();
  return { id: String(r.id), epoch: Number(r.products_epoch) };
}

/** The current snapshot, the log's max seq and the products epoch, read in one statement (one snapshot). */
export async function feedHead(db: Kysely<DB>): Promise<FeedHead> {
  const r = await sql<{ snapshot: string; seq: number | null; epoch: number }>`
    select pg_current_snapshot()::text as snapshot,
           (select max(seq) from product_changes) as seq,
           (select products_epoch from database_identity) as epoch`.execute(db);
  const row = r.rows[0]!;
  return { snapshot: row.snapshot, seq: Number(row.seq ?? 0), epoch: Number(row.epoch) };
}

export interface Change {
  seq: number;
  productId: number;
}

/**
 * The changes committed after `from` and visible in `to` (both pg_snapshot text),
 * in pages of `batch`, keyset-paged on (xid, seq) so a huge commit is read in
 * linear time. `to` must be a snapshot taken after `from`.
 */
export async function* changesBetween(db: Kysely<DB>, from: string, to: string, batch = 5000): AsyncGenerator<Change[]> {
  // The oldest transaction that can be newly visible: one in progress at `from`
  // that has committed by `to`, else the first one started after `from`. A
  // transaction still running stays below this bound, so its rows are not
  // scanned at every poll.
  const low = await sql<{ xid: string }>`
    select least(pg_snapshot_xmax(f), (select min(x) from pg_snapshot_xip(f) as x where pg_visible_in_snapshot(x, t)))::text as xid
      from (select ${from}::pg_snapshot as f, ${to}::pg_snapshot as t) as s`.execute(db);
  let afterXid = low.rows[0]!.xid;
  let afterSeq = 0; // seq starts at 1: (xid, seq) > (low, 0) includes the rows of transaction `low`
  for (;;) {
    const r = await sql<{ seq: number; product_id: number; txid: string }>`
      select seq, product_id, xid::text as txid from product_changes
       where xid < pg_snapshot_xmax(${to}::pg_snapshot)
         and (xid, seq) > (${afterXid}::xid8, ${afterSeq}::bigint)
         and not pg_visible_in_snapshot(xid, ${from}::pg_snapshot)
         and pg_visible_in_snapshot(xid, ${to}::pg_snapshot)
       order by xid, seq
       limit ${batch}`.execute(db);
    if (r.rows.length === 0) return;
    yield r.rows.map((x) => ({ seq: Number(x.seq), productId: Number(x.product_id) }));
    const last = r.rows[r.rows.length - 1]!;
    afterXid = last.txid;
    afterSeq = Number(last.seq);
    if (r.rows.length < batch) return;
  }
}

/** What a saved search snapshot records besides the index itself. */
export interface SnapshotMeta {
  feed: 2;
  database: string;
  epoch: number;
  position: FeedPosition;
  products: number;
  savedAt: string;
}

/**
 * Why a snapshot cannot be resumed on this database, or undefined when it can:
 * it was built from another database or before a wholesale reset, the log is
 * behind its position (the log was reset) or was pruned past it, or its
 * position lies in this database's future. A malformed position throws.
 */
export async function snapshotMismatch(db: Kysely<DB>, raw: unknown, ident: DatabaseIdentity): Promise<string | undefined> {
  const meta = raw as Partial<SnapshotMeta>;
  if (meta.feed !== 2 || typeof meta.position?.snapshot !== 'string' || typeof meta.position.seq !== 'number') return 'the snapshot is of an older format';
  if (meta.database !== ident.id) return 'the snapshot was built from another database';
  if (meta.epoch !== ident.epoch) return 'the products were reset since the snapshot was taken';
  const r = await sql<{ max: number | null; min: number | null; ahead: boolean }>`
    select max(seq) as max, min(seq) as min,
           pg_snapshot_xmin(${meta.position.snapshot}::pg_snapshot) > pg_snapshot_xmax(pg_current_snapshot()) as ahead
      from product_changes`.execute(db);
  const row = r.rows[0]!;
  if (meta.position.seq > Number(row.max ?? 0)) return 'the change log is behind the snapshot (it was reset)';
  // The log must still hold every change after the snapshot (it is never pruned past a snapshot's seq).
  if (row.min != null && Number(row.min) > meta.position.seq + 1) return 'the change log no longer holds every change since the snapshot';
  if (row.ahead) return 'the snapshot position lies ahead of this database';
  return undefined;
}
