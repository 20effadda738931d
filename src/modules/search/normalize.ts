import { T2S } from './t2s-data.ts';

/**
 * Text normalisation shared by indexing and querying, so that both sides see
 * the same characters: Unicode NFKC (full-width Latin and digits → ASCII,
 * compatibility forms), lower case, traditional → simplified Chinese for the
 * characters in t2s-data.ts, control characters → space, runs of white space
 * collapsed.
 */
const COMPAT = /[\u00a0-\u00bf\u2000-\u2bff\u3200-\u33ff\uf900-\ufaff\ufe10-\ufe6f\uff5f-\uffef]/;
const FULLWIDTH = /[\uff01-\uff5e\u3000]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const T2S_RE = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');

/**
 * Normalise text for indexing and querying alike (NFKC, lower case, traditional →
 * simplified, controls → space, white space collapsed; see the note above).
 * @example
 * ```ts
 * normalizeText('ＡＢＣ　毛絨玩具'); // 'abc 毛绒玩具'
 * ```
 */
export function normalizeText(input: string): string {
  // NFKC only where compatibility characters occur (it is the slowest step); full-width ASCII is mapped directly.
  let s = COMPAT.test(input) ? input.normalize('NFKC') : input;
  s = s.replace(FULLWIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))).toLowerCase();
  s = s.replace(CONTROLS, ' ');
  s = s.replace(T2S_RE, (ch) => T2S.get(ch) ?? ch);
  return s.replace(/\s+/g, ' ').trim();
}

/** True for a CJK unified ideograph (basic block and extension A). */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

export interface Run {
  text: string;
  /** Offset in the normalised string. */
  start: number;
  kind: 'cjk' | 'latin';
}

/**
 * Splits normalised text into runs of Chinese characters and runs of Latin
 * letters/digits (with inner '-', '.', '+' kept when between alphanumerics, as
 * in "t-shirt", "0.5mm", "abs+pc"). Everything else separates runs.
 */
export function splitRuns(s: string): Run[] {
  const runs: Run[] = [];
  const re = /[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9\u00c0-\u024f]+(?:[-.+'][a-z0-9\u00c0-\u024f]+)*/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const c = m[0].charCodeAt(0);
    runs.push({ text: m[0], start: m.index, kind: isCjkCode(c) ? 'cjk' : 'latin' });
  }
  return runs;
}
