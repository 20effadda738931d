/**
 * Bounded pools of worker threads for CPU-heavy work (spreadsheet parsing,
 * index series, load plans), so that the event loop that answers requests is
 * never blocked by them.
 *
 * A pool has a fixed number of workers and a bounded queue. When every worker
 * is busy and the queue is full, `run` refuses at once with `BUSY` (HTTP 503)
 * and a `retryAfterSeconds` hint, instead of letting work pile up without
 * limit. A job that runs past its time limit has its worker terminated (and
 * replaced) and fails with `BUSY`; a worker that crashes (e.g. out of its heap
 * limit) fails only its own job.
 *
 * A task is a named export of a module: the worker imports the module and calls
 * `fn(payload)`; the result must be structured-cloneable. An `AppError` thrown
 * in the worker is re-created as an `AppError` with the same code and details.
 * A TypeScript task module is bundled into plain JavaScript once per process
 * (work-pool-bundle.ts) and sent to each worker once, so workers do not load
 * tsx; if it cannot be bundled, the worker loads it through tsx as before.
 *
 * @example
 * const pool = new WorkPool({ name: 'sheets', size: 1, maxQueue: 4 });
 * const rows = await pool.run(new URL('./read.ts', import.meta.url), 'readRows', { bytes }, { timeoutMs: 10_000 });
 */
import { type Transferable, Worker } from 'node:worker_threads';
import { AppError, ERROR_STATUS, type ErrorCode } from './errors.ts';
import { workerBundle } from './work-pool-bundle.ts';

export interface WorkPoolOptions {
  /** Shown in messages and logs. */
  name: string;
  /** Worker threads (default 1). */
  size?: number;
  /** Jobs that may wait for a worker; more are refused with BUSY (default 8). */
  maxQueue?: number;
  /** Heap limit of each worker in MB (default 512): a runaway job dies alone. */
  maxHeapMb?: number;
  /** Seconds suggested to a refused caller (default 5). */
  retryAfterSeconds?: number;
  /** Young-generation limit of each worker in MB (default: V8's choice); a small one keeps a worker that churns through short-lived data small. */
  maxYoungMb?: number;
}

export interface RunOptions {
  /** Wall-clock limit from the moment a worker takes the job (default 60 s). */
  timeoutMs?: number;
  /** Transfer these (buffers, message ports) to the worker instead of copying them. */
  transfer?: Transferable[];
}

interface Job {
  module: string;
  fn: string;
  payload: unknown;
  opts: RunOptions;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker | undefined;
  busy: boolean;
  /** Modules whose bundle this worker already has. */
  loaded: Set<string>;
}

interface WorkerReply {
  ok: boolean;
  value?: unknown;
  /** An AppError crosses by its code (work-pool-boot.mjs); anything else by its message only. */
  error?: { code?: string; message: string; details?: unknown };
}

const BOOT = new URL('./work-pool-boot.mjs', import.meta.url);

