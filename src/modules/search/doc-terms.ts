import type { CommodityDictionary } from './dictionary.ts';
import { conceptTerm } from './dictionary.ts';
import { normalizeText, splitRuns } from './normalize.ts';
import { ZH_STOP, latinTokens, type ChineseSegmenter } from './tokenize.ts';
import type { SearchDoc } from './types.ts';

/**
 * A document's terms and their impacts (BM25F-style, computed once at
 * indexing time and stored as one byte per posting).
 *
 *   s(t,d)   = Σ_field w_field · tf(t, field) / (1 − b + b · len_field / avglen_field)
 *   impact   = s · (k1 + 1) / (s + k1)            ∈ (0, k1 + 1)
 *   stored   = round(impact / (k1 + 1) · 255)     ∈ 1..255
 *
 * Fields and weights: Chinese title words 3, English title words 3, concept
 * terms (dictionary concepts named in a title) 3, single Chinese title
 * characters 1 (recall for one-character queries such as 伞, 杯),
 * descriptions (both languages) 0.6. At query time the impact is multiplied by
 * the term's idf and the query term's weight (see query.ts).
 */
export const FIELD = { title: 3, concept: 3, char: 1, description: 0.6 } as const;
export const BM25 = { k1: 1.2, b: 0.5, avgTitle: 6, avgDesc: 30 } as const;
export const IMPACT_SCALE = 255 / (BM25.k1 + 1);

export class DocAnalyzer {
  constructor(
    private readonly seg: ChineseSegmenter,
    private readonly dict: CommodityDictionary,
  ) {}

  /** term → stored impact (1..255). Title words (not characters, not concepts) are also put in `titleOut`. */
  analyze(doc: SearchDoc, titleOut?: Set<string>): Map<string, number> {
    const acc = new Map<string, number>();
    const add = (t: string, w: number) => acc.set(t, (acc.get(t) ?? 0) + w);
    const tz = normalizeText(doc.titleZh);
    const te = normalizeText(doc.titleEn);

    // Chinese title: search-mode words, single characters, concepts from precise words.
    const zhWords: string[] = [];
    const chars: string[] = [];
    const concepts = new Set<number>();
    for (const r of splitRuns(tz)) {
      if (r.kind === 'cjk') {
        const s = this.seg.segment(r.text);
        for (const w of s.search) if (!ZH_STOP.has(w)) zhWords.push(w);
        for (const ch of r.text) if (!ZH_STOP.has(ch)) chars.push(ch);
        for (const w of s.precise) for (const id of this.dict.byZh.get(w) ?? []) concepts.add(id);
      }
    }
    const zhLatin = latinTokens(tz, true);
    const enTokens = latinTokens(te, true);
    for (const m of this.dict.matchEnglish(enTokens)) for (const id of m.ids) concepts.add(id);

    const titleNorm = (len: number) => 1 - BM25.b + (BM25.b * len) / BM25.avgTitle;
    const nz = FIELD.title / titleNorm(zhWords.length + zhLatin.length);
    for (const w of zhWords) add(w, nz);
    for (const w of zhLatin) add(w, nz);
    const nc = FIELD.char / titleNorm(chars.length);
    for (const ch of chars) add(ch, nc);
    const ne = FIELD.title / titleNorm(enTokens.length);
    for (const w of enTokens) add(w, ne);
    for (const id of concepts) add(conceptTerm(id), FIELD.concept);
    if (titleOut) for (const w of [...zhWords, ...zhLatin, ...enTokens]) titleOut.add(w);

    // Descriptions: words only; tokens that start with a digit (sizes, weights, counts) are skipped.
    const descTerms: string[] = [];
    for (const r of splitRuns(normalizeText(doc.descriptionZh))) {
      if (r.kind === 'cjk') for (const w of this.seg.segment(r.text).search) if (w.length > 1) descTerms.push(w);
    }
    for (const w of latinTokens(normalizeText(doc.descriptionZh), false)) if (!/^\d/.test(w)) descTerms.push(w);
    for (const w of latinTokens(normalizeText(doc.descriptionEn), false)) if (!/^\d/.test(w)) descTerms.push(w);
    const nd = FIELD.description / (1 - BM25.b + (BM25.b * descTerms.length) / BM25.avgDesc);
    for (const w of descTerms) add(w, nd);

    const out = new Map<string, number>();
    for (const [t, s] of acc) {
      const impact = (s * (BM25.k1 + 1)) / (s + BM25.k1);
      out.set(t, Math.max(1, Math.min(255, Math.round(impact * IMPACT_SCALE))));
    }
    return out;
  }
}
