import { PRODUCT_KINDS, type ProductKind } from '../catalog/index.ts';
import { CURATED_DICTIONARY, CURATED_ZH_WORDS } from './dictionary-data.ts';
import { EN_STOP_WORDS, latinWords, stemEn } from './english.ts';
import { hasCjk, normalizeText, splitRuns } from './normalize.ts';

/**
 * The bilingual small-commodity dictionary: concepts with Chinese and English
 * names (synonyms on both sides). Built from the reference product kinds plus
 * the curated list in dictionary-data.ts. A concept found in a listing's title
 * is indexed as a concept term, so a query in either language that names the
 * concept finds listings written only in the other.
 */
export interface Concept {
  id: number;
  zh: string[];
  en: string[];
}

/** Stemmed key of an English phrase: "Thermos Cups" → "thermos cup". */
export function enKey(phrase: string): string {
  const words: string[] = [];
  for (const r of splitRuns(normalizeText(phrase))) {
    if (r.kind !== 'latin') continue;
    const parts = latinWords(r.text);
    // For hyphenated words keep the joined form only ("t-shirt" → "tshirt").
    const use = parts.length > 1 ? [parts[parts.length - 1]!] : parts;
    for (const w of use) if (!EN_STOP_WORDS.has(w)) words.push(stemEn(w));
  }
  return words.join(' ');
}

/**
 * The commodity dictionary behind cross-language search: concepts that pair
 * Chinese and English names (with synonyms) of each product kind, plus the extra
 * Chinese words the segmenter must keep whole. Built from the reference product
 * kinds and the curated lists; serialisable with `toJSON`/`fromJSON` (snapshots).
 * @example
 * ```ts
 * const dict = CommodityDictionary.build();
 * dict.add(['保温杯'], ['thermos', 'vacuum flask']);
 * const index = SearchIndex.empty({ dictionary: dict });
 * ```
 */
export class CommodityDictionary {
  readonly concepts: Concept[] = [];
  readonly byZh = new Map<string, number[]>();
  readonly byEn = new Map<string, number[]>();
  /** Every stemmed word of every English name (so words of a phrase are never "corrected" as typos). */
  readonly enWords = new Set<string>();
  /** Longest English name, in words. */
  maxEnWords = 1;
  private extraZhWords: string[] = [];

  static build(kinds: readonly ProductKind[] = PRODUCT_KINDS, curated = CURATED_DICTIONARY, curatedWords = CURATED_ZH_WORDS): CommodityDictionary {
    const d = new CommodityDictionary();
    for (const k of kinds) d.add([k.zh, ...(k.zhSynonyms ?? [])], [k.en, ...(k.enSynonyms ?? [])]);
    // A curated synonym must not swallow another kind: names that are some other
    // kind's primary name (e.g. 一字夹 / bobby pin beside 发夹 / hair clip) are left out.
    const primaryZh = new Map<string, number>();
    const primaryEn = new Map<string, number>();
    for (const c of d.concepts) {
      if (c.zh[0] && !primaryZh.has(c.zh[0])) primaryZh.set(c.zh[0], c.id);
      if (c.en[0] && !primaryEn.has(enKey(c.en[0]))) primaryEn.set(enKey(c.en[0]), c.id);
    }
    for (const line of curated.split('\n')) {
      const bar = line.indexOf('|');
      if (bar < 0) continue;
      const zhAll = line
        .slice(0, bar)
        .split(',')
        .map((x) => normalizeText(x))
        .filter(Boolean);
      const enAll = line
        .slice(bar + 1)
        .split(',')
        .map((x) => normalizeText(x))
        .filter(Boolean);
      const target = zhAll[0] !== undefined ? primaryZh.get(zhAll[0]) : undefined;
      const zh = zhAll.filter((z, i) => i === 0 || (primaryZh.get(z) ?? target) === target);
      const en = enAll.filter((e) => (primaryEn.get(enKey(e)) ?? target) === target);
      if (zh.length || en.length) d.add(zh, en);
    }
    d.extraZhWords = curatedWords.split(/\s+/).filter(Boolean);
    return d;
  }

  /** Adds names; merges into an existing concept that shares its first Chinese name, else creates one. */
  add(zhNames: string[], enNames: string[]): void {
    const zh = [...new Set(zhNames.map((z) => normalizeText(z)).filter((z) => z.length > 0))];
    const en = [...new Set(enNames.map((e) => normalizeText(e)).filter((e) => e.length > 0))];
    const first = zh[0];
    const existing = first !== undefined ? this.byZh.get(first)?.find((id) => this.concepts[id]!.zh[0] === first) : undefined;
    let c: Concept;
    if (existing !== undefined) c = this.concepts[existing]!;
    else {
      c = { id: this.concepts.length, zh: [], en: [] };
      this.concepts.push(c);
    }
    for (const z of zh) {
      if (c.zh.includes(z)) continue;
      c.zh.push(z);
      const list = this.byZh.get(z) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      this.byZh.set(z, list);
    }
    for (const e of en) {
      if (c.en.includes(e)) continue;
      c.en.push(e);
      const key = enKey(e);
      if (!key) continue;
      const list = this.byEn.get(key) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      this.byEn.set(key, list);
      this.maxEnWords = Math.max(this.maxEnWords, key.split(' ').length);
      for (const w of key.split(' ')) this.enWords.add(w);
    }
  }

  toJSON(): { concepts: [string[], string[]][]; words: string[] } {
    return { concepts: this.concepts.map((c) => [c.zh, c.en]), words: this.extraZhWords };
  }

  /** Rebuilds exactly the saved concepts (same ids), e.g. from a snapshot. */
  static fromJSON(j: { concepts: [string[], string[]][]; words: string[] }): CommodityDictionary {
    const d = new CommodityDictionary();
    for (const [zh, en] of j.concepts) d.add(zh, en);
    d.extraZhWords = [...j.words];
    return d;
  }

  /** Words for jieba's user dictionary: every Chinese name (CJK-containing) plus the curated word list. */
  userDictWords(): string[] {
    const out = new Set<string>();
    for (const c of this.concepts) for (const z of c.zh) if (hasCjk(z) && !/\s/.test(z)) out.add(z);
    for (const w of this.extraZhWords) out.add(normalizeText(w));
    return [...out];
  }

  /**
   * Concepts named in a sequence of stemmed English words, greedy longest
   * match first (so "key ring" is a key ring, not a ring).
   * Returns [start, length, conceptIds] triples.
   */
  matchEnglish(stems: readonly string[]): { start: number; len: number; ids: number[] }[] {
    const out: { start: number; len: number; ids: number[] }[] = [];
    for (let i = 0; i < stems.length; ) {
      let found = 0;
      for (let n = Math.min(this.maxEnWords, stems.length - i); n >= 1; n--) {
        const ids = this.byEn.get(stems.slice(i, i + n).join(' '));
        if (ids) {
          out.push({ start: i, len: n, ids });
          found = n;
          break;
        }
      }
      i += found || 1;
    }
    return out;
  }
}

/** Term under which a concept is indexed. */
export const conceptTerm = (id: number): string => `§${id}`;
