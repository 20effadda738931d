/**
 * Checkouts written together. Each checkout is one call of
 * `trade_checkout_place` (trade migration 025); when several buyers check out
 * at once, the checkouts that arrive while earlier ones are being written are
 * gathered and placed by one call of `trade_checkout_batch` (migration 028):
 * one round trip, one statement to parse and plan and one commit for all of
 * them, each checkout in its own subtransaction so that one refused (stock
 * short, terms changed) undoes only itself.
 *
 * At most MAX_IN_FLIGHT statements per database are in flight, so a checkout
 * that finds the line free goes at once, alone (a quiet market sees no
 * batching and no added wait); the rest wait for a statement to finish and
 * then go together, at most MAX_BATCH at a time. A checkout never waits for
 * a timer, only for the statements ahead of it.
 *
 * Inside a caller's transaction a checkout is placed on its own, in that
 * transaction: a batch is its own transaction, so it never mixes with one.
 * When a batch fails as a whole (an error other than the two refusals, a
 * deadlock with another process, a lost connection), its checkouts are
 * placed again one by one, so each gets its own answer.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/** The arguments of one `trade_checkout_place` call (JSON ones as values, serialised here). */
export interface PlaceArgs {
  buyer: number;
  key: string;
  hash: string;
  totals: unknown;
  user: number | null;
  role: string;
  fromList: boolean;
  ids: number[];
  qtys: number[];
  terms: unknown;
  orders: unknown;
  lines: unknown;
}

/** The row `trade_checkout_place` returns: no purchase when the key was used before. */
export interface PlaceRow {
  purchase_id: number | null;
  created_at: Date | string | null;
  orders: unknown[] | null;
}

/** A refusal raised by the function: its message (`trade_checkout_stale`, `trade_checkout_short`) and DETAIL, as the driver reports them. */
export class PlaceRefused extends Error {
  constructor(
    message: string,
    readonly detail: string | undefined,
  ) {
    super(message);
  }
}

/** Statements in flight per database (2: one being written while the next is parsed, on a 2-core server). */
const MAX_IN_FLIGHT = 2;
/** Checkouts per statement at most (each is a subtransaction; PostgreSQL caches 64 per transaction). */
const MAX_BATCH = 32;

interface Waiting {
  args: PlaceArgs;
  resolve(row: PlaceRow): void;
  reject(e: unknown): void;
}

/** What a database's line has done: statements sent, checkouts placed through them, the largest batch. */
export interface LineStats {
  statements: number;
  checkouts: number;
  largestBatch: number;
  /** Batches that failed as a whole, whose checkouts were then placed one by one. */
  fallbacks: number;
}

class Line {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  readonly stats: LineStats = { statements: 0, checkouts: 0, largestBatch: 0, fallbacks: 0 };
  constructor(private readonly db: Kysely<DB>) {}

  place(args: PlaceArgs): Promise<PlaceRow> {
    return new Promise<PlaceRow>((resolve, reject) => {
      this.waiting.push({ args, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      this.stats.statements++;
      this.stats.checkouts += batch.length;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      const w = batch[0]!;
      await placeOne(this.db, w.args).then(w.resolve, w.reject);
      return;
    }
    const { settled, fellBack } = await placeTogether(
      this.db,
      batch.map((w) => w.args),
    );
    if (fellBack) this.stats.fallbacks++;
    settled.forEach((s, i) => (s.status === 'fulfilled' ? batch[i]!.resolve(s.value) : batch[i]!.reject(s.reason)));
  }
}

/**
 * Place `batch` in one statement and one transaction (trade_checkout_batch); per checkout its row or its refusal
 * (PlaceRefused). When the statement fails as a whole, every checkout is placed again on its own and answers for itself.
 */
async function placeTogether(db: Kysely<DB>, batch: readonly PlaceArgs[]): Promise<{ settled: PromiseSettledResult<PlaceRow>[]; fellBack: boolean }> {
  let rows: (PlaceRow & { n: number; failure: string | null; failure_detail: string | null })[];
  try {
    rows = (await sql<(typeof rows)[number]>`select * from trade_checkout_batch(${JSON.stringify(batch)}::jsonb)`.execute(db)).rows;
  } catch {
    // Nothing of the batch was written: each checkout again on its own, with its own answer.
    return { settled: await Promise.allSettled(batch.map((a) => placeOne(db, a))), fellBack: true };
  }
  const out: PromiseSettledResult<PlaceRow>[] = batch.map(() => ({
    status: 'rejected',
    reason: new Error('trade_checkout_batch returned no row for this checkout'),
  }));
  for (const r of rows) {
    out[r.n] =
      r.failure !== null
        ? { status: 'rejected', reason: new PlaceRefused(r.failure, r.failure_detail ?? undefined) }
        : { status: 'fulfilled', value: { purchase_id: r.purchase_id, created_at: r.created_at, orders: r.orders } };
  }
  return { settled: out, fellBack: false };
}

const lineOf = new WeakMap<object, Line>();

/**
 * Place one checkout: gathered with concurrent ones on `db`'s own line, or alone inside a caller's transaction.
 * Refusals come back as PlaceRefused (from a batch) or as the driver's error (alone), both with `message` and `detail`.
 */
export function placeCheckout(db: Kysely<DB>, args: PlaceArgs): Promise<PlaceRow> {
  if (db.isTransaction) return placeOne(db, args);
  let line = lineOf.get(db);
  if (!line) lineOf.set(db, (line = new Line(db)));
  return line.place(args);
}

/** The line's figures for `db` (a copy; zeros before its first checkout): how much the checkouts were gathered. */
export function checkoutLineStats(db: Kysely<DB>): LineStats {
  return { ...(lineOf.get(db)?.stats ?? { statements: 0, checkouts: 0, largestBatch: 0, fallbacks: 0 }) };
}

async function placeOne(db: Kysely<DB>, a: PlaceArgs): Promise<PlaceRow> {
  const res = await sql<PlaceRow>`select * from trade_checkout_place(${a.buyer}::bigint, ${a.key}, ${a.hash}, ${JSON.stringify(a.totals)}::jsonb,
      ${a.user}::bigint, ${a.role}, ${a.fromList}, ${sql.val(a.ids)}::bigint[], ${sql.val(a.qtys)}::int[],
      ${JSON.stringify(a.terms)}::jsonb, ${JSON.stringify(a.orders)}::jsonb, ${JSON.stringify(a.lines)}::jsonb)`.execute(db);
  return res.rows[0]!;
}
