import { type CommodityDictionary, conceptTerm } from './dictionary.ts';
import { PinyinIndex, pinyinOf } from './pinyin.ts';
import type { Lexicon, Postings } from './postings.ts';
import { Suggester, type SuggestEntry } from './suggest.ts';
import { TypoIndex } from './typo.ts';

/**
 * Structures derived from the lexicon and document counts: pinyin look-up,
 * typo correction and suggestions. Rebuilt after a build, a compaction or a
 * snapshot load (about a second at full scale); terms that appear between two
 * compactions are added to pinyin and typo at once, to suggestions at the next
 * compaction.
 */
export interface Derived {
  pinyin: PinyinIndex;
  typo: TypoIndex;
  suggester: Suggester;
  addTerm(term: string, titleDf: number): void;
  bytes(): number;
}

const CJK_WORD = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,8}$/;
const LATIN_WORD = /^[a-z][a-z0-9]*$/;

export function buildDerived(lex: Lexicon, post: Postings, titleDf: Int32Array, dict: CommodityDictionary): Derived {
  const pinyin = new PinyinIndex();
  const typo = new TypoIndex();
  const entries: SuggestEntry[] = [];
  const addPinyinEntries = (text: string, count: number) => {
    const p = pinyinOf(text);
    if (!p) return;
    entries.push({ key: p.full, text, via: 'pinyin', count });
    if (text.length <= 6) entries.push({ key: p.initials, text, via: 'initials', count });
  };
  for (let t = 0; t < lex.size; t++) {
    const term = lex.terms[t]!;
    // Title document counts: a word frequent only in descriptions (每箱, 定制) must not win pinyin or suggestions.
    const df = titleDf[t] ?? 0;
    if (df === 0) continue;
    if (CJK_WORD.test(term)) {
      pinyin.add(term, df);
      if (df >= 2) {
        entries.push({ key: term, text: term, via: 'zh', count: df });
        addPinyinEntries(term, df);
      }
    } else if (LATIN_WORD.test(term)) {
      typo.add(term, df);
      if (term.length >= 3 && df >= 2 && !/\d/.test(term)) entries.push({ key: term, text: term, via: 'en', count: df });
    }
  }
  // Dictionary names (with the concept's document count), so suggestions are whole commodity names.
  for (const c of dict.concepts) {
    const id = lex.id(conceptTerm(c.id));
    const df = id < 0 ? 0 : post.df(id);
    if (df === 0) continue;
    for (const z of c.zh) {
      entries.push({ key: z, text: z, via: 'zh', count: df });
      addPinyinEntries(z, df);
      // Commodity names are what pinyin (and above all initials) usually mean: weighted ×10 over other title words.
      pinyin.add(z, df * 10);
    }
    for (const e of c.en) entries.push({ key: e, text: e, via: 'en', count: df });
  }
  pinyin.finish();
  const suggester = new Suggester(entries);
  return {
    pinyin,
    typo,
    suggester,
    addTerm(term, df) {
      if (df === 0) return;
      if (CJK_WORD.test(term)) pinyin.add(term, df);
      else if (LATIN_WORD.test(term)) typo.add(term, df);
    },
    bytes: () => suggester.size * 120 + typo.size * 200 + lex.size * 20,
  };
}
