/**
 * Search: the in-process engine for the whole market (Chinese, pinyin,
 * English, cross-language), with facets, exact totals, suggestions,
 * incremental updates and snapshots. See docs/search.md.
 */
export { SearchIndex, LIMITS, type SearchIndexOptions } from './search-index.ts';
export { CommodityDictionary, type Concept } from './dictionary.ts';
export { markHighlights } from './highlight.ts';
export { normalizeText } from './normalize.ts';
export { PRICE_BANDS, MOQ_BANDS } from './columns.ts';
export { QUALITY_BOOST } from './query.ts';
export type * from './types.ts';
export { CREDIT_CLASSES } from './types.ts';
export { SEARCH_MIGRATIONS } from './migrations/index.ts';
export { buildEta, LiveSearch, type BuildProgress, type LiveSearchOptions } from './live-index.ts';
export { noteProductsChanged } from './touch.ts';
export { STANDARD_KINDS } from './types.ts';
