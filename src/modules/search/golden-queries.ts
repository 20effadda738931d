import type { SearchFilters } from './types.ts';

/**
 * The golden set: queries a Chinese wholesale buyer or a foreign importer
 * types, with what must come first. Checked by golden.test.ts against the
 * deterministic 'demo' market (about 30,000 generated products), so a ranking
 * change that breaks one of them is visible.
 *
 * Expectations: each of the top `n` results (default 3) has a Chinese title
 * containing one of `zh` (and/or an English title containing one of `en`);
 * `minTotal` hits at least; `filters` are applied and every returned item must
 * satisfy them; `stall` = the query is recognised as that stall address;
 * `didYouMean` = the corrected query that is reported.
 */
export interface GoldenQuery {
  kind: 'zh' | 'zh-synonym' | 'traditional' | 'pinyin' | 'initials' | 'en' | 'cross' | 'mixed' | 'typo' | 'filter' | 'stall';
  q: string;
  zh?: string[];
  en?: string[];
  n?: number;
  minTotal?: number;
  filters?: SearchFilters;
  sort?: 'price_asc' | 'price_desc' | 'newest';
  didYouMean?: string;
  stall?: { district: number; floor: number; street: number; number: number };
}

const zh = (q: string, expect: string[] = [q], minTotal = 10): GoldenQuery => ({ kind: 'zh', q, zh: expect, minTotal });
const syn = (q: string, expect: string[]): GoldenQuery => ({ kind: 'zh-synonym', q, zh: expect, minTotal: 5 });
const trad = (q: string, expect: string[]): GoldenQuery => ({ kind: 'traditional', q, zh: expect, minTotal: 5 });
const py = (q: string, expect: string[]): GoldenQuery => ({ kind: 'pinyin', q, zh: expect, minTotal: 5 });
const ini = (q: string, expect: string[]): GoldenQuery => ({ kind: 'initials', q, zh: expect, minTotal: 5 });
const en = (q: string, expectZh: string[], expectEn?: string[]): GoldenQuery => ({
  kind: 'en',
  q,
  zh: expectZh,
  ...(expectEn ? { en: expectEn } : {}),
  minTotal: 5,
});
const cross = (q: string, expect: string[]): GoldenQuery => ({ kind: 'cross', q, zh: expect, minTotal: 5 });
const typo = (q: string, fixed: string, expect: string[]): GoldenQuery => ({ kind: 'typo', q, zh: expect, didYouMean: fixed, minTotal: 5 });

