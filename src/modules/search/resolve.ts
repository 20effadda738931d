import type { Lexicon, Postings } from './postings.ts';
import type { ExecGroup } from './query.ts';
import type { ParsedGroup } from './query-parse.ts';

/**
 * Parsed query groups → term ids with query weight × idf (`live` documents for N); `empty` when some
 * group has no term in the index. Synonyms and translations never score above the words the user
 * typed (their idf is capped by the typed words' idf), and translations are dropped when a typed word
 * (or its concept) matches.
 */
export function resolveGroups(lex: Lexicon, post: Postings, live: number, parsedGroups: ParsedGroup[]): { groups: ExecGroup[]; empty: boolean } {
  const N = Math.max(1, live);
  const groups: ExecGroup[] = [];
  let empty = false;
  for (const g of parsedGroups) {
    const eg: ExecGroup = { terms: [], df: 0 };
    let cap = 0;
    const resolved: { id: number; df: number; idf: number; weight: number; secondary: boolean }[] = [];
    for (const t of g.terms) {
      const id = lex.id(t.term);
      const df = id < 0 ? 0 : post.df(id);
      if (df === 0) continue;
      const idf = Math.max(0.01, Math.log(1 + (N - df + 0.5) / (df + 0.5)));
      const secondary = t.via === 'synonym' || t.via === 'translation';
      if (!secondary) cap = Math.max(cap, idf);
      resolved.push({ id, df, idf, weight: t.weight, secondary });
    }
    // Translations only help when nothing the user typed (or its concept) is in the index: a single English
    // word ("ring") is too ambiguous to widen a Chinese query that already matches.
    const hasPrimary = resolved.some((r) => !r.secondary);
    for (const r of resolved) {
      if (hasPrimary && r.secondary && g.terms.find((t) => lex.id(t.term) === r.id)?.via === 'translation') continue;
      eg.terms.push({ id: r.id, w: r.weight * (r.secondary && cap > 0 ? Math.min(r.idf, cap) : r.idf) });
      eg.df += r.df;
    }
    if (eg.terms.length === 0) empty = true;
    groups.push(eg);
  }
  return { groups, empty };
}
