import { toAscii } from './uscc.ts';

/**
 * A stall address: district–floor–street–number, optionally prefixed by the
 * market code. Accepted written forms (full-width digits and spaces allowed):
 *   2区3楼21街12345   国际商贸城2区3楼21街12345   二区三楼21街12345
 *   D2-F3-S21-12345   ITC-D2-F3-S21-12345   d2 f3 s21 12345   2-3-21-12345
 * Canonical forms: `D2-F3-S21-12345` and `2区3楼21街12345`.
 */
export interface StallAddress {
  market?: string;
  district: number;
  floor: number;
  street: number;
  number: number;
}

export type AddressParse = { ok: true; address: StallAddress } | { ok: false; reason: string };

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → number */
function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : undefined;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

const NUM = '(\\d{1,6}|[一二三四五六七八九十两]{1,3})';
const ZH = new RegExp(`^(?:([^\\d一二三四五六七八九十两]*?))?${NUM}区${NUM}(?:楼|层|F)${NUM}(?:街|街道)${NUM}(?:号|号商位|商位)?$`);
const LATIN = /^(?:([A-Z][A-Z0-9]{1,9})[-\s])?D(\d{1,2})[-\s]?F(\d{1,2})[-\s]?S(\d{1,3})[-\s]?(?:NO\.?)?(\d{1,6})$/;
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{1,3})-(\d{1,6})$/;

/**
 * Parse a typed stall address in any accepted form (see `StallAddress`). Never
 * throws: returns `{ ok: false, reason }` with a reason a person can act on;
 * callers that need an error throw `BAD_ADDRESS` with it (as `findStallByAddress`).
 * @example
 * ```ts
 * const r = parseStallAddress('国际商贸城2区3楼21街12345');
 * if (r.ok) console.log(formatStallAddress(r.address)); // 'D2-F3-S21-12345'
 * ```
 */
export function parseStallAddress(input: string): AddressParse {
  if (typeof input !== 'string' || input.length === 0) return { ok: false, reason: 'address is empty' };
  if (input.length > 100) return { ok: false, reason: 'address is longer than 100 characters' };
  const s = toAscii(input).trim().replace(/\s+/g, ' ');
  const compact = s.replace(/\s+/g, '');
  let parts: [string | undefined, string, string, string, string] | undefined;
  let m = ZH.exec(compact);
  if (m) parts = [m[1] || undefined, m[2]!, m[3]!, m[4]!, m[5]!];
  else if ((m = LATIN.exec(s.toUpperCase().replace(/\s*-\s*/g, '-')))) parts = [m[1], m[2]!, m[3]!, m[4]!, m[5]!];
  else if ((m = DASHED.exec(compact))) parts = [undefined, m[1]!, m[2]!, m[3]!, m[4]!];
  if (!parts) {
    return { ok: false, reason: `"${input.slice(0, 40)}" is not a stall address; write it as 2区3楼21街12345 or D2-F3-S21-12345` };
  }
  const [market, d, f, st, n] = parts;
  const nums = [cnNumber(d), cnNumber(f), cnNumber(st), cnNumber(n)];
  if (nums.some((x) => x === undefined || x <= 0)) return { ok: false, reason: 'district, floor, street and stall number must be positive numbers' };
  const [district, floor, street, number] = nums as [number, number, number, number];
  if (district > 99) return { ok: false, reason: 'district must be 1–99' };
  if (floor > 20) return { ok: false, reason: 'floor must be 1–20' };
  return { ok: true, address: { ...(market ? { market } : {}), district, floor, street, number } };
}

/**
 * Write an address in canonical form, without the market: `latin`
 * (`D2-F3-S21-12345`) or `zh` (`2区3楼21街12345`).
 * @example
 * ```ts
 * formatStallAddress({ district: 2, floor: 3, street: 21, number: 12345 }, 'zh'); // '2区3楼21街12345'
 * ```
 */
export function formatStallAddress(a: StallAddress, style: 'latin' | 'zh' = 'latin'): string {
  return style === 'zh' ? `${a.district}区${a.floor}楼${a.street}街${a.number}` : `D${a.district}-F${a.floor}-S${a.street}-${a.number}`;
}
