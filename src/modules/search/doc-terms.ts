import { conceptTerm, type CommodityDictionary } from './dictionary.ts';
import { normalizeText, splitRuns } from './normalize.ts';
import { ZH_STOP, latinTokens, phraseTokens, type ChineseSegmenter } from './tokenize.ts';
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
 *
 * Titles and description sentences repeat a lot across a catalogue, so their
 * analyses are cached (description sentences with digits folded, since
 * tokens starting with a digit are not indexed from descriptions).
 */
export const FIELD = { title: 3, concept: 3, char: 1, description: 0.6 } as const;
export const BM25 = { k1: 1.2, b: 0.5, avgTitle: 6, avgDesc: 30 } as const;
export const IMPACT_SCALE = 255 / (BM25.k1 + 1);

interface ZhTitle {
  words: Int32Array;
  chars: Int32Array;
  concepts: Int32Array;
}
interface EnTitle {
  words: Int32Array;
  concepts: Int32Array;
}

class Cache<V> {
  private m = new Map<string, V>();
  clear(): void {
    this.m = new Map();
  }
  constructor(
    private readonly limit: number,
    private readonly make: (k: string) => V,
  ) {}
  get(k: string): V {
    let v = this.m.get(k);
    if (v === undefined) {
      v = this.make(k);
      if (this.m.size >= this.limit) this.m = new Map();
      this.m.set(k, v);
    }
    return v;
  }
}

/** The terms of one document: parallel arrays of term ids and stored impacts (valid until the next analyze call). */
export interface DocTerms {
  n: number;
  ids: Int32Array;
  imps: Uint8Array;
  /** Term ids that occur as title words (for suggestions and typo vocabulary). */
  titleWords: Int32Array[];
}

export class DocAnalyzer {
  private readonly zhTitles: Cache<ZhTitle>;
  private readonly enTitles: Cache<EnTitle>;
  private readonly sentences: Cache<Int32Array>;
  private descParts: Int32Array[] = [];
  private acc = new Float64Array(1024);
  private touched = new Int32Array(1024);
  private outIds = new Int32Array(1024);
  private outImps = new Uint8Array(1024);

  constructor(
    private readonly seg: ChineseSegmenter,
    private readonly dict: CommodityDictionary,
    private readonly intern: (term: string) => number,
  ) {
    this.zhTitles = new Cache(300_000, (t) => this.zhTitle(t));
    this.enTitles = new Cache(300_000, (t) => this.enTitle(t));
    this.sentences = new Cache(300_000, (t) => this.sentence(t));
  }

  /** Drops the analysis caches (after a bulk build; they refill as documents are upserted). */
  clearCaches(): void {
    this.zhTitles.clear();
    this.enTitles.clear();
    this.sentences.clear();
    this.seg.clearCache();
  }

  private ids(terms: Iterable<string>): Int32Array {
    const out: number[] = [];
    for (const t of terms) out.push(this.intern(t));
    return Int32Array.from(out);
  }

  private zhTitle(raw: string): ZhTitle {
    const tz = normalizeText(raw);
    const words: string[] = [];
    const chars: string[] = [];
    const concepts = new Set<string>();
    for (const r of splitRuns(tz)) {
      if (r.kind !== 'cjk') continue;
      const s = this.seg.segment(r.text);
      for (const w of s.search) if (!ZH_STOP.has(w)) words.push(w);
      for (const ch of r.text) if (!ZH_STOP.has(ch)) chars.push(ch);
      for (const w of s.precise) for (const id of this.dict.byZh.get(w) ?? []) concepts.add(conceptTerm(id));
    }
    words.push(...latinTokens(tz, true));
    return { words: this.ids(words), chars: this.ids(chars), concepts: this.ids(concepts) };
  }

  private enTitle(raw: string): EnTitle {
    const norm = normalizeText(raw);
    const words = latinTokens(norm, true);
    const concepts = new Set<string>();
    for (const m of this.dict.matchEnglish(phraseTokens(norm))) for (const id of m.ids) concepts.add(conceptTerm(id));
    return { words: this.ids(words), concepts: this.ids(concepts) };
  }

