import { invalid } from '../../core/errors.ts';
import { parseStallAddress } from '../market/index.ts';
import { DocColumns, IdMap, LeafTable } from './columns.ts';
import { CommodityDictionary } from './dictionary.ts';
import { DocAnalyzer } from './doc-terms.ts';
import { buildDerived, type Derived } from './derived.ts';
import { FacetLists } from './browse.ts';
import { facetsFrom } from './facets.ts';
import { displayTerm, filterOf, highlightTermsOf } from './request.ts';
import { highlightRanges } from './highlight.ts';
import { HotTerms, hotAnswer, warmDeepAnswer } from './hot-terms.ts';
import { Lexicon, Postings, PostingsBuilder } from './postings.ts';
import { execute, Scratch, type ExecFilter, type ExecGroup, type ExecOutput } from './query.ts';
import { partialAnswer, type PartialEnv } from './partial.ts';
import { resolveGroups } from './resolve.ts';
import { parseQuery, type ParseContext, type ParsedGroup } from './query-parse.ts';
import { readSnapshot, writeSnapshot } from './snapshot.ts';
import { packStructures, unpackStructures } from './stored.ts';
import { ChineseSegmenter } from './tokenize.ts';
import { normalizeText } from './normalize.ts';
import { IMPACT_SCALE } from './doc-terms.ts';
import { sparseStdCounts, stdFacetsFrom } from './standards.ts';
import { contains } from './hot-terms.ts';
import {
  CREDIT_CLASSES,
  type BuildProgress,
  type PartialMatch,
  type SearchDoc,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
  type SearchStats,
  type Suggestion,
} from './types.ts';

/**
 * Bounds of a search request: query length, page size and paging depth (page × pageSize).
 */
export const LIMITS = { maxQueryChars: 1000, maxPageSize: 100, maxDepth: 10_000 } as const;

export interface SearchIndexOptions {
  dictionary?: CommodityDictionary;
  /** Merge the delta segment into the main one when it holds this many documents (default 50,000). */
  autoCompactDocs?: number;
  /** Terms in at least max(hotMinDocs, hotShare × N) documents get precomputed answers (defaults 20,000 and 5 %). */
  hotMinDocs?: number;
  hotShare?: number;
  /** Terms in at least max(warmMinDocs, warmShare × N) documents (below the hot threshold) get a shorter precomputed answer (defaults 2,000 and 0.5 %). */
  warmMinDocs?: number;
  warmShare?: number;
  /** Tests and benchmarks only: answer every query by the plain scan (no precomputed answers, no fast paths). */
  plainScan?: boolean;
  /** Tests only: steps a sorted walk may take beyond the size of the filter's selection before visiting the selection instead (default 1,000). */
  walkSlack?: number;
}

/**
 * The in-process search engine: build from documents, search, suggest, keep
 * fresh with upsert/remove, save and load a snapshot. Single-threaded: every
 * method runs to completion, so a change is visible to the next search.
 * Create one with `SearchIndex.build(docs)`, `SearchIndex.empty()` or
 * `SearchIndex.load(path)`. `search` throws `VALIDATION` (details.field) for a
 * request over `LIMITS` or with a bad filter; a query that is a stall address
 * answers `{ kind: 'stall' }` instead of results.
 * @example
 * ```ts
 * const index = await SearchIndex.build(demoSearchDocs('tiny'));
 * const r = index.search({ text: '毛绒玩具', filters: { category: '08' }, sort: 'price_asc', pageSize: 20 });
 * if (r.kind === 'results') console.log(r.total, r.items[0]?.titleZh);
 * index.upsert(doc); // visible to the next search
 * await index.save('./data/search/index.snap');
 * ```
 */
export class SearchIndex {
  private lex = new Lexicon();
  private post = new Postings();
  private cols = new DocColumns();
  private leaves = new LeafTable();
  private ids = new IdMap();
  /** Per term: documents whose title contains it (weights pinyin, typo and suggestion candidates). */
  private titleDf: Int32Array = new Int32Array(1024);
  private readonly scratch = new Scratch();
  private readonly seg: ChineseSegmenter;
  private readonly analyzer: DocAnalyzer;
  private derived!: Derived;
  private hot = new HotTerms();
  private lists = new FacetLists(1);
  private live = 0;
  private deltaDocs = 0;
  private dead = 0;
  private readonly autoCompact: number;
  private readonly hotOpts: [number, number, number, number];
  private readonly plain: boolean;
  private readonly walkSlack: number;

