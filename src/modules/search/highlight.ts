import { stemEn } from './english.ts';
import { normalizeText } from './normalize.ts';
import { T2S } from './t2s-data.ts';
import type { HighlightRange } from './types.ts';

/** Traditional → simplified by UTF-16 code (single-character pairs: every entry of T2S). */
let t2sCodes: Map<number, number> | undefined;
function t2sCode(c: number): number {
  if (!t2sCodes) {
    t2sCodes = new Map();
    for (const [t, s] of T2S) if (t.length === 1 && s.length === 1) t2sCodes.set(t.charCodeAt(0), s.charCodeAt(0));
  }
  return t2sCodes.get(c) ?? c;
}

/** Scratch for one title: the normalised code units and, for each, the offset of the title character it came from. */
let normCodes = new Uint16Array(256);
let normFrom = new Int32Array(256);

/**
 * Highlighting of matched terms in a title. The title is normalised character
 * by character (so offsets map back to the original text); Chinese terms are
 * found as substrings, Latin words by their stems. Called for every hit of a
 * page, so it allocates little: the normalised text is built in reused typed
 * arrays and made a string once.
 */
export function highlightRanges(title: string, zhTerms: readonly string[], enStems: ReadonlySet<string>): HighlightRange[] {
  if (!title) return [];
  let n = 0;
  const put = (code: number, pos: number) => {
    if (n === normCodes.length) {
      const c = new Uint16Array(n * 2);
      c.set(normCodes);
      normCodes = c;
      const f = new Int32Array(n * 2);
      f.set(normFrom);
      normFrom = f;
    }
    normCodes[n] = code;
    normFrom[n++] = pos;
  };
  for (let pos = 0; pos < title.length; pos++) {
    const c = title.charCodeAt(pos);
    if (c < 0x80) put(c >= 65 && c <= 90 ? c + 32 : Math.max(c, 32), pos);
    else if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      put(a >= 65 && a <= 90 ? a + 32 : a, pos);
    } else if (c >= 0xd800 && c <= 0xdfff) put(32, pos);
    else if (c >= 0x3400 && c <= 0x9fff) put(t2sCode(c), pos);
    else {
      const t = t2sCode(c);
      if (t !== c) put(t, pos);
      else {
        const m = normalizeText(title[pos]!) || ' ';
        for (let i = 0; i < m.length; i++) put(m.charCodeAt(i), pos);
      }
    }
  }
  let norm = '';
  for (let i = 0; i < n; i += 4096) norm += String.fromCharCode.apply(null, normCodes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  const ranges: HighlightRange[] = [];
  for (const t of zhTerms) {
    if (!t) continue;
    for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + t.length)) ranges.push([normFrom[i]!, normFrom[i + t.length - 1]! + 1]);
  }
  if (enStems.size) {
    const re = /[a-z0-9\u00c0-\u024f]+/g;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (enStems.has(m[0]) || enStems.has(stemEn(m[0]))) ranges.push([normFrom[m.index]!, normFrom[m.index + m[0].length - 1]! + 1]);
    }
  }
  return ranges.length > 1 ? mergeRanges(ranges) : ranges;
}

export function mergeRanges(r: HighlightRange[]): HighlightRange[] {
  r.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: HighlightRange[] = [];
  for (const x of r) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/**
 * HTML with <mark> around the ranges; the text is escaped, so it is safe to insert as HTML.
 * @example
 * ```ts
 * const html = markHighlights(hit.titleZh, hit.highlights.titleZh); // '<mark>毛绒</mark>玩具'
 * ```
 */
export function markHighlights(text: string, ranges: readonly HighlightRange[], open = '<mark>', close = '</mark>'): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e > text.length) continue;
    out += esc(text.slice(at, s)) + open + esc(text.slice(s, e)) + close;
    at = e;
  }
  return out + esc(text.slice(at));
}