  /** Terms of a description sentence (digits folded): Chinese words of 2+ characters, Latin words not starting with a digit. */
  private sentence(folded: string): Int32Array {
    const n = normalizeText(folded);
    const out: string[] = [];
    for (const r of splitRuns(n)) if (r.kind === 'cjk') for (const w of this.seg.segment(r.text).search) if (w.length > 1) out.push(w);
    for (const w of latinTokens(n, false)) if (!/^\d/.test(w)) out.push(w);
    return this.ids(out);
  }

  /**
   * A description as a list of cached sentence analyses. Descriptions repeat
   * the title and a few template sentences; the sentence equal to the title
   * reuses the title's words.
   */
  private description(text: string, title: string, titleWords: Int32Array): Int32Array[] {
    const parts = this.descParts;
    parts.length = 0;
    let at = 0;
    while (at < text.length) {
      let end = text.length;
      for (let i = at; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x3002 || c === 0xff1b || (c === 0x2e && text.charCodeAt(i + 1) === 0x20)) {
          end = i;
          break;
        }
      }
      const piece = text.slice(at, end).trim();
      if (piece) parts.push(piece === title ? titleWords : this.sentences.get(piece.replace(DIGITS, '0')));
      at = end + 1;
    }
    return parts.slice();
  }

  private add(ids: Int32Array, w: number, nt: number): number {
    let acc = this.acc;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      if (t >= acc.length) {
        const a = new Float64Array(Math.max(t + 1, acc.length * 2));
        a.set(acc);
        this.acc = acc = a;
      }
      if (acc[t] === 0) {
        if (nt >= this.touched.length) {
          const tt = new Int32Array(this.touched.length * 2);
          tt.set(this.touched);
          this.touched = tt;
        }
        this.touched[nt++] = t;
      }
      acc[t]! += w;
    }
    return nt;
  }

  analyze(doc: SearchDoc): DocTerms {
    const zh = this.zhTitles.get(doc.titleZh || '');
    const en = this.enTitles.get(doc.titleEn || '');
    const dz = this.description(doc.descriptionZh || '', doc.titleZh, zh.words);
    const de = this.description(doc.descriptionEn || '', doc.titleEn, en.words);
    const titleNorm = (len: number) => 1 - BM25.b + (BM25.b * len) / BM25.avgTitle;
    let nt = 0;
    nt = this.add(zh.words, FIELD.title / titleNorm(zh.words.length), nt);
    nt = this.add(zh.chars, FIELD.char / titleNorm(zh.chars.length), nt);
    nt = this.add(en.words, FIELD.title / titleNorm(en.words.length), nt);
    let dlen = 0;
    for (const p of dz) dlen += p.length;
    for (const p of de) dlen += p.length;
    const wd = FIELD.description / (1 - BM25.b + (BM25.b * dlen) / BM25.avgDesc);
    for (const p of dz) nt = this.add(p, wd, nt);
    for (const p of de) nt = this.add(p, wd, nt);
    // Concepts count once, as a title word. The Chinese title names them precisely (longest dictionary words);
    // English names are used only for listings without a Chinese concept (single English words like "ring" are ambiguous).
    for (const c of [zh.concepts.length ? zh.concepts : en.concepts]) {
      for (let i = 0; i < c.length; i++) {
        const before = this.acc[c[i]!] ?? 0;
        nt = this.add(c.subarray(i, i + 1), 0, nt);
        this.acc[c[i]!] = Math.max(before, FIELD.concept);
      }
    }
    if (this.outIds.length < nt) {
      this.outIds = new Int32Array(nt * 2);
      this.outImps = new Uint8Array(nt * 2);
    }
    const k1 = BM25.k1;
    for (let i = 0; i < nt; i++) {
      const t = this.touched[i]!;
      const sc = this.acc[t]!;
      this.acc[t] = 0;
      const impact = (sc * (k1 + 1)) / (sc + k1);
      this.outIds[i] = t;
      this.outImps[i] = Math.max(1, Math.min(255, Math.round(impact * IMPACT_SCALE)));
    }
    return { n: nt, ids: this.outIds, imps: this.outImps, titleWords: [zh.words, en.words] };
  }
}

const DIGITS = /\d+/g;
