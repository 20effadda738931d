/** Tasks for work-pool.test.ts: run inside the pool's workers. */
import { AppError } from './errors.ts';

export function echo(x: unknown): unknown {
  return x;
}

/** Keep the worker's thread busy until `ms` have passed (or until it is terminated). */
export function spin(ms: number): number {
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) n++;
  return n;
}

/** Wait for a message that never comes: the job ends only when the pool gives up on it. */
export function hang(): Promise<never> {
  return new Promise(() => {});
}

export function refuse(): never {
  throw new AppError('VALIDATION', 'the payload was refused in the worker', { field: 'x' });
}

/** A service-style zod parse that fails inside the worker (a ZodError, not an AppError). */
export async function zodRefuse(): Promise<never> {
  const { z } = await import('zod');
  z.strictObject({ count: z.number() }).parse({ count: 'many' });
  throw new Error('unreachable');
}
