/**
 * Public types of the search engine. Everything the caller (database loader,
 * HTTP route, web page) needs to talk to `SearchIndex` is declared here.
 */

export type CreditClass = 'A' | 'B' | 'C' | 'D';
/**
 * Merchant credit classes, best first.
 */
export const CREDIT_CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D'];

/** Kinds of declared standards (亮标, the credit module's declarations): GB, GB/T, industry, group (T/…), enterprise (Q/…). */
export type StandardKind = 'national' | 'national_recommended' | 'industry' | 'group' | 'enterprise';
export const STANDARD_KINDS: readonly StandardKind[] = ['national', 'national_recommended', 'industry', 'group', 'enterprise'];
/** A standard the merchant declares the product meets (code normalised, e.g. "GB/T 1234-2008"). */
export interface DocStandard {
  kind: StandardKind;
  code: string;
}

/** One product as the search engine sees it. */
export interface SearchDoc {
  /** Product id (positive safe integer ≤ 2^31−1). */
  id: number;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Leaf category code, 6 digits (e.g. "080101"). */
  categoryCode: string;
  /** Base-tier unit price in minor units (fen). */
  priceMinor: number;
  moq: number;
  /** Market district number of the merchant's stall (1–255; 0 = unknown). */
  district: number;
  merchantId: number;
  /** Creation time, epoch milliseconds. */
  createdAt: number;
  /** Quality signal 0..1 (merchant standing × sales); see docs/search.md. */
  quality: number;
  creditClass?: CreditClass;
  /** The standards declared on the product (亮标), if any. */
  standards?: DocStandard[];
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest';

export interface SearchFilters {
  /** Category code prefix: "08", "0801" or a leaf "080101". */
  category?: string;
  priceMin?: number;
  priceMax?: number;
  moqMax?: number;
  district?: number;
  creditClass?: CreditClass;
  /** Only products declaring this standard (normalised code, e.g. "GB/T 1234-2008"). */
  standard?: string;
  /** Only products declaring a standard of this kind ('any': some standard). */
  standardKind?: StandardKind | 'any';
}

export interface SearchQuery {
  text: string;
  /** Language of the user interface / query; only used as a hint for ties and highlights. */
  lang?: 'zh' | 'en' | string;
  filters?: SearchFilters;
  sort?: SearchSort;
  /** 1-based page (default 1). */
  page?: number;
  /** Default 20, at most 100. */
  pageSize?: number;
  /** Facet counts are computed unless false. */
  facets?: boolean;
}

/** [start, end) offsets (UTF-16 code units) of a matched term in a title. */
export type HighlightRange = [start: number, end: number];

export interface SearchHit {
  id: number;
  score: number;
  titleZh: string;
  titleEn: string;
  highlights: { titleZh: HighlightRange[]; titleEn: HighlightRange[] };
  /** The merchant's credit class when the index knows it (the credit module's figure). */
  creditClass?: CreditClass;
  /** Only in a partial answer (`interpretation.partial`): the words of the query this product does not match. */
  missingWords?: string[];
}

export interface FacetBucket<K> {
  key: K;
  count: number;
}

export interface CategoryFacetNode {
  code: string;
  count: number;
  children?: CategoryFacetNode[];
}

export interface PriceBand {
  key: string;
  /** Inclusive lower bound, minor units. */
  min: number;
  /** Exclusive upper bound, minor units (null = open). */
  max: number | null;
}

export interface MoqBand {
  key: string;
  min: number;
  /** Inclusive upper bound (null = open). */
  max: number | null;
}

/**
 * Facet counts. Each facet is "disjunctive": it is counted with every filter
 * applied except its own, so that a user sees the alternatives to a choice.
 */
export interface SearchFacets {
  category: CategoryFacetNode[];
  priceBand: FacetBucket<string>[];
  moqBand: FacetBucket<string>[];
  district: FacetBucket<number>[];
  creditClass: FacetBucket<CreditClass | 'none'>[];
  /** Products per kind of declared standard (a product declaring several kinds counts in each); 'none' = declares none. */
  standardKind: FacetBucket<StandardKind | 'none'>[];
  /** The most declared standards (up to 30, and the one filtered on), by count. */
  standard: FacetBucket<string>[];
}

/** How the query was understood (for "did you mean" and "also searched" UI). */
export interface QueryInterpretation {
  /** Groups of terms: a document must match one term of every group. */
  groups: { input: string; terms: { term: string; via: TermSource; weight: number }[] }[];
  /** Corrected query text when a typo was fixed, else undefined. */
  didYouMean?: string;
  /** True when no document matched all groups and any-group matching was used (then `partial` is set). */
  relaxed: boolean;
  /**
   * Set when no product has all the words: the items are partial matches, ranked first by the number of
   * words they match. The result's `total` stays 0 (exact matches); `partial.total` counts the products
   * matching at least one word (with the filters). Show it, e.g. "no exact match; showing goods that match
   * 保温杯" (matchedWords of the best match) and "missing: 不锈钢" (missingWords).
   */
  partial?: PartialMatch;
}

export interface PartialMatch {
  /** Products matching at least one of the words (filters applied). */
  total: number;
  /** The words (group inputs, as typed) the best partial match contains… */
  matchedWords: string[];
  /** …and those it lacks. */
  missingWords: string[];
}

export type TermSource = 'exact' | 'stem' | 'synonym' | 'translation' | 'pinyin' | 'initials' | 'typo' | 'concept' | 'part';

export type SearchResult =
  | {
      kind: 'results';
      total: number;
      page: number;
      pageSize: number;
      items: SearchHit[];
      facets?: SearchFacets;
      interpretation: QueryInterpretation;
      tookMs: number;
    }
  | {
      /** The query is a stall address: redirect to that stall's shop. */
      kind: 'stall';
      stallAddress: { market?: string; district: number; floor: number; street: number; number: number };
      tookMs: number;
    };
// A bad request is not a result: SearchIndex.search throws it as AppError VALIDATION (src/core/errors.ts).

export interface Suggestion {
  /** Text to put in the search box. */
  text: string;
  /** What matched the prefix. */
  via: 'zh' | 'en' | 'pinyin' | 'initials';
  /** Number of products containing it (at the last compaction). */
  count: number;
}

export interface SearchStats {
  docs: number;
  deltaDocs: number;
  deletedDocs: number;
  terms: number;
  postings: number;
  memoryBytes: number;
  memory: Record<string, number>;
}

export interface BuildProgress {
  phase: 'tokenize' | 'invert' | 'finish';
  done: number;
  total?: number;
}
