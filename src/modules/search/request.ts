/** Request helpers of SearchIndex.search: filter validation, highlight terms, display of terms. */
import { invalid } from '../../core/errors.ts';
import { creditCode, type DocColumns, type LeafTable } from './columns.ts';
import type { CommodityDictionary } from './dictionary.ts';
import { normalizeText } from './normalize.ts';
import type { ExecFilter } from './query.ts';
import type { ParsedGroup } from './query-parse.ts';
import type { SearchQuery } from './types.ts';
import { CREDIT_CLASSES, STANDARD_KINDS } from './types.ts';
import { stdKindBits } from './standards.ts';

/** Validates the filters of a query into the executor's form; a bad filter is thrown as VALIDATION (details.field 'filters'). */
export function filterOf(q: SearchQuery, leaves: LeafTable, cols?: DocColumns): ExecFilter {
  const bad = (message: string) => invalid(message, { field: 'filters' });
  const f = q.filters ?? {};
  const out: ExecFilter = {};
  if (f.category !== undefined && f.category !== '') {
    if (typeof f.category !== 'string' || !/^(\d\d){1,3}$/.test(f.category)) throw bad('category must be a category code of 2, 4 or 6 digits');
    out.catMask = leaves.maskFor(f.category);
  }
  const num = (v: unknown, name: string): number | string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `${name} must be a number ≥ 0`;
    return v;
  };
  for (const [key, name] of [
    ['priceMin', 'priceMin'],
    ['priceMax', 'priceMax'],
    ['moqMax', 'moqMax'],
  ] as const) {
    const v = num(f[key], name);
    if (typeof v === 'string') throw bad(v);
    if (v !== undefined) out[key] = v;
  }
  if (f.district !== undefined) {
    if (!Number.isInteger(f.district) || f.district < 0 || f.district > 255) throw bad('district must be an integer 0–255');
    out.district = f.district;
  }
  if (f.creditClass !== undefined) {
    if (!CREDIT_CLASSES.includes(f.creditClass)) throw bad('creditClass must be A, B, C or D');
    out.credit = creditCode(f.creditClass);
  }
  if (f.standardKind !== undefined) {
    if (f.standardKind !== 'any' && !STANDARD_KINDS.includes(f.standardKind)) throw bad(`standardKind must be one of ${STANDARD_KINDS.join(', ')} or any`);
    out.stdKinds = stdKindBits(f.standardKind);
  }
  if (f.standard !== undefined && f.standard !== '') {
    if (typeof f.standard !== 'string' || f.standard.length > 60) throw bad('standard must be a standard number such as GB/T 1234-2008');
    const id = cols ? cols.stdCodeId(f.standard) : -1;
    out.stdCode = id < 0 ? -2 : id;
  }
  return out;
}

/** The Chinese strings and English stems to highlight for a parsed query (concepts give all their names). */
export function highlightTermsOf(groups: ParsedGroup[], dict: CommodityDictionary): { zh: string[]; en: Set<string> } {
  const zh = new Set<string>();
  const en = new Set<string>();
  const addText = (s: string) => {
    if (/[\u3400-\u9fff]/.test(s)) zh.add(normalizeText(s));
    else for (const w of normalizeText(s).split(/[^a-z0-9]+/)) if (w) en.add(w);
  };
  for (const g of groups) {
    for (const t of g.terms) {
      if (t.term.startsWith('§')) {
        const c = dict.concepts[Number(t.term.slice(1))];
        if (c) for (const name of [...c.zh, ...c.en]) addText(name);
      } else addText(t.term);
    }
  }
  return { zh: [...zh].sort((a, b) => b.length - a.length), en };
}

/** How a term is shown in `interpretation` (concepts by their first names). */
export function displayTerm(term: string, dict: CommodityDictionary): string {
  if (!term.startsWith('§')) return term;
  const c = dict.concepts[Number(term.slice(1))];
  return c ? `${c.zh[0] ?? ''}/${c.en[0] ?? ''}` : term;
}
