/**
 * Typo tolerance for Latin-script words of five letters or more: one edit
 * (insertion, deletion, substitution or adjacent transposition) against the
 * vocabulary of the index, found through a deletion neighbourhood (every word
 * and its one-letter deletions as keys), then checked exactly. The candidate
 * with the most documents wins.
 */
export class TypoIndex {
  private readonly words: string[] = [];
  private readonly counts: number[] = [];
  private readonly keys = new Map<string, number[]>();

  add(word: string, count: number): void {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return;
    const i = this.words.length;
    this.words.push(word);
    this.counts.push(count);
    for (const k of deletions(word, true)) {
      const l = this.keys.get(k);
      if (l) l.push(i);
      else this.keys.set(k, [i]);
    }
  }

  correct(word: string): string | undefined {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
    let best: number | undefined;
    for (const k of deletions(word, true)) {
      for (const i of this.keys.get(k) ?? []) {
        const w = this.words[i]!;
        if (w === word || !withinOneEdit(word, w)) continue;
        if (best === undefined || this.counts[i]! > this.counts[best]! || (this.counts[i] === this.counts[best] && w < this.words[best]!)) best = i;
      }
    }
    return best === undefined ? undefined : this.words[best];
  }

  get size(): number {
    return this.words.length;
  }
}

function* deletions(w: string, withSelf: boolean): Generator<string> {
  if (withSelf) yield w;
  const seen = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (!seen.has(d)) {
      seen.add(d);
      yield d;
    }
  }
}

/** Optimal-string-alignment distance ≤ 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
