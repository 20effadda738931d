/**
 * Caller input is parsed with zod inside the services; a ZodError never leaves
 * a service: `parseInput` throws AppError('VALIDATION', '<path>: <message>',
 * { issues }) instead, the same answer the HTTP layer gives for a bad request.
 */
import type { z } from 'zod';
import { fromZodError } from './errors.ts';

/** `schema.parse(raw)`, with a failure as AppError VALIDATION; `what` names the input when an issue has no path. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what = 'input'): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw fromZodError(r.error, what);
  return r.data;
}