  private constructor(
    readonly dict: CommodityDictionary,
    opts: SearchIndexOptions = {},
  ) {
    this.seg = new ChineseSegmenter(dict.userDictWords());
    this.analyzer = new DocAnalyzer(this.seg, dict, (t) => this.lex.intern(t));
    this.autoCompact = opts.autoCompactDocs ?? 50_000;
    this.hotOpts = [opts.hotShare ?? 0.05, opts.hotMinDocs ?? 20_000, opts.warmShare ?? 0.005, opts.warmMinDocs ?? 2000];
    this.plain = opts.plainScan === true;
    this.walkSlack = opts.walkSlack ?? 1000;
  }

  /** An empty index (documents can then be added with upsert). */
  static empty(opts: SearchIndexOptions = {}): SearchIndex {
    const idx = new SearchIndex(opts.dictionary ?? CommodityDictionary.build(), opts);
    idx.derived = buildDerived(idx.lex, idx.post, idx.titleDf, idx.dict);
    idx.lists = FacetLists.build(idx.cols, idx.leaves.codes.length);
    return idx;
  }

  /** Builds an index from documents (sync or async iterable); yields to the event loop every 20,000 documents. */
  static async build(
    docs: Iterable<SearchDoc> | AsyncIterable<SearchDoc>,
    opts: SearchIndexOptions & { onProgress?: (p: BuildProgress) => void; total?: number } = {},
  ): Promise<SearchIndex> {
    const idx = new SearchIndex(opts.dictionary ?? CommodityDictionary.build(), opts);
    const b = new PostingsBuilder();
    let n = 0;
    const one = (doc: SearchDoc) => {
      checkDoc(doc);
      const terms = idx.analyzer.analyze(doc);
      idx.markTitle(terms.titleWords);
      const prev = idx.ids.get(doc.id);
      if (prev >= 0) idx.kill(prev);
      const o = idx.cols.push(doc, idx.leaves.of(doc.categoryCode));
      idx.ids.set(doc.id, o);
      idx.live++;
      b.add(terms.ids.subarray(0, terms.n), terms.imps.subarray(0, terms.n));
    };
    const progress = async () => {
      opts.onProgress?.({ phase: 'tokenize', done: n, ...(opts.total ? { total: opts.total } : {}) });
      await new Promise((r) => setImmediate(r));
    };
    if (Symbol.iterator in docs) {
      for (const doc of docs) {
        one(doc);
        if (++n % 20_000 === 0) await progress();
      }
    } else {
      for await (const doc of docs) {
        one(doc);
        if (++n % 20_000 === 0) await progress();
      }
    }
    idx.analyzer.clearCaches();
    opts.onProgress?.({ phase: 'invert', done: n });
    idx.post = b.finish(idx.lex.size);
    opts.onProgress?.({ phase: 'finish', done: n });
    idx.derived = buildDerived(idx.lex, idx.post, idx.titleDf, idx.dict);
    idx.hot = HotTerms.build(idx.post, idx.cols, idx.leaves.codes.length, ...idx.hotOpts);
    idx.lists = FacetLists.build(idx.cols, idx.leaves.codes.length);
    return idx;
  }

