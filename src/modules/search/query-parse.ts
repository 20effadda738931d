import { conceptTerm, type CommodityDictionary } from './dictionary.ts';
import { EN_STOP_WORDS, latinWords, stemEn } from './english.ts';
import { normalizeText, splitRuns } from './normalize.ts';
import type { PinyinIndex } from './pinyin.ts';
import { ZH_STOP, type ChineseSegmenter } from './tokenize.ts';
import type { TypoIndex } from './typo.ts';
import type { TermSource } from './types.ts';

/**
 * Query understanding: normalised text → groups of alternative terms. A
 * document matches when it contains at least one term of every group; a group's
 * score is its best term's weight × idf × impact.
 *
 * Chinese runs: jieba precise mode; each word is a group with the word, the
 * dictionary concept(s) it names, their other Chinese names and English names.
 * Unknown Chinese words fall back to their known sub-words, then characters.
 * Latin runs: known words (stemmed) and English dictionary phrases (longest
 * match, "thermos cup" → concept → also 保温杯); unknown words are tried as full
 * pinyin (also run together or spaced), pinyin initials, then one-edit typos.
 */

export interface ParsedTerm {
  term: string;
  via: TermSource;
  weight: number;
}
export interface ParsedGroup {
  input: string;
  terms: ParsedTerm[];
}
export interface ParsedQuery {
  groups: ParsedGroup[];
  didYouMean?: string;
}

export const WEIGHT: Record<TermSource, number> = {
  exact: 1,
  stem: 1,
  concept: 1,
  synonym: 0.85,
  translation: 0.85,
  pinyin: 0.95,
  initials: 0.8,
  typo: 0.7,
  part: 0.6,
};

export interface ParseContext {
  seg: ChineseSegmenter;
  dict: CommodityDictionary;
  pinyin: PinyinIndex;
  typo: TypoIndex;
  /** Documents containing the term (0 = unknown term). */
  df(term: string): number;
}

export const MAX_GROUPS = 12;

interface Tok {
  kind: 'zh' | 'latin';
  raw: string;
  stem: string;
}

export function parseQuery(text: string, ctx: ParseContext): ParsedQuery {
  const norm = normalizeText(text);
  const toks: Tok[] = [];
  for (const r of splitRuns(norm)) {
    if (r.kind === 'cjk') {
      for (const w of ctx.seg.segment(r.text).precise) if (!ZH_STOP.has(w)) toks.push({ kind: 'zh', raw: w, stem: w });
    } else {
      const parts = latinWords(r.text);
      const use = parts.length > 1 && ctx.df(parts[parts.length - 1]!) > 0 ? [parts[parts.length - 1]!] : parts.slice(0, Math.max(1, parts.length - 1));
      for (const w of use) if (!EN_STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w))) toks.push({ kind: 'latin', raw: w, stem: stemEn(w) });
    }
  }
  const groups: ParsedGroup[] = [];
  const corrected: string[] = [];
  let typoUsed = false;

  for (let i = 0; i < toks.length && groups.length < MAX_GROUPS; ) {
    const t = toks[i]!;
    if (t.kind === 'zh') {
      groups.push(...zhGroups(t.raw, ctx));
      corrected.push(t.raw);
      i++;
      continue;
    }
    // A stretch of Latin tokens.
    let j = i;
    while (j < toks.length && toks[j]!.kind === 'latin') j++;
    const stretch = toks.slice(i, j);
    i = j;
    // Resolve unknown words: pinyin (joined stretch first), then typo.
    const known = stretch.map((x) => ctx.df(x.stem) > 0 || ctx.df(x.raw) > 0 || ctx.dict.enWords.has(x.stem));
    if (known.every((k) => !k) && stretch.length > 1) {
      const joined = stretch.map((x) => x.raw).join('');
      const pg = pinyinGroups(joined, ctx);
      if (pg) {
        groups.push(...pg);
        corrected.push(...stretch.map((x) => x.raw));
        continue;
      }
    }
    const stems: (string | undefined)[] = [];
    for (let k = 0; k < stretch.length; k++) {
      const x = stretch[k]!;
      if (known[k]) {
        stems.push(x.stem);
        corrected.push(x.raw);
        continue;
      }
      const pg = /^[a-z]+$/.test(x.raw) ? pinyinGroups(x.raw, ctx) : undefined;
      if (pg) {
        groups.push(...pg);
        corrected.push(x.raw);
        stems.push(undefined);
        continue;
      }
      const fix = ctx.typo.correct(x.raw) ?? ctx.typo.correct(x.stem);
      if (fix) {
        typoUsed = true;
        stems.push(`\u0001${fix}`); // marked as a typo fix
        corrected.push(fix);
      } else {
        stems.push(x.stem); // unknown: a group that matches nothing (all words are required)
        corrected.push(x.raw);
      }
    }
    groups.push(...latinGroups(stems, ctx));
  }
  return { groups: groups.slice(0, MAX_GROUPS), ...(typoUsed ? { didYouMean: corrected.join(' ') } : {}) };
}

