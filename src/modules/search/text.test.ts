import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CommodityDictionary, enKey } from './dictionary.ts';
import { stemEn } from './english.ts';
import { highlightRanges, markHighlights, mergeRanges } from './highlight.ts';
import { T2S } from './t2s-data.ts';
import { normalizeText, splitRuns } from './normalize.ts';
import { PinyinIndex, pinyinOf } from './pinyin.ts';
import { ChineseSegmenter, latinTokens } from './tokenize.ts';
import { TopK } from './topk.ts';
import { TypoIndex, withinOneEdit } from './typo.ts';

describe('normalisation', () => {
  it('folds full width, case, traditional characters and control characters', () => {
    assert.equal(normalizeText('ＡＢＣ１２３'), 'abc123');
    assert.equal(normalizeText('保溫杯 髮夾 錢包 帳篷'), '保温杯 发夹 钱包 帐篷');
    assert.equal(normalizeText('a\u0000b\u0007c\u200bd'), 'a b c d');
    assert.equal(normalizeText('  Thermos   CUP '), 'thermos cup');
    assert.equal(normalizeText('５００ｍｌ　保温杯'), '500ml 保温杯');
  });
  it('splits Chinese and Latin runs, keeping inner hyphens and dots', () => {
    assert.deepEqual(
      splitRuns('不锈钢保温杯 500ml t-shirt 0.5mm').map((r) => r.text),
      ['不锈钢保温杯', '500ml', 't-shirt', '0.5mm'],
    );
  });
  it('never throws and is idempotent on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('English', () => {
  it('stems plurals and simple inflections without merging product words', () => {
    assert.equal(stemEn('necklaces'), 'necklace');
    assert.equal(stemEn('batteries'), 'battery');
    assert.equal(stemEn('boxes'), 'box');
    assert.equal(stemEn('brushes'), 'brush');
    assert.equal(stemEn('knives'), 'knife');
    assert.equal(stemEn('dress'), 'dress');
    assert.equal(stemEn('glasses'), 'glass');
    assert.equal(stemEn('ring'), 'ring');
    assert.equal(stemEn('earrings'), 'earring');
    assert.equal(stemEn('children'), 'child');
    assert.equal(stemEn('jewelry'), 'jewellery');
    assert.equal(stemEn('thermos'), 'thermos');
  });
  it('builds phrase keys', () => {
    assert.equal(enKey('Thermos Cups'), 'thermos cup');
    assert.equal(enKey('T-Shirt'), 'tshirt');
    assert.deepEqual(latinTokens('stainless steel 500ml', true), ['stainless', 'steel', '500ml', '500', 'ml']);
  });
});

describe('Chinese segmentation with the commodity dictionary', () => {
  const dict = CommodityDictionary.build();
  const seg = new ChineseSegmenter(dict.userDictWords());
  it('keeps commodity words whole in precise mode', () => {
    for (const w of ['保温杯', '发夹', '收纳盒', '手机壳']) assert.ok(seg.segment(`不锈钢${w}批发`).precise.includes(w), w);
  });
  it('gives sub-words in search mode', () => {
    const s = seg.segment('不锈钢保温杯').search;
    for (const w of ['不锈钢', '保温', '保温杯']) assert.ok(s.includes(w), w);
  });
  it('knows bilingual concepts with synonyms on both sides', () => {
    assert.ok(dict.byZh.get('保温杯')?.length);
    const id = dict.byEn.get('thermos cup')?.[0];
    assert.ok(id !== undefined && dict.concepts[id]!.zh.includes('保温杯'));
    const hc = dict.byEn.get('hair clip')?.[0];
    assert.ok(hc !== undefined && dict.concepts[hc]!.zh.includes('发夹'));
    assert.deepEqual(
      dict.matchEnglish(['key', 'ring']).map((m) => m.len),
      [2],
    );
  });
});

describe('pinyin', () => {
  it('gives full pinyin and initials', () => {
    assert.deepEqual(pinyinOf('保温杯'), { full: 'baowenbei', initials: 'bwb' });
    assert.equal(pinyinOf('绿色')?.full, 'lvse');
    assert.equal(pinyinOf('abc'), undefined);
  });
  it('looks up and segments run-together pinyin', () => {
    const p = new PinyinIndex();
    p.add('保温杯', 10);
    p.add('不锈钢', 20);
    p.add('保温', 30);
    p.finish();
    assert.deepEqual(p.lookupFull('baowenbei'), ['保温杯']);
    assert.deepEqual(p.lookupInitials('bxg'), ['不锈钢']);
    assert.deepEqual(p.segment('buxiugangbaowenbei'), ['不锈钢', '保温杯']);
    assert.equal(p.segment('qwertyuiop'), undefined);
  });
});

describe('typo tolerance', () => {
  it('finds words within one edit, for words of five letters or more', () => {
    const t = new TypoIndex();
    t.add('necklace', 100);
    t.add('hammock', 10);
    t.add('umbrella', 50);
    assert.equal(t.correct('neckalce'), 'necklace');
    assert.equal(t.correct('hamock'), 'hammock');
    assert.equal(t.correct('umbrellla'), 'umbrella');
    assert.equal(t.correct('umbrela'), 'umbrella');
    assert.equal(t.correct('hamo'), undefined);
    assert.equal(t.correct('xyzzyx'), undefined);
  });
  it('withinOneEdit agrees with a direct definition', () => {
    const dist = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        (a, b) => withinOneEdit(a, b) === dist(a, b) <= 1,
      ),
    );
  });
});

