import { z } from 'zod';

/** `:id` path parameter: a positive safe integer. */
export const IdParams = z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
