import { T2S } from './t2s-data.ts';

/**
 * Text normalisation shared by indexing and querying, so that both sides see
 * the same characters: Unicode NFKC (full-width Latin and digits → ASCII,
 * compatibility forms), lower case, traditional → simplified Chinese for the
 * characters in t2s-data.ts, control characters → space, runs of white space
 * collapsed.
 */
export function normalizeText(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  // Control characters (C0, C1, zero-width, bidi controls) become spaces.
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ');
  if (/[\u3400-\u9fff]/.test(s)) {
    let out = '';
    for (const ch of s) out += T2S.get(ch) ?? ch;
    s = out;
  }
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