function addConcepts(g: ParsedGroup, ids: readonly number[], ctx: ParseContext, skip?: string): void {
  const seen = new Set(g.terms.map((t) => t.term));
  const put = (term: string, via: TermSource) => {
    if (seen.has(term) || term === skip) return;
    seen.add(term);
    g.terms.push({ term, via, weight: WEIGHT[via] });
  };
  for (const id of ids) {
    const c = ctx.dict.concepts[id]!;
    put(conceptTerm(id), 'concept');
    for (const z of c.zh) if (ctx.df(z) > 0) put(z, 'synonym');
    for (const e of c.en) {
      const parts = e.split(' ').filter((w) => !EN_STOP_WORDS.has(w));
      if (parts.length === 1) {
        const s = stemEn(parts[0]!);
        if (ctx.df(s) > 0) put(s, 'translation');
      }
    }
  }
}

function zhGroups(word: string, ctx: ParseContext): ParsedGroup[] {
  const g: ParsedGroup = { input: word, terms: [] };
  if (ctx.df(word) > 0) g.terms.push({ term: word, via: 'exact', weight: 1 });
  const ids = ctx.dict.byZh.get(word);
  if (ids) addConcepts(g, ids, ctx, word);
  if (g.terms.length) return [g];
  // Unknown word: its known sub-words (longest first, not nested), else its characters.
  const subs = ctx.seg
    .segment(word)
    .search.filter((w) => w !== word && w.length > 1 && ctx.df(w) > 0)
    .sort((a, b) => b.length - a.length);
  const chosen: string[] = [];
  for (const s of subs) if (!chosen.some((c) => c.includes(s))) chosen.push(s);
  const covered = new Set(chosen.join(''));
  const out: ParsedGroup[] = chosen.map((s) => ({ input: s, terms: [{ term: s, via: 'part' as const, weight: WEIGHT.part }] }));
  for (const ch of word) {
    if (covered.has(ch) || ZH_STOP.has(ch)) continue;
    out.push({ input: ch, terms: [{ term: ch, via: 'part', weight: WEIGHT.part }] });
  }
  return out.length ? out : [g];
}

function pinyinGroups(s: string, ctx: ParseContext): ParsedGroup[] | undefined {
  const full = ctx.pinyin.lookupFull(s);
  if (full.length) return [pinyinGroup(s, full, 'pinyin', ctx)];
  const seg = ctx.pinyin.segment(s);
  if (seg) return seg.map((w) => pinyinGroup(w, [w], 'pinyin', ctx));
  if (s.length >= 2 && s.length <= 6) {
    // Two-letter initials are very ambiguous: take only the most frequent word; three or more: up to three.
    const ini = ctx.pinyin.lookupInitials(s, s.length === 2 ? 1 : 3);
    if (ini.length) return [pinyinGroup(s, ini, 'initials', ctx)];
  }
  return undefined;
}

function pinyinGroup(input: string, words: string[], via: TermSource, ctx: ParseContext): ParsedGroup {
  const g: ParsedGroup = { input, terms: words.map((w) => ({ term: w, via, weight: WEIGHT[via] })) };
  for (const w of words) {
    const ids = ctx.dict.byZh.get(w);
    if (ids)
      for (const id of ids) if (!g.terms.some((t) => t.term === conceptTerm(id))) g.terms.push({ term: conceptTerm(id), via: 'concept', weight: WEIGHT[via] });
  }
  return g;
}

/** Latin stems (typo fixes marked with \u0001; undefined = already handled as pinyin) → groups, with English dictionary phrases. */
function latinGroups(stems: (string | undefined)[], ctx: ParseContext): ParsedGroup[] {
  const out: ParsedGroup[] = [];
  let k = 0;
  while (k < stems.length) {
    if (stems[k] === undefined) {
      k++;
      continue;
    }
    let end = k;
    while (end < stems.length && stems[end] !== undefined) end++;
    const seq = stems.slice(k, end).map((s) => s!);
    const clean = seq.map((s) => s.replace('\u0001', ''));
    const matches = ctx.dict.matchEnglish(clean);
    let p = 0;
    for (const m of [...matches, { start: clean.length, len: 0, ids: [] as number[] }]) {
      for (; p < m.start; p++) out.push(wordGroup(seq[p]!, ctx));
      if (m.len === 0) break;
      const phrase = clean.slice(m.start, m.start + m.len).join(' ');
      const g: ParsedGroup = { input: phrase, terms: [] };
      if (m.len === 1 && ctx.df(phrase) > 0)
        g.terms.push({
          term: phrase,
          via: seq[m.start]!.startsWith('\u0001') ? 'typo' : 'exact',
          weight: seq[m.start]!.startsWith('\u0001') ? WEIGHT.typo : 1,
        });
      addConcepts(g, m.ids, ctx);
      out.push(g);
      p = m.start + m.len;
    }
    k = end;
  }
  return out;
}

function wordGroup(s: string, ctx: ParseContext): ParsedGroup {
  const typo = s.startsWith('\u0001');
  const term = typo ? s.slice(1) : s;
  const g: ParsedGroup = { input: term, terms: [{ term, via: typo ? 'typo' : 'exact', weight: typo ? WEIGHT.typo : 1 }] };
  const ids = ctx.dict.byEn.get(term);
  if (ids) addConcepts(g, ids, ctx, term);
  return g;
}
