/**
 * The benchmark corpus and query set. Documents come from the deterministic
 * demo generator (regenerated lazily for each engine, so the process never
 * holds 2.1 M documents as objects). Competing engines get the same
 * pre-segmented tokens as PostgreSQL: jieba search-mode words of the Chinese
 * title and description plus the stemmed English words, joined by spaces.
 */
import { demoSearchDocs, generateMarket, scaleOf, type GenMarket } from '../../src/modules/demo/index.ts';
import type { SearchDoc, SearchFilters, SearchIndex, SearchSort } from '../../src/modules/search/index.ts';
import { MOQ_BANDS, PRICE_BANDS } from '../../src/modules/search/columns.ts';
import { CommodityDictionary } from '../../src/modules/search/dictionary.ts';
import { makeRng } from '../../src/core/random.ts';
import { normalizeText, splitRuns } from '../../src/modules/search/normalize.ts';
import { pinyinOf } from '../../src/modules/search/pinyin.ts';
import { ChineseSegmenter, latinTokens, ZH_STOP } from '../../src/modules/search/tokenize.ts';

/** The dictionary-based classes of issue 3 (every engine answers them). */
export const BASE_CLASSES = ['common', 'rare', 'two', 'cat', 'pinyin', 'english'] as const;
/**
 * Classes drawn from the corpus's own statistics (issue 15): the most frequent title words, pairs of them,
 * a frequent word with each kind of filter and each sort, browsing by every facet with no text, deep pages.
 * Only this engine and PostgreSQL answer them (the other engines have no price/MOQ/district fields).
 */
export const STAT_CLASSES = [
  'freq',
  'pair',
  'w+cat2',
  'w+cat4',
  'w+cat6',
  'w+price',
  'w+moq',
  'w+district',
  'w+price_asc',
  'w+price_desc',
  'w+newest',
  'browse-cat2',
  'browse-cat4',
  'browse-cat6',
  'browse-price',
  'browse-moq',
  'browse-district',
  'browse-cat2+price_asc',
  'deep',
] as const;
export type QueryClass = (typeof BASE_CLASSES)[number] | (typeof STAT_CLASSES)[number];
export const CLASSES: QueryClass[] = [...BASE_CLASSES, ...STAT_CLASSES];
export const isBaseClass = (c: QueryClass): boolean => (BASE_CLASSES as readonly string[]).includes(c);

export interface BenchQuery {
  cls: QueryClass;
  text: string;
  /** Literal pre-segmented tokens (what PostgreSQL and the JS engines get). */
  tokens: string[];
  category?: string;
  /** Other filters, sort and page (statistics classes). */
  filters?: Omit<SearchFilters, 'category'>;
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
}