export const GOLDEN: GoldenQuery[] = [
  // Chinese commodity words (jieba + commodity dictionary)
  zh('保温杯'),
  zh('发夹'),
  zh('收纳盒'),
  zh('项链'),
  zh('戒指'),
  zh('手链'),
  zh('扳手'),
  zh('挂锁'),
  zh('帐篷'),
  zh('吊床', ['吊床'], 5),
  zh('羽毛球'),
  zh('悠悠球'),
  zh('招财猫'),
  zh('冰箱贴'),
  zh('钱包'),
  zh('饭盒'),
  zh('垃圾袋'),
  zh('沐浴球'),
  zh('魔方'),
  zh('滑板'),
  zh('排插'),
  zh('卷尺'),
  zh('泳镜'),
  zh('瑜伽垫'),
  zh('蜡笔'),
  zh('排球'),
  zh('登山包'),
  zh('毛绒玩具'),
  zh('回形针'),
  zh('双面胶'),
  zh('伞', ['伞']),
  zh('不锈钢', ['不锈钢'], 20),
  zh('儿童保温杯', ['儿童保温杯'], 5),
  // Chinese synonyms (listed under another name)
  syn('锁头', ['挂锁']),
  syn('插线板', ['排插']),
  syn('便当盒', ['饭盒']),
  syn('溜溜球', ['悠悠球']),
  syn('发财猫', ['招财猫']),
  syn('浴花', ['沐浴球']),
  syn('健身球', ['瑜伽球']),
  syn('钢卷尺', ['卷尺']),
  syn('电锤', ['冲击钻']),
  syn('彩铅', ['彩色铅笔']),
  syn('曲别针', ['回形针']),
  syn('指环', ['戒指', '指环']),
  syn('储物盒', ['收纳盒']),
  // Traditional characters
  trad('掛鎖', ['挂锁']),
  trad('錢包', ['钱包']),
  trad('項鏈', ['项链']),
  trad('帳篷', ['帐篷']),
  trad('髮夾', ['发夹']),
  trad('保溫杯', ['保温杯']),
  trad('手鏈', ['手链']),
  trad('雨傘', ['伞']),
  // Full pinyin (also spaced and run together)
  py('baowenbei', ['保温杯']),
  py('bao wen bei', ['保温杯']),
  py('banshou', ['扳手']),
  py('guasuo', ['挂锁']),
  py('yumaoqiu', ['羽毛球']),
  py('zhangpeng', ['帐篷']),
  py('qianbao', ['钱包']),
  py('mofang', ['魔方']),
  py('xianglian', ['项链']),
  py('shoulian', ['手链']),
  py('bingxiangtie', ['冰箱贴']),
  py('lajidai', ['垃圾袋']),
  py('paicha', ['排插']),
  py('yujiadian', ['瑜伽垫']),
  py('muyuqiu', ['沐浴球']),
  py('shounahe', ['收纳盒']),
  py('ertongbaowenbei', ['儿童保温杯']),
  // Pinyin initials
  ini('bwb', ['保温杯']),
  ini('ymq', ['羽毛球']),
  ini('zcm', ['招财猫']),
  ini('bxt', ['冰箱贴']),
  ini('smj', ['双面胶']),
  ini('hxz', ['回形针']),
  ini('ljd', ['垃圾袋']),
  ini('lqb', ['零钱包']),
  ini('lyd', ['露营灯', '防潮垫']),
  ini('ygb', ['荧光棒']),
  // English as listed
  en('wrench', ['扳手'], ['wrench']),
  en('padlock', ['挂锁']),
  en('tent', ['帐篷']),
  en('hammock', ['吊床']),
  en('yoga mat', ['瑜伽垫']),
  en('skateboard', ['滑板']),
  en('wallet', ['钱包']),
  en('lunch box', ['饭盒']),
  en('fridge magnet', ['冰箱贴']),
  en('paper clip', ['回形针']),
  en('Volleyball', ['排球']),
  en('KNEE PADS', ['护膝']),
  en('snorkel masks', ['浮潜面罩']),
  en('necklaces', ['项链']),
  en('hair clips', ['发夹']),
  // Cross-language: English words that only the dictionary connects to the listing
  cross('thermos cup', ['保温杯']),
  cross('vacuum flask', ['保温杯']),
  cross('spanner', ['扳手']),
  cross('bento box', ['饭盒']),
  cross('trash bag', ['垃圾袋']),
  cross('loofah', ['沐浴球']),
  cross('maneki neko', ['招财猫']),
  cross('bauble', ['圣诞球']),
  cross('swiss ball', ['瑜伽球']),
  cross('spinning reel', ['渔轮']),
  cross('skillet', ['不粘锅', '铸铁锅']),
  cross('sleeping pad', ['防潮垫']),
  cross('extension lead', ['排插']),
  cross('joss stick', ['线香']),
  cross('rubiks cube', ['魔方']),
  cross('dart gun', ['软弹枪']),
  cross('paperclip', ['回形针']),
  cross('barrette', ['发夹']),
  cross('storage bin', ['收纳盒']),
  cross('stuffed animal', ['毛绒玩具']),
  // Mixed Chinese and English / modifiers
  { kind: 'mixed', q: '儿童 thermos cup', zh: ['儿童保温杯', '保温杯'], minTotal: 1 },
  { kind: 'mixed', q: '合金 necklace', zh: ['合金项链', '合金'], minTotal: 1 },
  { kind: 'mixed', q: 'alloy 发夹', zh: ['合金发夹'], minTotal: 1 },
  { kind: 'mixed', q: '亚克力 hair clip', zh: ['亚克力发夹'], minTotal: 1 },
  { kind: 'mixed', q: '钛钢 项链', zh: ['钛钢项链'], minTotal: 1 },
  { kind: 'mixed', q: 'kids umbrella', zh: ['儿童伞'], minTotal: 5 },
  // Typos in Latin script (one edit, words of five letters or more)
  typo('hamock', 'hammock', ['吊床']),
  typo('skatebord', 'skateboard', ['滑板']),
  typo('volleybal', 'volleyball', ['排球']),
  typo('walet', 'wallet', ['钱包']),
  typo('padlok', 'padlock', ['挂锁']),
  typo('neckalce', 'necklace', ['项链']),
  typo('umbrela', 'umbrella', ['伞']),
  // Filters and sorting
  { kind: 'filter', q: '帐篷', filters: { category: '06' }, zh: ['帐篷'], n: 5, minTotal: 10 },
  { kind: 'filter', q: 'necklace', filters: { priceMax: 500 }, zh: ['项链'], n: 5, minTotal: 1 },
  { kind: 'filter', q: '钱包', filters: { moqMax: 200 }, zh: ['钱包'], n: 5, minTotal: 1 },
  { kind: 'filter', q: '项链', sort: 'price_asc', zh: ['项链'], n: 5, minTotal: 10 },
  { kind: 'filter', q: '帐篷', sort: 'newest', zh: ['帐篷'], n: 5, minTotal: 10 },
  { kind: 'filter', q: '', filters: { category: '0104' }, zh: ['夹', '发', '头'], n: 10, minTotal: 100 },
  // Stall addresses in the common written forms
  { kind: 'stall', q: '2区3楼21街12345', stall: { district: 2, floor: 3, street: 21, number: 12345 } },
  { kind: 'stall', q: 'D2-F3-S21-12345', stall: { district: 2, floor: 3, street: 21, number: 12345 } },
  { kind: 'stall', q: '国际商贸城1区2楼5街10203', stall: { district: 1, floor: 2, street: 5, number: 10203 } },
  { kind: 'stall', q: 'd5 f1 s3 10088', stall: { district: 5, floor: 1, street: 3, number: 10088 } },
  { kind: 'stall', q: '二区三楼21街12345', stall: { district: 2, floor: 3, street: 21, number: 12345 } },
  { kind: 'stall', q: '４区２楼１０街２０１１５', stall: { district: 4, floor: 2, street: 10, number: 20115 } },
];
