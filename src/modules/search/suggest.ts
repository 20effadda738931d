import type { Suggestion } from './types.ts';

/**
 * As-you-type suggestions: one array of (key, text, via, count) sorted by key;
 * a prefix is found by binary search and the matching range scanned (bounded)
 * for the entries with the most documents. Keys are Chinese words, English
 * names, full pinyin and pinyin initials, so 保, bao, bw and th all suggest.
 */
export interface SuggestEntry {
  key: string;
  text: string;
  via: Suggestion['via'];
  count: number;
}

export class Suggester {
  private readonly entries: SuggestEntry[];
  constructor(entries: SuggestEntry[]) {
    this.entries = entries.filter((e) => e.key.length > 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.count - a.count));
  }

  get size(): number {
    return this.entries.length;
  }

  suggest(prefix: string, limit: number, scanCap = 20000): Suggestion[] {
    if (!prefix) return [];
    const es = this.entries;
    let lo = 0;
    let hi = es.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (es[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    // Keep the best `limit` distinct texts; exact key matches first, then by count.
    const best = new Map<string, { s: Suggestion; rank: number }>();
    for (let i = lo, n = 0; i < es.length && n < scanCap; i++, n++) {
      const e = es[i]!;
      if (!e.key.startsWith(prefix)) break;
      const rank = e.count * (e.key === prefix ? 4 : 1) * (e.via === 'initials' && e.key !== prefix ? 0.5 : 1);
      const cur = best.get(e.text);
      if (!cur || cur.rank < rank) best.set(e.text, { s: { text: e.text, via: e.via, count: e.count }, rank });
    }
    return [...best.values()]
      .sort((a, b) => b.rank - a.rank || (a.s.text < b.s.text ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.s);
  }
}
