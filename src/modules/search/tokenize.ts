import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { EN_STOP_WORDS, latinWords, stemEn } from './english.ts';
import { splitRuns } from './normalize.ts';

/**
 * Tokenisation of normalised text. Chinese runs go through jieba with a
 * commodity user dictionary (so 保温杯, 发夹, 收纳盒, 手机壳 stay whole):
 * search mode for indexing (不锈钢保温杯 → 不锈 不锈钢 保温 保温杯), precise
 * mode for queries (→ 不锈钢 保温杯). Segmentations are cached per distinct
 * Chinese run — generated and real listings repeat the same phrases a lot.
 * Latin runs are split into words, stop words dropped, stemmed.
 */

export const ZH_STOP: ReadonlySet<string> = new Set(['的', '了', '和', '与', '及', '或', '是', '在', '之', '等', '把', '被', '个']);

export interface Segmentation {
  /** Search-mode tokens (words and their dictionary sub-words). */
  search: string[];
  /** Precise-mode tokens (longest dictionary words). */
  precise: string[];
}

export class ChineseSegmenter {
  private readonly jieba: Jieba;
  private cache = new Map<string, Segmentation>();
  private readonly cacheLimit: number;

  constructor(userWords: readonly string[], cacheLimit = 400_000) {
    this.jieba = Jieba.withDict(dict);
    // High frequency so that the user words win over splits into common words.
    const lines = userWords.filter((w) => w.length >= 2 && !/\s/.test(w)).map((w) => `${w} ${200000 + 1000 * w.length} n`);
    if (lines.length) this.jieba.loadDict(Buffer.from(`${lines.join('\n')}\n`));
    this.cacheLimit = cacheLimit;
  }

  segment(run: string): Segmentation {
    const hit = this.cache.get(run);
    if (hit) return hit;
    let seg: Segmentation;
    if (run.length === 1) seg = { search: [run], precise: [run] };
    else seg = { search: this.jieba.cutForSearch(run, false), precise: this.jieba.cut(run, false) };
    if (this.cache.size >= this.cacheLimit) this.cache = new Map();
    this.cache.set(run, seg);
    return seg;
  }

  clearCache(): void {
    this.cache = new Map();
  }
}

/** Latin words of a normalised string, stemmed, stop words removed. With `splitAlnum`, "500ml" also gives "500" and "ml". */
export function latinTokens(text: string, splitAlnum: boolean): string[] {
  const out: string[] = [];
  for (const r of splitRuns(text)) {
    if (r.kind !== 'latin') continue;
    for (const w of latinWords(r.text)) {
      if (EN_STOP_WORDS.has(w)) continue;
      if (w.length === 1 && !/\d/.test(w)) continue;
      out.push(stemEn(w));
      if (splitAlnum && /\d/.test(w) && /[a-z]/.test(w)) {
        for (const p of w.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? []) if (p !== w && (p.length > 1 || /\d/.test(p))) out.push(p);
      }
    }
  }
  return out;
}

/** Stemmed Latin words for dictionary phrase matching: hyphenated words only as their joined form ("d-ring" → "dring"), single letters kept. */
export function phraseTokens(text: string): string[] {
  const out: string[] = [];
  for (const r of splitRuns(text)) {
    if (r.kind !== 'latin') continue;
    const parts = latinWords(r.text);
    const w = parts.length > 1 ? parts[parts.length - 1]! : parts[0]!;
    if (!EN_STOP_WORDS.has(w)) out.push(stemEn(w));
  }
  return out;
}
