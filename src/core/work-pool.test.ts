import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from './errors.ts';
import { WorkPool } from './work-pool.ts';

const TASKS = new URL('./work-pool-fixture.ts', import.meta.url);

test('a flood of heavy jobs beyond the queue is refused at once with BUSY and a retry hint', async () => {
  const pool = new WorkPool({ name: 'test', size: 1, maxQueue: 2, retryAfterSeconds: 7 });
  try {
    const accepted = [pool.run(TASKS, 'hang', null, { timeoutMs: 60_000 }), pool.run(TASKS, 'hang', null), pool.run(TASKS, 'hang', null)];
    for (const p of accepted) p.catch(() => {});
    assert.deepEqual(pool.load(), { running: 1, queued: 2, size: 1, maxQueue: 2 });
    await assert.rejects(pool.run(TASKS, 'echo', 1), (e: unknown) => e instanceof AppError && e.code === 'BUSY' && e.retryAfterSeconds === 7);
  } finally {
    await pool.close();
  }
});

test('a job that never ends is stopped at its time limit and the next job still runs', async () => {
  const pool = new WorkPool({ name: 'test', size: 1, maxQueue: 2 });
  try {
    const stuck = pool.run(TASKS, 'hang', null, { timeoutMs: 300 });
    const next = pool.run<string>(TASKS, 'echo', 'after');
    await assert.rejects(stuck, (e: unknown) => e instanceof AppError && e.code === 'BUSY' && /longer than/.test(e.message));
    assert.equal(await next, 'after');
  } finally {
    await pool.close();
  }
});

test('an AppError thrown in a worker reaches the caller with its code and details', async () => {
  const pool = new WorkPool({ name: 'test' });
  try {
    await assert.rejects(
      pool.run(TASKS, 'refuse', null),
      (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && (e.details as { field: string }).field === 'x',
    );
    assert.deepEqual(await pool.run(TASKS, 'echo', { a: [1, 2] }), { a: [1, 2] });
  } finally {
    await pool.close();
  }
});

test('the event loop keeps answering while a worker spins', async () => {
  const pool = new WorkPool({ name: 'test' });
  let settled = false;
  try {
    // A job that keeps its thread busy for a minute: the main thread must still run timers meanwhile (ordering, not timing).
    const job = pool.run<number>(TASKS, 'spin', 60_000, { timeoutMs: 120_000 });
    job.then(
      () => (settled = true),
      () => (settled = true),
    );
    const answered = await new Promise<string>((resolve) => setTimeout(() => resolve('answered'), 50));
    assert.equal(answered, 'answered');
    assert.equal(settled, false, 'the timer fired while the worker was still spinning');
    assert.deepEqual(pool.load().running, 1);
  } finally {
    await pool.close();
  }
});

test('a ZodError thrown in a worker crosses the thread as VALIDATION by its code, not as a generic 500', async () => {
  const pool = new WorkPool({ name: 'test' });
  try {
    await assert.rejects(pool.run(TASKS, 'zodRefuse', null), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && /^count: /.test(e.message));
  } finally {
    await pool.close();
  }
});