export class WorkPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly maxQueue: number;
  private readonly maxHeapMb: number;
  private readonly retryAfter: number;
  private closed = false;

  constructor(private readonly opts: WorkPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.size ?? 1) }, () => ({ worker: undefined, busy: false, loaded: new Set<string>() }));
    this.maxQueue = opts.maxQueue ?? 8;
    this.maxHeapMb = opts.maxHeapMb ?? 512;
    this.retryAfter = opts.retryAfterSeconds ?? 5;
  }

  /** Jobs running and waiting now. */
  load(): { running: number; queued: number; size: number; maxQueue: number } {
    return { running: this.slots.filter((s) => s.busy).length, queued: this.queue.length, size: this.slots.length, maxQueue: this.maxQueue };
  }

  /** Run `fn(payload)` from `module` in a worker; refuses with BUSY when the queue is full. */
  run<T>(module: URL | string, fn: string, payload: unknown, opts: RunOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(new AppError('BUSY', `${this.opts.name}: the server is shutting down`, { retryAfterSeconds: this.retryAfter }));
    const free = this.slots.find((s) => !s.busy);
    if (!free && this.queue.length >= this.maxQueue) {
      return Promise.reject(
        new AppError('BUSY', `${this.opts.name}: ${this.slots.length + this.queue.length} jobs are already running or waiting; try again in a few seconds`, {
          retryAfterSeconds: this.retryAfter,
          queue: this.maxQueue,
        }),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = { module: String(module), fn, payload, opts, resolve: resolve as (v: unknown) => void, reject };
      if (free) this.start(free, job);
      else this.queue.push(job);
    });
  }

  private start(slot: Slot, job: Job): void {
    slot.busy = true;
    // the module's bundle is made once per process (the first job waits for it); the job's time limit starts when a worker takes it
    void workerBundle(job.module).then((code) => {
      try {
        if (this.closed) throw new AppError('BUSY', `${this.opts.name}: the server is shutting down`, { retryAfterSeconds: this.retryAfter });
        this.launch(slot, job, code);
      } catch (e) {
        // no worker could be started for it: the job fails alone and the slot takes the next one
        slot.busy = false;
        job.reject(e);
        const next = this.queue.shift();
        if (next) this.start(slot, next);
      }
    });
  }

  private launch(slot: Slot, job: Job, code: string | undefined): void {
    if (!slot.worker) {
      slot.worker = new Worker(BOOT, {
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, ...(this.opts.maxYoungMb ? { maxYoungGenerationSizeMb: this.opts.maxYoungMb } : {}) },
      });
      slot.loaded = new Set();
    }
    const w = slot.worker;
    w.ref(); // a busy worker keeps the process alive until its job is done …
    let settled = false;
    const finish = (fnOk: () => void, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (!keepWorker) {
        slot.worker = undefined;
        void w.terminate();
      } else w.unref(); // … an idle one does not (a CLI command exits as soon as its work is done)
      fnOk();
      slot.busy = false;
      const next = this.queue.shift();
      if (next) this.start(slot, next);
    };
    const onMessage = (m: WorkerReply) => {
      if (m.ok) finish(() => job.resolve(m.value), true);
      else finish(() => job.reject(reviveError(m.error, this.opts.name)), true);
    };
    const onError = (e: Error) =>
      finish(
        () =>
          job.reject(
            isOutOfMemory(e) ? new AppError('PAYLOAD_TOO_LARGE', `${this.opts.name}: the job needs more memory than allowed (${this.maxHeapMb} MB)`) : e,
          ),
        false,
      );
    const onExit = (code: number) => finish(() => job.reject(new Error(`${this.opts.name}: worker stopped (exit ${code})`)), false);
    const limit = job.opts.timeoutMs ?? 60_000;
    const timer = setTimeout(
      () =>
        finish(
          () =>
            job.reject(
              new AppError('BUSY', `${this.opts.name}: the job took longer than ${Math.round(limit / 1000)} s and was stopped`, {
                retryAfterSeconds: this.retryAfter,
                timeoutMs: limit,
              }),
            ),
          false,
        ),
      limit,
    );
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    // the bundle's text goes to each worker once; without one the worker loads the module through tsx
    const send = code !== undefined && !slot.loaded.has(job.module) ? code : undefined;
    if (code !== undefined) slot.loaded.add(job.module);
    try {
      w.postMessage({ module: job.module, code: send, fn: job.fn, payload: job.payload }, job.opts.transfer ?? []);
    } catch (e) {
      // a payload that cannot be sent (not cloneable): the job fails, the worker stays
      if (send !== undefined) slot.loaded.delete(job.module);
      finish(() => job.reject(e), true);
    }
  }

  /** Stop every worker; queued jobs fail with BUSY. */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0))
      j.reject(new AppError('BUSY', `${this.opts.name}: the server is shutting down`, { retryAfterSeconds: this.retryAfter }));
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}

function isOutOfMemory(e: Error): boolean {
  return (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(e.message);
}

function reviveError(e: WorkerReply['error'], pool: string): Error {
  if (e?.code && e.code in ERROR_STATUS) return new AppError(e.code as ErrorCode, e.message, e.details);
  return new Error(`${pool}: ${e?.message ?? 'the worker failed'}`);
}
