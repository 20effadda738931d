/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters from the 31-character set 0-9 A-H J-N P-R T U W X Y (no I, O,
 * S, V, Z): registration authority (1), entity type (1), administrative
 * division (6 digits), organisation code (9, GB 11714), check character (1).
 * The check character is C18 = 31 − (Σ Ci·Wi mod 31), Wi = 3^(i−1) mod 31,
 * with 31 written as '0'.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccCheck = { ok: true; code: string } | { ok: false; reason: string };

/**
 * The check character for the first 17 characters.
 * @example
 * ```ts
 * const code = first17 + usccCheckChar(first17);
 * ```
 */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) throw new RangeError(`invalid character at position ${i + 1}`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[c] ?? '0';
}

/**
 * Normalises (trim, upper case, full-width to ASCII) and validates.
 * Never throws: returns `{ ok: false, reason }` for a bad code (callers throw `BAD_USCC`).
 * @example
 * ```ts
 * const r = checkUscc(typed); // ' 91330782…' and full-width forms are accepted
 * if (!r.ok) throw new AppError('BAD_USCC', r.reason);
 * ```
 */
export function checkUscc(input: string): UsccCheck {
  const code = toAscii(input).trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `must be 18 characters, got ${code.length}` };
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i] ?? '')) {
      return { ok: false, reason: `character '${code[i]}' at position ${i + 1} is not allowed (I, O, S, V, Z never occur)` };
    }
  }
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return { ok: false, reason: 'positions 3–8 must be the 6-digit administrative division code' };
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, reason: `check character should be '${expected}', not '${code[17]}'` };
  return { ok: true, code };
}

export function toAscii(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A valid code built from a number (for demo and test data): authority 9
 * (industry & commerce), type 1 (enterprise) or 2 (individual business),
 * Yiwu's division code 330782.
 * @example
 * ```ts
 * const code = makeUscc(1, '2'); // an 18-character code starting '92330782'
 * ```
 */
export function makeUscc(n: number, type: '1' | '2' = '1'): string {
  let body = '';
  let x = Math.abs(Math.trunc(n));
  for (let i = 0; i < 9; i++) {
    body = (USCC_CHARSET[i === 8 ? x % 10 : x % 31] ?? '0') + body;
    x = Math.floor(x / (i === 8 ? 10 : 31));
  }
  const first17 = `9${type}330782${body}`;
  return first17 + usccCheckChar(first17);
}
