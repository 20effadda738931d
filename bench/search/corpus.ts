/**
 * The benchmark corpus and query set. Documents come from the deterministic
 * demo generator (regenerated lazily for each engine, so the process never
 * holds 2.1 M documents as objects). Competing engines get the same
 * pre-segmented tokens as PostgreSQL: jieba search-mode words of the Chinese
 * title and description plus the stemmed English words, joined by spaces.
 */
import { demoSearchDocs, generateMarket, scaleOf, type GenMarket } from '../../src/modules/demo/index.ts';
import type { SearchDoc, SearchIndex } from '../../src/modules/search/index.ts';
import { CommodityDictionary } from '../../src/modules/search/dictionary.ts';
import { makeRng } from '../../src/core/random.ts';
import { normalizeText, splitRuns } from '../../src/modules/search/normalize.ts';
import { pinyinOf } from '../../src/modules/search/pinyin.ts';
import { ChineseSegmenter, latinTokens, ZH_STOP } from '../../src/modules/search/tokenize.ts';

export type QueryClass = 'common' | 'rare' | 'two' | 'cat' | 'pinyin' | 'english';
export const CLASSES: QueryClass[] = ['common', 'rare', 'two', 'cat', 'pinyin', 'english'];

export interface BenchQuery {
  cls: QueryClass;
  text: string;
  /** Literal pre-segmented tokens (what PostgreSQL and the JS engines get). */
  tokens: string[];
  category?: string;
}

export class Corpus {
  readonly market: GenMarket;
  readonly seg: ChineseSegmenter;
  constructor(
    readonly scaleName: string,
    readonly limit = Infinity,
  ) {
    this.market = generateMarket(scaleOf(scaleName));
    this.seg = new ChineseSegmenter(CommodityDictionary.build().userDictWords());
  }
  *docs(limit = this.limit): Generator<SearchDoc> {
    let n = 0;
    for (const d of demoSearchDocs(this.scaleName, this.market)) {
      if (n++ >= limit) return;
      yield d;
    }
  }
  /** Space-joined tokens of a document for engines without Chinese segmentation. */
  tokens(d: SearchDoc): string {
    const out = new Set<string>();
    for (const text of [d.titleZh, d.descriptionZh]) {
      const n = normalizeText(text);
      for (const r of splitRuns(n)) if (r.kind === 'cjk') for (const w of this.seg.segment(r.text).search) if (!ZH_STOP.has(w)) out.add(w);
      for (const w of latinTokens(n, false)) if (!/^\d/.test(w)) out.add(w);
    }
    for (const text of [d.titleEn, d.descriptionEn]) for (const w of latinTokens(normalizeText(text), false)) if (!/^\d/.test(w)) out.add(w);
    return [...out].join(' ');
  }
  /** Query tokens as literal terms: precise-mode Chinese words, stemmed Latin words. */
  queryTokens(text: string): string[] {
    const n = normalizeText(text);
    const out: string[] = [];
    for (const r of splitRuns(n)) if (r.kind === 'cjk') for (const w of this.seg.segment(r.text).precise) if (!ZH_STOP.has(w)) out.push(w);
    out.push(...latinTokens(n, false));
    return out;
  }
}

/**
 * Queries per class, chosen from the built index's vocabulary so they fit the
 * corpus at every scale: common = the most frequent commodity words; rare =
 * title words in few documents; two = two title words of one product; cat =
 * a common word with that word's most frequent top category; pinyin = full
 * pinyin or initials of commodity words; english = English dictionary names
 * (which also reach Chinese-only listings through the dictionary).
 */
export function makeQueries(idx: SearchIndex, corpus: Corpus, perClass: number): BenchQuery[] {
  const { lexicon, postings, columns, leaves } = idx.internals();
  const rand = makeRng(42);
  const pick = <T>(xs: T[], n: number): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, n);
  };
  const df = (t: string) => {
    const id = lexicon.id(t);
    return id < 0 ? 0 : postings.df(id);
  };
  const dict = idx.dict;
  const zhNames = [...new Set(dict.concepts.flatMap((c) => c.zh))].filter((z) => /^[\u4e00-\u9fff]{2,}$/.test(z) && df(z) > 0);
  const byDf = [...zhNames].sort((a, b) => df(b) - df(a));
  const common = byDf.slice(0, Math.max(perClass, 40));
  const N = columns.size;
  // rare: the title words in fewest documents (a few to a few hundred at full scale)
  const rareCand: [string, number][] = [];
  for (let t = 0; t < lexicon.size; t++) {
    const term = lexicon.terms[t]!;
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(term)) continue;
    const d = postings.df(t);
    if (d >= 1) rareCand.push([term, d]);
  }
  rareCand.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const rareMax = Math.max(rareCand[Math.min(rareCand.length - 1, perClass * 2)]?.[1] ?? 1, Math.round(N / 20000));
  const rareTerms = rareCand.filter(([, d]) => d <= rareMax).map(([t]) => t);
  const qs: BenchQuery[] = [];
  const add = (cls: QueryClass, text: string, category?: string) => qs.push({ cls, text, tokens: corpus.queryTokens(text), ...(category ? { category } : {}) });
  for (const w of pick(common, perClass)) add('common', w);
  for (const w of pick(rareTerms, perClass)) add('rare', w);
  // two: two title words of random products
  for (let i = 0, tries = 0; i < perClass && tries < perClass * 50; tries++) {
    const o = Math.floor(rand() * N);
    const words = corpus.queryTokens(columns.titleZh.get(o)).filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w));
    if (words.length < 2) continue;
    const [a, b] = pick(words, 2);
    add('two', `${a} ${b}`);
    i++;
  }
  // cat: a common word + the top category holding most of its documents (a real narrowing filter)
  for (const w of pick(common, perClass)) {
    const id = lexicon.id(w);
    const counts = new Map<string, number>();
    for (let p = postings.offsets[id]!, e = postings.offsets[id + 1]!; p < e && p < postings.offsets[id]! + 5000; p++) {
      const top = leaves.codes[columns.leaf[postings.docs[p]!]!]!.slice(0, 4);
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    add('cat', w, best?.slice(0, rand() < 0.5 ? 2 : 4));
  }
  for (const w of pick(byDf.slice(0, 200), perClass)) {
    const p = pinyinOf(w);
    if (p) add('pinyin', rand() < 0.6 ? p.full : p.initials);
  }
  const enNames = [...new Set(dict.concepts.filter((c) => df(`§${c.id}`) > 0).flatMap((c) => c.en))].filter((e) => /^[a-z ]{4,}$/.test(e));
  for (const e of pick(enNames, perClass)) add('english', e);
  return qs;
}
