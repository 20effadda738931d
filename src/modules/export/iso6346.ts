/**
 * ISO 6346 container numbers: owner code (3 letters), equipment category
 * identifier (U: freight container), serial number (6 digits) and a check
 * digit (docs/export.md, "Container numbers"). Pure.
 */
import { AppError } from '../../core/errors.ts';

/**
 * The value of a character in the check-digit sum: digits are themselves;
 * letters run from A = 10 upward, skipping the multiples of 11 (11, 22, 33),
 * so A = 10, B = 12 … K = 21, L = 23 … U = 32, V = 34 … Z = 38.
 */
export function charValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code < 65 || code > 90 || c.length !== 1) throw new RangeError(`"${c}" is not a digit or a capital letter`);
  const n = 10 + (code - 65); // 10 … 35 before skipping
  return n + Math.floor((n - 1) / 10); // one more for each multiple of 11 passed: B = 12, L = 23, V = 34
}

/**
 * The check digit of the first 10 characters (owner code, category, serial):
 * Σ value(cᵢ) × 2ⁱ (i = 0 … 9), modulo 11, and a remainder of 10 is written 0.
 * @example
 * ```ts
 * iso6346CheckDigit('CSQU305438'); // 3 (CSQU3054383, the standard's example)
 * ```
 */
export function iso6346CheckDigit(first10: string): number {
  if (!/^[A-Z]{4}[0-9]{6}$/.test(first10)) throw new RangeError(`"${first10}" is not an owner code, a category and 6 digits`);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += charValue(first10[i]!) * 2 ** i;
  return (sum % 11) % 10;
}

/** The shape of a freight container number: 3 letters, U, 7 digits. */
export const CONTAINER_NUMBER = /^[A-Z]{3}U[0-9]{7}$/;

/** Whether a container number has the ISO 6346 shape (category U) and its check digit is right. */
export function isContainerNumber(s: string): boolean {
  return CONTAINER_NUMBER.test(s) && iso6346CheckDigit(s.slice(0, 10)) === Number(s[10]);
}

/**
 * Read a container number as people write it ("csqu 305438-3", "CSQU3054383"):
 * spaces and hyphens are dropped, letters upper-cased. VALIDATION names what is
 * wrong: the shape, the category, or the check digit (with the right one).
 */
export function parseContainerNumber(raw: string): string {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{4}[0-9]{7}$/.test(s))
    throw new AppError('VALIDATION', `"${raw}" is not a container number: an owner code of 3 letters, U, 6 serial digits and a check digit, e.g. CSQU3054383`);
  if (s[3] !== 'U') throw new AppError('VALIDATION', `"${raw}": the category is ${s[3]}; a freight container's is U`);
  const want = iso6346CheckDigit(s.slice(0, 10));
  if (Number(s[10]) !== want) throw new AppError('VALIDATION', `"${raw}": the check digit is ${s[10]}, ISO 6346 gives ${want} for ${s.slice(0, 10)}`);
  return s;
}

/**
 * A complete container number from an owner code and a serial.
 * @example
 * ```ts
 * containerNumber('CSQ', 305438); // 'CSQU3054383'
 * ```
 */
export function containerNumber(owner: string, serial: number): string {
  const first10 = `${owner}U${String(serial).padStart(6, '0')}`;
  return `${first10}${iso6346CheckDigit(first10)}`;
}
