import { AppError } from '../../core/errors.ts';

/** An evaluation period: a calendar quarter, written `2026Q3`. */
export interface Period {
  id: string;
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Day after the last, exclusive (YYYY-MM-DD). */
  to: string;
}

const PERIOD = /^(\d{4})Q([1-4])$/;

/**
 * Parse `2026Q3` into its first day and the day after its last. Throws `VALIDATION`.
 * @example
 * ```ts
 * parsePeriod('2026Q3'); // { id: '2026Q3', from: '2026-07-01', to: '2026-10-01' }
 * ```
 */
export function parsePeriod(id: string): Period {
  const m = PERIOD.exec(id);
  if (!m) throw new AppError('VALIDATION', `period ${JSON.stringify(id)} is not a quarter such as 2026Q3`);
  const y = Number(m[1]);
  const q = Number(m[2]);
  const month = (q - 1) * 3 + 1;
  const next = q === 4 ? `${y + 1}-01-01` : `${y}-${String(month + 3).padStart(2, '0')}-01`;
  return { id, from: `${y}-${String(month).padStart(2, '0')}-01`, to: next };
}

/** The quarter `n` quarters before (negative: after) `id`. */
export function shiftPeriod(id: string, n: number): string {
  parsePeriod(id);
  const y = Number(id.slice(0, 4));
  const q = Number(id.slice(5));
  const k = y * 4 + (q - 1) - n;
  return `${Math.floor(k / 4)}Q${(k % 4) + 1}`;
}

/** The quarter a date (YYYY-MM-DD) falls in. */
export function periodOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The date `days` days after `date` (YYYY-MM-DD, UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
}
