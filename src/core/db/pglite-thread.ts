/**
 * PGlite in a worker thread of its own (pglite-worker.mjs), and the main thread's stand-in for it.
 *
 * PGlite runs PostgreSQL as WebAssembly on the thread that created it and executes each
 * statement synchronously there: in the main thread, a 100-row insert of an import held the
 * event loop for up to 0.4–0.8 s. Here the worker owns the database and the main thread sends
 * it requests; `PGliteThread` implements what Kysely's `PGliteDialect` uses of a PGlite object
 * (query with parameters and row mode, transaction, close/closed, ready/waitReady) plus the
 * COPY … FROM '/dev/blob' that database.ts uses for bulk loads (`copyFrom`).
 *
 * Errors cross the thread as their message, name and own fields (SQLSTATE `code`, `constraint`,
 * `column`, `detail`, …) and are rebuilt as an Error with the same fields, so errors.ts maps
 * them as before. The worker is kept referenced only while a request is in flight, so an idle
 * database does not keep the process alive (as PGlite in the main thread did not).
 */
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./pglite-worker.mjs', import.meta.url);

interface Field {
  name: string;
  dataTypeID: number;
}
export interface ThreadResults<T> {
  rows: T[];
  fields: Field[];
  affectedRows?: number;
}
interface PlainError {
  message: string;
  name: string;
  fields: Record<string, unknown>;
}
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: PlainError };

function rebuild(e: PlainError): Error {
  const err = new Error(e.message);
  Object.assign(err, e.fields);
  // `name` is an own field of PGlite's DatabaseError ('error'); keep whatever it was
  Object.defineProperty(err, 'name', { value: e.name, enumerable: Object.hasOwn(e.fields, 'name'), writable: true, configurable: true });
  return err;
}

/** A transaction opened in the worker: statements in it run between its BEGIN and COMMIT/ROLLBACK. */
export interface ThreadTransaction {
  query<T>(query: string, params?: unknown[], options?: { rowMode?: 'array' | 'object' }): Promise<ThreadResults<T>>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

export class PGliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  #nextId = 1;
  #closed = false;
  /** close() has begun: no new statements, and the worker stays referenced until it has ended. */
  #closing: Promise<void> | undefined;
  #ready = false;
  readonly waitReady: Promise<void>;

  private constructor(dataDir: string, postgresqlconf: string[]) {
    // plain JavaScript: no TypeScript loader (tsx) inherited from the process's flags
    this.#worker = new Worker(WORKER, { workerData: { dataDir, postgresqlconf }, execArgv: [] });
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.#worker.once('message', (m: { ready: boolean; error?: PlainError }) => {
        if (m.ready) {
          this.#ready = true;
          this.#worker.on('message', (r: Reply) => this.#reply(r));
          this.#worker.unref();
          resolve();
        } else {
          this.#closed = true;
          reject(rebuild(m.error!));
        }
      });
      this.#worker.once('error', (e) => {
        this.#fail(e);
        reject(e);
      });
      this.#worker.once('exit', (code) => {
        const e = new Error(`the PGlite worker thread exited (code ${code})`);
        this.#fail(e);
        reject(e);
      });
    });
  }

  /** Starts the worker and waits until its database is open (created and initialised if new). */
  static async create(dataDir: string, postgresqlconf: string[] = []): Promise<PGliteThread> {
    const t = new PGliteThread(dataDir, postgresqlconf);
    await t.waitReady;
    return t;
  }

  get ready(): boolean {
    return this.#ready && !this.#closed;
  }

  get closed(): boolean {
    return this.#closed;
  }

  #fail(e: unknown): void {
    this.#closed = true;
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  #reply(r: Reply): void {
    const p = this.#pending.get(r.id);
    if (!p) return;
    this.#pending.delete(r.id);
    if (this.#pending.size === 0 && this.#closing === undefined) this.#worker.unref();
    if (r.ok) p.resolve(r.result);
    else p.reject(rebuild(r.error));
  }

  #send<T>(op: string, fields: Record<string, unknown> = {}): Promise<T> {
    if (this.#closed || (this.#closing !== undefined && op !== 'close')) return Promise.reject(new Error('PGlite is closed'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ id, op, ...fields });
    });
  }

  query<T>(query: string, params: unknown[] = [], options?: { rowMode?: 'array' | 'object' }): Promise<ThreadResults<T>> {
    return this.#send('query', { sql: query, params, rowMode: options?.rowMode });
  }

  /** Runs `COPY … FROM '/dev/blob'` with `text` as the blob (database.ts's bulk load). */
  copyFrom(query: string, text: string): Promise<ThreadResults<never>> {
    return this.#send('copyFrom', { sql: query, text });
  }

  /** Runs statements without parameters (simple protocol, several allowed). */
  exec(query: string): Promise<ThreadResults<unknown>[]> {
    return this.#send('exec', { sql: query });
  }

  /** As PGlite's `transaction`: BEGIN, the body, COMMIT (ROLLBACK when the body throws); other statements wait meanwhile. */
  async transaction<T>(body: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const txId = await this.#send<number>('begin');
    let closed = false;
    const check = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx: ThreadTransaction = {
      query: async (query, params = [], options) => {
        check();
        return await this.#send('query', { sql: query, params, rowMode: options?.rowMode, tx: txId });
      },
      rollback: async () => {
        check();
        closed = true;
        await this.#send('end', { tx: txId, commit: false });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await body(tx);
    } catch (e) {
      if (!closed) {
        closed = true;
        await this.#send('end', { tx: txId, commit: false });
      }
      throw e;
    }
    if (!closed) {
      closed = true;
      await this.#send('end', { tx: txId, commit: true });
    }
    return result;
  }

  /** Closes the database (a clean shutdown: checkpoint) and ends the worker. */
  close(): Promise<void> {
    if (this.#closed && !this.#closing) return Promise.resolve();
    this.#closing ||= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#worker.ref();
    try {
      await this.#send('close');
    } finally {
      this.#closed = true;
      this.#worker.removeAllListeners('exit');
      this.#worker.removeAllListeners('error');
      this.#worker.on('error', () => {});
      await this.#worker.terminate();
      // statements still waiting (sent by other callers while closing) fail, as they would on a closed PGlite, instead of never settling
      this.#fail(new Error('PGlite is closed'));
    }
  }
}