  private markTitle(lists: Int32Array[]): void {
    for (const ids of lists) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (id >= this.titleDf.length) {
          const f = new Int32Array(Math.max(id + 1, this.titleDf.length * 2));
          f.set(this.titleDf);
          this.titleDf = f;
        }
        this.titleDf[id]!++;
      }
    }
  }

  private kill(ord: number): void {
    if (this.cols.dead[ord]) return;
    this.hot.removed(this.post, this.cols, ord);
    this.lists.removed(this.cols, ord);
    this.cols.dead[ord] = 1;
    this.live--;
    this.dead++;
  }

  /** Adds or replaces one document; searchable as soon as this returns (well under a millisecond typically). */
  upsert(doc: SearchDoc): void {
    checkDoc(doc);
    const before = this.lex.size;
    const terms = this.analyzer.analyze(doc);
    const prev = this.ids.get(doc.id);
    if (prev >= 0) this.kill(prev);
    const o = this.cols.push(doc, this.leaves.of(doc.categoryCode));
    this.ids.set(doc.id, o);
    this.live++;
    this.deltaDocs++;
    for (let i = 0; i < terms.n; i++) this.post.addDelta(terms.ids[i]!, o, terms.imps[i]!);
    this.hot.added(this.cols, o, terms.ids, terms.imps, terms.n);
    this.lists.added(this.cols, o);
    this.markTitle(terms.titleWords);
    for (let t = before; t < this.lex.size; t++) this.derived.addTerm(this.lex.terms[t]!, this.titleDf[t] ?? 0);
    if (this.deltaDocs >= this.autoCompact) this.compact();
  }

  /** Removes a document; false when it was not in the index. */
  remove(id: number): boolean {
    const o = this.ids.get(id);
    if (o < 0) return false;
    this.kill(o);
    this.ids.set(id, -1);
    return true;
  }

  has(id: number): boolean {
    return this.ids.get(id) >= 0;
  }

  /** Ids of the live documents whose stored credit class code differs from `codeOf(their merchant)`. */
  staleCredit(codeOf: (merchantId: number) => number): number[] {
    const { size, dead, merchant, credit, ids } = this.cols;
    const out: number[] = [];
    const memo = new Map<number, number>();
    for (let o = 0; o < size; o++) {
      if (dead[o]) continue;
      const m = merchant[o]!;
      let c = memo.get(m);
      if (c === undefined) memo.set(m, (c = codeOf(m)));
      if (credit[o] !== c) out.push(ids[o]!);
    }
    return out;
  }

  /**
   * Ids of the live documents whose declared standards differ from `current` (product id → its
   * standards signature, stdSignatureOf; absent = none declared).
   */
  staleStandards(current: ReadonlyMap<number, string>): number[] {
    const { size, dead, ids } = this.cols;
    const out: number[] = [];
    for (let o = 0; o < size; o++) {
      if (dead[o]) continue;
      if (this.cols.stdSignature(o) !== (current.get(ids[o]!) ?? '')) out.push(ids[o]!);
    }
    return out;
  }

  /** Merges the delta segment into the main one, drops deleted documents (renumbering the rest) and rebuilds suggestions. */
  compact(): void {
    const dead = this.cols.dead;
    const remap = this.cols.compact();
    this.post.compact(this.lex.size, dead, remap);
    this.ids = new IdMap();
    for (let o = 0; o < this.cols.size; o++) this.ids.set(this.cols.ids[o]!, o);
    this.deltaDocs = 0;
    this.dead = 0;
    this.live = this.cols.size;
    this.derived = buildDerived(this.lex, this.post, this.titleDf, this.dict);
    this.hot = HotTerms.build(this.post, this.cols, this.leaves.codes.length, ...this.hotOpts);
    this.lists = FacetLists.build(this.cols, this.leaves.codes.length);
  }

  private ctx(): ParseContext {
    return {
      seg: this.seg,
      dict: this.dict,
      pinyin: this.derived.pinyin,
      typo: this.derived.typo,
      df: (t) => {
        const id = this.lex.id(t);
        return id < 0 ? 0 : this.post.df(id);
      },
    };
  }

  /**
   * Run a query. A bad request (query too long, bad page or page size, paging too
   * deep, bad filter) is thrown as AppError VALIDATION with details.field; any other
   * exception is a bug and escapes as it is (HTTP answers 500 and logs it).
   */
  search(q: SearchQuery): SearchResult {
    const t0 = performance.now();
    const text = typeof q.text === 'string' ? q.text : '';
    if (text.length > LIMITS.maxQueryChars) throw invalid(`query is longer than ${LIMITS.maxQueryChars} characters`, { field: 'q' });
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > LIMITS.maxPageSize) {
      throw invalid(`page must be an integer ≥ 1 and pageSize 1–${LIMITS.maxPageSize}`, { field: 'page' });
    }
    if (page * pageSize > LIMITS.maxDepth) throw invalid(`only the first ${LIMITS.maxDepth} results can be paged through; narrow the query`, { field: 'page' });
    const filter = filterOf(q, this.leaves, this.cols);
    const stdFilter = filter.stdKinds !== undefined || filter.stdCode !== undefined;

    const trimmed = text.trim();
    if (trimmed.length >= 7 && trimmed.length <= 100) {
      const a = parseStallAddress(trimmed);
      if (a.ok) return { kind: 'stall', stallAddress: a.address, tookMs: performance.now() - t0 };
    }

    const parsed = parseQuery(text, this.ctx());
    const { groups, empty } = this.resolve(parsed.groups);
    const sort = q.sort ?? 'relevance';
    const withFacets = q.facets !== false;
    const k = page * pageSize;
    const offset = (page - 1) * pageSize;
    const nLeaves = this.leaves.codes.length;
    const single = groups.length === 1 && groups[0]!.terms.length === 1 ? groups[0]!.terms[0]! : undefined;
    let out: ExecOutput = empty ? { total: 0, matched: 0, top: [] } : this.answer(groups, filter, stdFilter, sort, k, offset, withFacets);
    // No document has every word (before filters): say so, and show the documents matching the most words,
    // counted apart — the exact total stays 0.
    let partial: PartialMatch | undefined;
    let masks: number[] | undefined;
    const words = (mask: number) => {
      const matched: string[] = [];
      const missing: string[] = [];
      parsed.groups.forEach((g, i) => (mask & (1 << Math.min(i, 30)) ? matched : missing).push(g.input));
      return { matched, missing };
    };
    if (out.total === 0 && out.matched === 0 && groups.length > 1 && groups.some((g) => g.terms.length > 0)) {
      // Disjoint groups (one that matches anything, or two with no document in common): summed answers (partial.ts).
      const disjoint = groups.filter((g) => g.terms.length > 0).length === 1 || (groups.length === 2 && !empty);
      const p =
        (disjoint && !this.plain
          ? partialAnswer(this.partialEnv(filter, stdFilter, sort, withFacets), groups, sort, k, offset, withFacets, nLeaves)
          : undefined) ?? execute(this.post, this.cols, this.scratch, groups, filter, sort, k, withFacets, nLeaves, true, offset);
      const best = words(p.bestMask ?? 0);
      partial = { total: p.total, matchedWords: best.matched, missingWords: best.missing };
      masks = p.masks;
      out = { total: 0, matched: 0, top: p.top, ...(p.facets ? { facets: p.facets } : {}) };
    }
    // The standards facet: counted by the scan, else here over the few documents that declare a standard.
    let std = out.facets?.std;
    if (withFacets && !std) {
      const inText = groups.length === 0 || empty ? () => !empty : single ? (d: number) => contains(this.post, single.id, d) : () => false;
      std = sparseStdCounts(this.cols, filter, inText, out.total);
    }
    const hl = highlightTermsOf(parsed.groups, this.dict);
    const items = out.top.map((x, i) => {
      const titleZh = this.cols.titleZh.get(x.ord);
      const titleEn = this.cols.titleEn.get(x.ord);
      const credit = this.cols.credit[x.ord]!;
      return {
        id: this.cols.ids[x.ord]!,
        score: Math.round(x.score * 1e4) / 1e4,
        titleZh,
        titleEn,
        highlights: { titleZh: highlightRanges(titleZh, hl.zh, hl.en), titleEn: highlightRanges(titleEn, hl.zh, hl.en) },
        ...(credit > 0 ? { creditClass: CREDIT_CLASSES[credit - 1]! } : {}),
        ...(masks ? { missingWords: words(masks[i] ?? 0).missing } : {}),
      };
    });
    return {
      kind: 'results',
      total: out.total,
      page,
      pageSize,
      items,
      ...(withFacets
        ? {
            facets: {
              ...facetsFrom(out.facets ?? emptyFacetArrays(this.leaves.codes.length), this.leaves),
              ...stdFacetsFrom(std ?? { kind: new Int32Array(6), code: new Map() }, this.cols, filter.stdCode),
            },
          }
        : {}),
      interpretation: {
        groups: parsed.groups.map((g) => ({
          input: g.input,
          terms: g.terms.map((t) => ({ term: displayTerm(t.term, this.dict), via: t.via, weight: t.weight })),
        })),
        ...(parsed.didYouMean ? { didYouMean: parsed.didYouMean } : {}),
        relaxed: partial !== undefined,
        ...(partial ? { partial } : {}),
      },
      tookMs: Math.round((performance.now() - t0) * 1000) / 1000,
    };
  }

  /**
   * The exact answer for resolved groups by the fastest path: a hot or warm term's (or browse's)
   * precomputed answer without filters, the browse fast paths (facet lists, cross counts, sort
   * orders) for browse or one hot term, else the scan.
   */
  private answer(groups: ExecGroup[], filter: ExecFilter, stdFilter: boolean, sort: SearchSort, k: number, offset: number, withFacets: boolean): ExecOutput {
    const single = groups.length === 1 && groups[0]!.terms.length === 1 ? groups[0]!.terms[0]! : undefined;
    if (!this.plain && !stdFilter && Object.keys(filter).length === 0 && sort === 'relevance') {
      const entry = single ? this.hot.fresh(single.id, this.post, this.cols) : undefined;
      const hot =
        groups.length === 0
          ? hotAnswer(this.hot.get('browse'), 1, k, offset)
          : single
            ? (hotAnswer(entry, single.w / IMPACT_SCALE, k, offset) ??
              warmDeepAnswer(entry, this.post, this.cols, single.id, single.w / IMPACT_SCALE, k, offset))
            : undefined;
      if (hot) return hot;
    }
    // Browse or one hot term with filters, a sort or a deep page: facet lists, cross counts, sort orders (browse.ts).
    if (!this.plain && !stdFilter && (groups.length === 0 || single)) {
      const entry = this.hot.fresh(single ? single.id : 'browse', this.post, this.cols);
      if (entry && (!single || entry.imp)) {
        const fast = this.lists.run(
          this.cols,
          entry,
          single ? { imp: entry.imp!, factor: single.w / IMPACT_SCALE, maxImp: entry.maxImp } : undefined,
          filter,
          sort,
          k,
          offset,
          withFacets,
          this.walkSlack,
        );
        if (fast) return fast;
      }
    }
    const denseOf = this.plain ? undefined : (t: number) => this.hot.get(t)?.imp;
    return execute(this.post, this.cols, this.scratch, groups, filter, sort, k, withFacets, this.leaves.codes.length, false, offset, denseOf);
  }

  /** What partialAnswer needs: each group answered alone with the query's filters and sort. */
  private partialEnv(filter: ExecFilter, stdFilter: boolean, sort: SearchSort, withFacets: boolean): PartialEnv {
    return {
      post: this.post,
      cols: this.cols,
      maxK: LIMITS.maxDepth,
      run: (g, k) => this.answer([g], filter, stdFilter, sort, k, 0, withFacets),
      std: (g, total) => sparseStdCounts(this.cols, filter, (d) => g.terms.some((t) => contains(this.post, t.id, d)), total),
    };
  }

  /** Query groups → term ids with weight × idf; `empty` when some group has no known term (resolve.ts). */
  private resolve(parsedGroups: ParsedGroup[]): { groups: ExecGroup[]; empty: boolean } {
    return resolveGroups(this.lex, this.post, this.live, parsedGroups);
  }

  /**
   * For tests and benchmarks (not for application code): the raw structures
   * and the query resolution, so that an exhaustive scan can recompute the
   * ranking function independently of the query executor.
   */
  internals() {
    return {
      lexicon: this.lex,
      postings: this.post,
      columns: this.cols,
      leaves: this.leaves,
      hot: this.hot,
      resolve: (text: string) => this.resolve(parseQuery(text, this.ctx()).groups),
      parse: (text: string) => parseQuery(text, this.ctx()),
    };
  }

  /** As-you-type suggestions for a prefix (Chinese, English, full pinyin or pinyin initials). */
  suggest(prefix: string, limit = 10): Suggestion[] {
    if (typeof prefix !== 'string') return [];
    const p = normalizeText(prefix.slice(0, 100));
    if (!p) return [];
    const lim = Math.max(1, Math.min(50, Math.floor(limit) || 10));
    const out = this.derived.suggester.suggest(p, lim);
    if (p.includes(' ') && out.length < lim) {
      for (const x of this.derived.suggester.suggest(p.replace(/ /g, ''), lim)) if (out.length < lim && !out.some((o) => o.text === x.text)) out.push(x);
    }
    return out;
  }

  async save(path: string): Promise<void> {
    if (this.deltaDocs > 0 || this.dead > 0) this.compact();
    await writeSnapshot(path, {
      lex: this.lex,
      post: this.post,
      cols: this.cols,
      leaves: this.leaves,
      titleDf: this.titleDf.subarray(0, this.lex.size),
      dict: this.dict,
      stored: packStructures(this.lists, this.hot, this.cols.size, this.hotOpts),
    });
  }

  static async load(path: string, opts: SearchIndexOptions = {}): Promise<SearchIndex> {
    const snap = await readSnapshot(path);
    const idx = new SearchIndex(snap.dict, opts);
    idx.lex = snap.lex;
    idx.post = snap.post;
    idx.cols = snap.cols;
    idx.leaves = snap.leaves;
    idx.titleDf = snap.titleDf;
    for (let o = 0; o < idx.cols.size; o++) {
      if (idx.cols.dead[o]) idx.dead++;
      else {
        idx.ids.set(idx.cols.ids[o]!, o);
        idx.live++;
      }
    }
    idx.derived = buildDerived(idx.lex, idx.post, idx.titleDf, idx.dict);
    // The fast paths' structures as stored (a snapshot of another format or other options rebuilds them).
    const names = new Map(snap.stored?.arrays ?? []);
    const kept =
      snap.stored && idx.dead === 0 ? unpackStructures(snap.stored.meta, (n) => names.get(n), idx.cols.size, idx.leaves.codes.length, idx.hotOpts) : undefined;
    idx.hot = kept?.hot ?? HotTerms.build(idx.post, idx.cols, idx.leaves.codes.length, ...idx.hotOpts);
    idx.lists = kept?.lists ?? FacetLists.build(idx.cols, idx.leaves.codes.length);
    return idx;
  }

  stats(): SearchStats {
    const memory: Record<string, number> = {
      postings: this.post.bytes(),
      ...this.cols.memory(),
      lexicon: this.lex.terms.reduce((s, t) => s + 56 + t.length * 2, 0),
      idMap: this.ids.bytes(),
      scratch: this.scratch.bytes(),
      derived: this.derived.bytes(),
      hotTerms: this.hot.bytes(),
      facetLists: this.lists.bytes(),
    };
    return {
      docs: this.live,
      deltaDocs: this.deltaDocs,
      deletedDocs: this.dead,
      terms: this.lex.size,
      postings: this.post.docs.length + this.post.deltaPostings,
      memoryBytes: Object.values(memory).reduce((a, b) => a + b, 0),
      memory,
    };
  }
}

function emptyFacetArrays(nLeaves: number) {
  return { leaf: new Int32Array(nLeaves), price: new Int32Array(7), moq: new Int32Array(7), district: new Int32Array(256), credit: new Int32Array(5) };
}

function checkDoc(doc: SearchDoc): void {
  if (!doc || !Number.isInteger(doc.id) || doc.id <= 0 || doc.id > 2_147_483_647)
    throw new RangeError(`search document id must be an integer 1–2^31−1, got ${String(doc?.id)}`);
  if (typeof doc.categoryCode !== 'string' || !/^\d{2,6}$/.test(doc.categoryCode))
    throw new RangeError(`document ${doc.id}: categoryCode must be a digit code`);
}
