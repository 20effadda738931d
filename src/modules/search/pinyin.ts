import { pinyin } from 'pinyin-pro';

/**
 * Pinyin for Chinese terms, as many Chinese users type: full pinyin without
 * tones ("baowenbei") and initials ("bwb") both lead to 保温杯. ü is written v
 * (lv = 绿). Built over the Chinese terms of the index with their document
 * counts; lookups return the terms most frequent first.
 */

const ALL_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

export function pinyinOf(term: string): { full: string; initials: string } | undefined {
  if (!ALL_CJK.test(term)) return undefined;
  const syl = pinyin(term, { toneType: 'none', type: 'array', v: true }) as string[];
  if (syl.length !== term.length) return undefined;
  const full = syl.join('');
  if (!/^[a-z]+$/.test(full)) return undefined;
  return { full, initials: syl.map((s) => s[0]!).join('') };
}

export class PinyinIndex {
  private readonly full = new Map<string, { term: string; count: number }[]>();
  private readonly initials = new Map<string, { term: string; count: number }[]>();
  private maxFullLen = 0;

  add(term: string, count: number): void {
    if (term.length < 2 || term.length > 8) return;
    const p = pinyinOf(term);
    if (!p) return;
    push(this.full, p.full, term, count);
    if (term.length <= 6) push(this.initials, p.initials, term, count);
    this.maxFullLen = Math.max(this.maxFullLen, p.full.length);
  }

  /** Sorts candidate lists by count; call after adding. */
  finish(): void {
    for (const m of [this.full, this.initials]) for (const l of m.values()) l.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1));
  }

  lookupFull(s: string, limit = 3): string[] {
    return (this.full.get(s) ?? []).slice(0, limit).map((x) => x.term);
  }

  lookupInitials(s: string, limit = 3): string[] {
    if (s.length < 2) return [];
    return (this.initials.get(s) ?? []).slice(0, limit).map((x) => x.term);
  }

  /**
   * Splits run-together full pinyin into the fewest known words
   * ("buxiugangbaowenbei" → 不锈钢 保温杯). Undefined when it cannot.
   */
  segment(s: string): string[] | undefined {
    const n = s.length;
    if (n < 4 || n > 64) return undefined;
    const best: (number | undefined)[] = new Array(n + 1).fill(undefined);
    const prev = new Int32Array(n + 1).fill(-1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      const bi = best[i];
      if (bi === undefined) continue;
      for (let j = i + 2; j <= Math.min(n, i + this.maxFullLen); j++) {
        if (!this.full.has(s.slice(i, j))) continue;
        const bj = best[j];
        if (bj === undefined || bi + 1 < bj) {
          best[j] = bi + 1;
          prev[j] = i;
        }
      }
    }
    if (best[n] === undefined || best[n]! < 2) return undefined;
    const out: string[] = [];
    for (let j = n; j > 0; j = prev[j]!) out.unshift(this.full.get(s.slice(prev[j]!, j))![0]!.term);
    return out;
  }

  /** Entries for the suggester: (key, term, count). */
  *entries(kind: 'full' | 'initials'): Generator<[string, string, number]> {
    const m = kind === 'full' ? this.full : this.initials;
    for (const [k, list] of m) for (const x of list.slice(0, 5)) yield [k, x.term, x.count];
  }
}

function push(m: Map<string, { term: string; count: number }[]>, key: string, term: string, count: number): void {
  const l = m.get(key);
  if (!l) m.set(key, [{ term, count }]);
  else {
    const x = l.find((y) => y.term === term);
    if (!x) l.push({ term, count });
    else x.count = Math.max(x.count, count);
  }
}
