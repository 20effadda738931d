/**
 * Units of sale of the catalogue, each with its UN/ECE Recommendation 20 code
 * (Codes for Units of Measure Used in International Trade) and its names in
 * Chinese, English and Arabic.
 *
 * The value stored on a product stays the short key used since the first
 * release (`pcs`, `set`, `pair`, …): the keys are what the database, the
 * search index, the demo and every export already hold, and the Rec 20 code is
 * one lookup away (`unitByKey(key).code`). Input — the API, spreadsheets, the
 * CLI — may name a unit by its key, its Rec 20 code, an English name or
 * abbreviation, or a Chinese measure word (`个`, `件`, `只` all mean H87, piece):
 * `parseUnit` maps any of them to the one definition.
 *
 * Pure data and functions: the web UI imports this file too.
 *
 * @example
 * ```ts
 * parseUnit('个')?.key;   // 'pcs'
 * parseUnit('DZN')?.key;  // 'dozen'
 * unitName('carton', 'zh'); // '箱'
 * ```
 */

export type UnitLang = 'zh' | 'en' | 'ar';

export interface UnitDef {
  /** The stored value (products.unit). */
  readonly key: string;
  /** UN/ECE Recommendation 20 common code. */
  readonly code: string;
  /** The name shown to a reader, per language (English: singular). */
  readonly zh: string;
  readonly en: string;
  readonly ar: string;
  /** English plural, for "MOQ 300 pieces". */
  readonly enPlural: string;
  /** Other names accepted on input (compared trimmed, case-insensitively, dots and spaces ignored). */
  readonly aliases: readonly string[];
}

/** Every unit the catalogue allows, in the order lists show them. */
export const UNIT_DEFS = [
  {
    key: 'pcs',
    code: 'H87',
    zh: '个',
    en: 'piece',
    enPlural: 'pieces',
    ar: 'قطعة',
    aliases: ['pc', 'pce', 'pieces', 'ea', 'each', 'unit', 'units', '件', '只', '支', '条', '张', '把', '枚', '台', '颗', '个/件'],
  },
  { key: 'set', code: 'SET', zh: '套', en: 'set', enPlural: 'sets', ar: 'طقم', aliases: ['sets', '组'] },
  { key: 'pair', code: 'PR', zh: '双', en: 'pair', enPlural: 'pairs', ar: 'زوج', aliases: ['pairs', 'prs', '对', '副'] },
  { key: 'dozen', code: 'DZN', zh: '打', en: 'dozen', enPlural: 'dozens', ar: 'دزينة', aliases: ['dozens', 'doz', 'dz'] },
  { key: 'gross', code: 'GRO', zh: '罗', en: 'gross', enPlural: 'gross', ar: 'قروسة', aliases: ['grs'] },
  { key: 'box', code: 'BX', zh: '盒', en: 'box', enPlural: 'boxes', ar: 'علبة', aliases: ['boxes', 'bx'] },
  { key: 'carton', code: 'CT', zh: '箱', en: 'carton', enPlural: 'cartons', ar: 'كرتونة', aliases: ['cartons', 'ctn', 'ctns', 'cs', 'case', '纸箱'] },
  { key: 'pack', code: 'PK', zh: '包', en: 'pack', enPlural: 'packs', ar: 'عبوة', aliases: ['packs', 'pk', 'pkg', 'package', 'packet'] },
  { key: 'bag', code: 'BG', zh: '袋', en: 'bag', enPlural: 'bags', ar: 'كيس', aliases: ['bags'] },
  { key: 'roll', code: 'RO', zh: '卷', en: 'roll', enPlural: 'rolls', ar: 'لفة', aliases: ['rolls', 'rl', '捆'] },
  { key: 'm', code: 'MTR', zh: '米', en: 'metre', enPlural: 'metres', ar: 'متر', aliases: ['meter', 'meters', 'metres', 'mtr', '公尺'] },
  { key: 'yard', code: 'YRD', zh: '码', en: 'yard', enPlural: 'yards', ar: 'ياردة', aliases: ['yards', 'yd', 'yds'] },
  {
    key: 'sqm',
    code: 'MTK',
    zh: '平方米',
    en: 'square metre',
    enPlural: 'square metres',
    ar: 'متر مربع',
    aliases: ['m2', 'm²', 'sq m', 'square meter', '平米'],
  },
  { key: 'kg', code: 'KGM', zh: '千克', en: 'kilogram', enPlural: 'kilograms', ar: 'كيلوغرام', aliases: ['kgs', 'kilo', 'kilos', 'kilograms', '公斤'] },
  { key: 'g', code: 'GRM', zh: '克', en: 'gram', enPlural: 'grams', ar: 'غرام', aliases: ['gram', 'grams', 'gm'] },
  { key: 'ton', code: 'TNE', zh: '吨', en: 'tonne', enPlural: 'tonnes', ar: 'طن', aliases: ['t', 'tonne', 'tonnes', 'tons', 'mt'] },
  { key: 'l', code: 'LTR', zh: '升', en: 'litre', enPlural: 'litres', ar: 'لتر', aliases: ['litre', 'liter', 'litres', 'liters', 'ltr', '公升'] },
] as const satisfies readonly UnitDef[];

/** The stored unit values. */
export type UnitKey = (typeof UNIT_DEFS)[number]['key'];
export const UNIT_KEYS = UNIT_DEFS.map((u) => u.key) as unknown as readonly [UnitKey, ...UnitKey[]];

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .replace(/ $/, '');

const BY_TEXT: ReadonlyMap<string, UnitDef> = (() => {
  const m = new Map<string, UnitDef>();
  for (const u of UNIT_DEFS as readonly UnitDef[]) for (const t of [u.key, u.code, u.zh, u.en, u.enPlural, u.ar, ...u.aliases]) m.set(norm(t), u);
  return m;
})();

/** The unit a text names (key, Rec 20 code, English name or abbreviation, Chinese or Arabic name), or undefined. */
export function parseUnit(text: string): UnitDef | undefined {
  const t = norm(text);
  return BY_TEXT.get(t) ?? BY_TEXT.get(t.replace(/ /g, ''));
}

/** The definition of a stored key (undefined for a value the catalogue does not know). */
export function unitByKey(key: string): UnitDef | undefined {
  return (UNIT_DEFS as readonly UnitDef[]).find((u) => u.key === key);
}

/** A stored key in the reader's language ("个", "piece"/"pieces", "قطعة"); an unknown key as it is. */
export function unitName(key: string, lang: UnitLang, quantity?: number): string {
  const u = unitByKey(key);
  if (!u) return key;
  if (lang === 'en') return quantity !== undefined && quantity !== 1 ? u.enPlural : u.en;
  return u[lang];
}

/** The text an input may use for a unit, for messages and drop-down lists: the names in one language. */
export function unitChoices(lang: UnitLang): string[] {
  return (UNIT_DEFS as readonly UnitDef[]).map((u) => u[lang]);
}
