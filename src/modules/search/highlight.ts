import { stemEn } from './english.ts';
import { normalizeText } from './normalize.ts';
import { T2S } from './t2s-data.ts';
import type { HighlightRange } from './types.ts';

/**
 * Highlighting of matched terms in a title. The title is normalised character
 * by character (so offsets map back to the original text); Chinese terms are
 * found as substrings, Latin words by their stems.
 */
export function highlightRanges(title: string, zhTerms: readonly string[], enStems: ReadonlySet<string>): HighlightRange[] {
  if (!title) return [];
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let pos = 0; pos < title.length; pos++) {
    const c = title.charCodeAt(pos);
    let n: string;
    if (c < 0x80) n = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 32 ? ' ' : title[pos]!;
    else if (c >= 0xff01 && c <= 0xff5e) n = String.fromCharCode(c - 0xfee0).toLowerCase();
    else if (c >= 0xd800 && c <= 0xdfff) n = ' ';
    else if (c >= 0x3400 && c <= 0x9fff) n = T2S.get(title[pos]!) ?? title[pos]!;
    else n = T2S.get(title[pos]!) ?? (normalizeText(title[pos]!) || ' ');
    for (let i = 0; i < n.length; i++) {
      from.push(pos);
      to.push(pos + 1);
    }
    norm += n;
  }
  const ranges: HighlightRange[] = [];
  for (const t of zhTerms) {
    if (!t) continue;
    for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + t.length)) ranges.push([from[i]!, to[i + t.length - 1]!]);
  }
  if (enStems.size) {
    const re = /[a-z0-9\u00c0-\u024f]+/g;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (enStems.has(m[0]) || enStems.has(stemEn(m[0]))) ranges.push([from[m.index]!, to[m.index + m[0].length - 1]!]);
    }
  }
  return mergeRanges(ranges);
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
