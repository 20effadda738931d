/**
 * Declared standards (亮标) in search: a facet and a filter by kind (GB, GB/T,
 * industry, group, enterprise) and by standard code. Few products declare
 * standards, so the columns keep them sparsely (DocColumns.stdKinds,
 * stdCodes). The general scan (query.ts finishScan) filters and counts them
 * like the other facets; the precomputed answers (hot terms, browse lists)
 * know nothing of standards, so a query filtering on a standard always takes
 * the scan, and for the others the standards facet is counted here by
 * visiting only the documents that declare a standard.
 */
import { makeTest } from './browse.ts';
import type { DocColumns } from './columns.ts';
import type { ExecFilter, StdFacetCounts } from './query.ts';
import type { DocStandard, FacetBucket, SearchFacets, StandardKind } from './types.ts';
import { STANDARD_KINDS } from './types.ts';

/** How many standard codes the `standard` facet lists (the most declared, plus the one filtered on). */
export const STANDARD_FACET_SIZE = 30;

/** The kind bit mask of a `standardKind` filter ('any' = every kind). */
export function stdKindBits(kind: StandardKind | 'any'): number {
  if (kind === 'any') return (1 << STANDARD_KINDS.length) - 1;
  const i = STANDARD_KINDS.indexOf(kind);
  return i < 0 ? 0 : 1 << i;
}

/** A product's declared standards as the signature DocColumns.stdSignature gives for its document ("" = none). */
export function stdSignatureOf(list: readonly DocStandard[] | undefined): string {
  if (!list || list.length === 0) return '';
  let bits = 0;
  const codes = new Set<string>();
  for (const s of list) {
    const k = STANDARD_KINDS.indexOf(s.kind);
    if (k < 0 || !s.code) continue;
    bits |= 1 << k;
    codes.add(s.code);
  }
  if (bits === 0) return '';
  return `${bits}#${[...codes].sort().join('|')}`;
}

/**
 * The standards facet of an answer that did not come from the scan (no standards filter in the query):
 * the documents declaring a standard that match the text (`inText`) and the other filters, counted per
 * kind and per code; 'none' is the rest of the exact `total`.
 */
export function sparseStdCounts(cols: DocColumns, filter: ExecFilter, inText: (d: number) => boolean, total: number): StdFacetCounts {
  const out: StdFacetCounts = { kind: new Int32Array(6), code: new Map() };
  const failed = makeTest(cols, filter); // every filter but the standards ones (same tests as the scan)
  const fails = (d: number): boolean => failed(d) !== 0;
  const { dead, stdKinds } = cols;
  let withStd = 0;
  for (const [d, codes] of cols.stdCodes) {
    const kinds = stdKinds[d]!;
    if (kinds === 0 || dead[d] !== 0 || !inText(d) || fails(d)) continue;
    withStd++;
    for (let b = 0; b < 5; b++) if (kinds & (1 << b)) out.kind[b + 1]!++;
    for (let i = 0; i < codes.length; i++) out.code.set(codes[i]!, (out.code.get(codes[i]!) ?? 0) + 1);
  }
  out.kind[0] = Math.max(0, total - withStd);
  return out;
}

/** The public buckets of the standards facets. */
export function stdFacetsFrom(c: StdFacetCounts, cols: DocColumns, filteredCode: number | undefined): Pick<SearchFacets, 'standardKind' | 'standard'> {
  const standardKind: FacetBucket<StandardKind | 'none'>[] = [];
  STANDARD_KINDS.forEach((k, i) => {
    if (c.kind[i + 1]! > 0) standardKind.push({ key: k, count: c.kind[i + 1]! });
  });
  if (c.kind[0]! > 0) standardKind.push({ key: 'none', count: c.kind[0]! });
  const all = [...c.code].filter(([, n]) => n > 0).map(([id, n]) => ({ key: cols.stdCodeTable[id]!, count: n }));
  all.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const standard = all.slice(0, STANDARD_FACET_SIZE);
  if (filteredCode !== undefined && filteredCode >= 0) {
    const key = cols.stdCodeTable[filteredCode]!;
    if (!standard.some((b) => b.key === key)) {
      const b = all.find((x) => x.key === key);
      if (b) standard.push(b);
    }
  }
  return { standardKind, standard };
}