describe('top-k heap', () => {
  it('keeps the k best (key desc, ordinal asc)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (keys, k) => {
        const h = new TopK(k);
        keys.forEach((key, ord) => h.push(key, ord));
        const want = keys
          .map((key, ord) => ({ key, ord }))
          .sort((a, b) => b.key - a.key || a.ord - b.ord)
          .slice(0, k);
        assert.deepEqual(h.sorted(), want);
      }),
    );
  });
});

describe('highlighting', () => {
  it('marks Chinese terms and English stems with offsets in the original title', () => {
    assert.deepEqual(highlightRanges('不锈钢保温杯 500ml', ['保温杯'], new Set()), [[3, 6]]);
    assert.deepEqual(highlightRanges('Stainless Thermos Cups', [], new Set(['cup', 'thermos'])), [
      [10, 17],
      [18, 22],
    ]);
    assert.deepEqual(highlightRanges('保溫杯', ['保温杯'], new Set()), [[0, 3]]);
  });
  it('offsets equal a plain character-by-character reference on any title (full-width, traditional, compatibility forms, surrogates)', () => {
    // The straightforward version (one string per character, arrays of offsets), kept as the reference.
    const reference = (title: string, zh: readonly string[], en: ReadonlySet<string>) => {
      let norm = '';
      const from: number[] = [];
      const to: number[] = [];
      for (let pos = 0; pos < title.length; pos++) {
        const c = title.charCodeAt(pos);
        let n: string;
        if (c < 0x80) n = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 32 ? ' ' : title[pos]!;
        else if (c >= 0xff01 && c <= 0xff5e) n = String.fromCharCode(c - 0xfee0).toLowerCase();
        else if (c >= 0xd800 && c <= 0xdfff) n = ' ';
        else if (c >= 0x3400 && c <= 0x9fff) n = T2S.get(title[pos]!) ?? title[pos]!;
        else n = T2S.get(title[pos]!) ?? (normalizeText(title[pos]!) || ' ');
        for (let i = 0; i < n.length; i++) {
          from.push(pos);
          to.push(pos + 1);
        }
        norm += n;
      }
      const ranges: [number, number][] = [];
      for (const t of zh) if (t) for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + t.length)) ranges.push([from[i]!, to[i + t.length - 1]!]);
      const re = /[a-z0-9\u00c0-\u024f]+/g;
      if (en.size)
        for (let m = re.exec(norm); m; m = re.exec(norm))
          if (en.has(m[0]) || en.has(stemEn(m[0]))) ranges.push([from[m.index]!, to[m.index + m[0].length - 1]!]);
      return mergeRanges(ranges);
    };
    const trad = [...T2S.keys()].slice(0, 40);
    const pool = [
      ...'保温杯不锈钢毛绒玩具abcXYZ 09-.',
      ...'ＡＢＣａｂｃ１２　',
      ...trad,
      ...[...trad].map((t) => T2S.get(t)!),
      '①',
      '㎏',
      'é',
      'Ⅻ',
      '\u0007',
      '😀',
      'ß',
    ];
    const title = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        title,
        fc.array(fc.constantFrom('保温', '杯', 'abc', '12', '毛绒玩具', '1', 'kg'), { maxLength: 3 }),
        fc.array(fc.constantFrom('abc', 'xyz', 'kg', '09'), { maxLength: 2 }),
        (t, zh, en) => {
          assert.deepEqual(highlightRanges(t, zh, new Set(en)), reference(t, zh, new Set(en)));
        },
      ),
      { numRuns: 2000 },
    );
    // A title longer than the scratch arrays.
    const long = '保溫杯ＡＢＣ'.repeat(200);
    assert.deepEqual(highlightRanges(long, ['保温杯'], new Set(['abc'])), reference(long, ['保温杯'], new Set(['abc'])));
  });
  it('escapes HTML', () => {
    assert.equal(markHighlights('<b>保温杯</b>', [[3, 6]]), '&lt;b&gt;<mark>保温杯</mark>&lt;/b&gt;');
  });
});
