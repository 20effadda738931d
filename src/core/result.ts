/**
 * The one result type for pure computations whose failure is an ordinary
 * outcome that callers inspect or combine (the index formulas, the analysts'
 * observations CSV). The failure is always an AppError with a stable code;
 * a caller that cannot handle it throws it (`unwrap`). Everything else throws
 * AppError directly (docs/architecture.md, "Errors").
 */
import type { AppError } from './errors.ts';

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = (error: AppError): { readonly ok: false; readonly error: AppError } => ({ ok: false, error });

/** The value, or the failure thrown. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}
