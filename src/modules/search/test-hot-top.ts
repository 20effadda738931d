/** Test helper: shorten the hot terms' precomputed best-document lists (hot-terms.ts) for property tests. */
export { setHotTopForTests } from './hot-terms.ts';
