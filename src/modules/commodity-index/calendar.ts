/**
 * The collection calendar of the commodity index: ISO 8601 weeks (Monday to
 * Sunday, labelled YYYY-Www), prices collected twice a week on Monday and
 * Thursday. An observation made on another day belongs to the next
 * collection day (an order confirmed on Tuesday is collected on Thursday; one
 * on Friday–Sunday on the next Monday, i.e. in the next week).
 */
import { AppError } from '../../core/errors.ts';

const DAY = 86_400_000;
export const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;
/** ISO weekday numbers (Monday = 1) of the collection days. */
export const COLLECTION_DAYS = [1, 4] as const;

const toUtc = (date: string): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new AppError('VALIDATION', `not a date (YYYY-MM-DD): ${date}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) throw new AppError('VALIDATION', `not a calendar date: ${date}`);
  return t;
};
export const isoDate = (t: number): string => new Date(t).toISOString().slice(0, 10);
/**
 * `date` (YYYY-MM-DD) plus `days` (negative goes back). Throws `VALIDATION` for a date that does not exist.
 * @example
 * ```ts
 * addDays('2025-02-27', 3); // '2025-03-02'
 * ```
 */
export const addDays = (date: string, days: number): string => isoDate(toUtc(date) + days * DAY);
/** ISO weekday, Monday = 1 … Sunday = 7. */
export const weekday = (date: string): number => ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;
/**
 * The Monday of the week of `date`.
 * @example
 * ```ts
 * mondayOf('2025-02-13'); // '2025-02-10'
 * ```
 */
export const mondayOf = (date: string): string => addDays(date, 1 - weekday(date));

/**
 * `date` → its ISO week label, e.g. 2024-12-30 → 2025-W01.
 * @example
 * ```ts
 * weekLabel('2024-12-30'); // '2025-W01'
 * ```
 */
export function weekLabel(date: string): string {
  const monday = toUtc(mondayOf(date));
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const week1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const n = Math.round((monday - week1) / (7 * DAY)) + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}

/**
 * ISO week label → its Monday. Refuses weeks that do not exist (e.g. 2025-W53).
 * Throws `VALIDATION` for a malformed label or a week that does not exist.
 * @example
 * ```ts
 * weekStart('2025-W07'); // '2025-02-10'
 * ```
 */
export function weekStart(label: string): string {
  const m = WEEK_LABEL.exec(label);
  if (!m) throw new AppError('VALIDATION', `a week is written YYYY-Www (e.g. 2025-W07), not "${label}"`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const week1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const monday = isoDate(week1 + (n - 1) * 7 * DAY);
  if (n < 1 || weekLabel(monday) !== label) throw new AppError('VALIDATION', `week ${label} does not exist`);
  return monday;
}

/** ISO year of a week's Monday (the weight year). */
export const isoYearOf = (monday: string): number => Number(weekLabel(monday).slice(0, 4));

/**
 * The collection day an observation made on `date` is collected on.
 * @example
 * ```ts
 * const day = collectionDateOf('2025-02-12'); // a Monday or Thursday (COLLECTION_DAYS)
 * ```
 */
export function collectionDateOf(date: string): string {
  const d = weekday(date);
  if (d === 1 || d === 4) return date;
  return d < 4 ? addDays(date, 4 - d) : addDays(date, 8 - d);
}

/**
 * Collection days (Mon, Thu) of the week starting on `monday`.
 * @example
 * ```ts
 * collectionDays('2025-02-10'); // ['2025-02-10', '2025-02-13']
 * ```
 */
export const collectionDays = (monday: string): string[] => COLLECTION_DAYS.map((d) => addDays(monday, d - 1));

/**
 * The last complete week before `now` (its Monday): the week the scheduler publishes.
 * @example
 * ```ts
 * const monday = lastCompleteWeek(new Date());
 * ```
 */
export function lastCompleteWeek(now: Date): string {
  return addDays(mondayOf(isoDate(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))), -7);
}

/**
 * Mondays from `first` to `last`, inclusive.
 * @example
 * ```ts
 * weeksBetween('2025-02-03', '2025-02-17'); // ['2025-02-03', '2025-02-10', '2025-02-17']
 * ```
 */
export function weeksBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let w = first; w <= last; w = addDays(w, 7)) out.push(w);
  return out;
}