/** The filters of a query for SearchIndex.search. */
export function filtersOf(q: BenchQuery): SearchFilters | undefined {
  if (!q.category && !q.filters) return undefined;
  return { ...(q.category ? { category: q.category } : {}), ...q.filters };
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

/**
 * The statistics classes: words and filter values drawn from the built index
 * (the 50 most frequent title words in a sample of titles, their pairs, the
 * categories, price and MOQ bands and districts that hold them).
 */
export function makeStatQueries(idx: SearchIndex, corpus: Corpus, perClass: number): BenchQuery[] {
  const { lexicon, postings, columns, leaves } = idx.internals();
  const rand = makeRng(4242);
  const N = columns.size;
  const int = (n: number) => Math.floor(rand() * n);
  // Title-word document frequencies over a sample of titles.
  const counts = new Map<string, number>();
  const sampleN = Math.min(N, 30_000);
  for (let i = 0; i < sampleN; i++) {
    const o = int(N);
    for (const w of new Set(corpus.queryTokens(columns.titleZh.get(o))))
      if (/^[\u4e00-\u9fff]{2,}$/.test(w) && lexicon.id(w) >= 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const top50 = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 50)
    .map(([w]) => w);
  const qs: BenchQuery[] = [];
  const add = (q: Omit<BenchQuery, 'tokens'>) => qs.push({ ...q, tokens: corpus.queryTokens(q.text) });
  const word = () => top50[int(top50.length)]!;
  /** A random document containing the word (its filter values make a non-empty narrowing). */
  const docOf = (w: string): number => {
    const id = lexicon.id(w);
    const s = postings.offsets[id]!;
    return postings.docs[s + int(postings.offsets[id + 1]! - s)]!;
  };
  const bandFilter = (o: number, kind: 'price' | 'moq'): Omit<SearchFilters, 'category'> => {
    if (kind === 'price') {
      const b = PRICE_BANDS[columns.priceBand[o]!]!;
      return { priceMin: b.min, ...(b.max !== null ? { priceMax: b.max - 1 } : {}) };
    }
    const b = MOQ_BANDS[columns.moqBand[o]!]!;
    return { moqMax: b.max ?? 1_000_000_000 };
  };
  for (let i = 0; i < perClass; i++) add({ cls: 'freq', text: top50[i % top50.length]! });
  const pairs: [string, string][] = [];
  for (let a = 0; a < top50.length; a++) for (let b = a + 1; b < top50.length; b++) pairs.push([top50[a]!, top50[b]!]);
  for (let i = 0; i < perClass && pairs.length; i++) {
    const [a, b] = pairs.splice(int(pairs.length), 1)[0]!;
    add({ cls: 'pair', text: `${a} ${b}` });
  }
  for (const [cls, len] of [
    ['w+cat2', 2],
    ['w+cat4', 4],
    ['w+cat6', 6],
  ] as const)
    for (let i = 0; i < perClass; i++) {
      const w = word();
      add({ cls, text: w, category: leaves.codes[columns.leaf[docOf(w)]!]!.slice(0, len) });
    }
  for (let i = 0; i < perClass; i++) {
    const w = word();
    add({ cls: 'w+price', text: w, filters: bandFilter(docOf(w), 'price') });
  }
  for (let i = 0; i < perClass; i++) {
    const w = word();
    add({ cls: 'w+moq', text: w, filters: bandFilter(docOf(w), 'moq') });
  }
  for (let i = 0; i < perClass; i++) {
    const w = word();
    add({ cls: 'w+district', text: w, filters: { district: columns.district[docOf(w)]! } });
  }
  for (const sort of ['price_asc', 'price_desc', 'newest'] as const) for (let i = 0; i < perClass; i++) add({ cls: `w+${sort}`, text: word(), sort });
  for (const [cls, len] of [
    ['browse-cat2', 2],
    ['browse-cat4', 4],
    ['browse-cat6', 6],
  ] as const)
    for (let i = 0; i < perClass; i++) add({ cls, text: '', category: leaves.codes[columns.leaf[int(N)]!]!.slice(0, len) });
  for (let i = 0; i < perClass; i++) add({ cls: 'browse-price', text: '', filters: bandFilter(int(N), 'price') });
  for (let i = 0; i < perClass; i++) add({ cls: 'browse-moq', text: '', filters: bandFilter(int(N), 'moq') });
  for (let i = 0; i < perClass; i++) add({ cls: 'browse-district', text: '', filters: { district: columns.district[int(N)]! } });
  for (let i = 0; i < perClass; i++)
    add({ cls: 'browse-cat2+price_asc', text: '', category: leaves.codes[columns.leaf[int(N)]!]!.slice(0, 2), sort: 'price_asc' });
  // Deep pages: a frequent word, as deep as paging allows (page × pageSize ≤ 10,000).
  for (let i = 0; i < perClass; i++) {
    const pageSize = [20, 50, 100][i % 3]!;
    add({ cls: 'deep', text: word(), page: Math.floor(10_000 / pageSize), pageSize });
  }
  return qs;
}
