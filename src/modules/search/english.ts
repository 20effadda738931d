/**
 * English (and other Latin-script) word handling: stop words and a small
 * stemmer for plurals and common inflections. Deliberately conservative —
 * product words must not collapse into each other ("glasses" → "glass" is
 * acceptable, "dress" must stay "dress").
 */

export const EN_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'with',
  'in',
  'on',
  'to',
  'at',
  'by',
  'from',
  'is',
  'are',
  'be',
  'as',
  'it',
  'its',
  'this',
  'that',
  'per',
  'our',
  'your',
  'we',
  'you',
  'all',
  'any',
  'new',
  'x',
]);

const IRREGULAR: Record<string, string> = {
  children: 'child',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
  feet: 'foot',
  teeth: 'tooth',
  geese: 'goose',
  knives: 'knife',
  leaves: 'leaf',
  wolves: 'wolf',
  shelves: 'shelf',
  scarves: 'scarf',
  halves: 'half',
  loaves: 'loaf',
  lives: 'life',
  wives: 'wife',
  thieves: 'thief',
  calves: 'calf',
  people: 'person',
  dice: 'die',
  jewelry: 'jewellery',
  jewelries: 'jewellery',
  jewelleries: 'jewellery',
  colors: 'colour',
  color: 'colour',
  colours: 'colour',
  gray: 'grey',
  organizer: 'organiser',
  organizers: 'organiser',
  aluminum: 'aluminium',
};

/** Words ending in -s that are not plurals (checked after lower-casing). */
const KEEP_S = new Set([
  'glass',
  'dress',
  'bus',
  'gas',
  'lens',
  'canvas',
  'chess',
  'series',
  'news',
  'mattress',
  'compass',
  'cactus',
  'plus',
  'tennis',
  'christmas',
  'xmas',
  'brass',
  'grass',
  'cross',
  'boss',
  'bonus',
  'status',
  'atlas',
  'iris',
  'octopus',
  'hippopotamus',
  'walrus',
  'abacus',
  'circus',
  'pegasus',
  'chassis',
  'bias',
  'alias',
  'analysis',
  'basis',
  'axis',
  'kiss',
  'moss',
  'floss',
  'gloss',
  'fuss',
  'truss',
  'press',
  'express',
  'princess',
  'tiss',
  'tornado',
  'yes',
  'has',
  'was',
  'this',
  'its',
  'his',
  'us',
  'ps',
  'abs',
  'pvs',
  'pcs',
  'gps',
  'ups',
  'ios',
  'dress',
  'oasis',
  'hummus',
  'asbestos',
  'thermos',
  'spatulas',
  'jeans',
  'pants',
  'trousers',
  'shorts',
  'leggings',
  'tongs',
  'pliers',
  'scissors',
  'tweezers',
  'goggles',
  'sunglasses',
  'glasses',
  'earbuds',
  'headphones',
  'slippers',
]);

/**
 * Stem of one lower-case Latin word: irregular plurals, -ies → -y, -es after
 * s/x/z/ch/sh/o, -s; -ing/-ed only for long words (so that "ring", "bed",
 * "string" survive).
 */
const stemCache = new Map<string, string>();

export function stemEn(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemUncached(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

function stemUncached(word: string): string {
  const w = word;
  const irr = IRREGULAR[w];
  if (irr) return irr;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (KEEP_S.has(w)) {
    // Pluralia tantum: fold the common "glasses" / "sunglasses" family onto their singular.
    if (w === 'glasses') return 'glass';
    if (w === 'sunglasses') return 'sunglass';
    return w;
  }
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ves') && w.length > 5) return `${w.slice(0, -3)}f`;
  if (/(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('oes') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  if (
    w.length >= 7 &&
    w.endsWith('ing') &&
    !/(ring|string|spring|ceiling|clothing|bedding|wedding|building|pudding|stuffing|packing|lighting|awning|housing|stocking|earring|sling)$/.test(w)
  ) {
    const base = w.slice(0, -3);
    return /([b-df-hj-kmnp-rtv-y])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  if (w.length >= 6 && w.endsWith('ed') && !/(bed|seed|feed|speed|need|reed|steed|weed|bleed|tweed|shed|sled)$/.test(w)) {
    const base = w.slice(0, -2);
    return /([b-df-hj-kmnp-rtv-y])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  return w;
}

/** A Latin run split into word tokens (hyphenated words give the parts and the joined form). */
export function latinWords(run: string): string[] {
  if (!run.includes('-') && !run.includes("'")) return [run];
  const parts = run.split(/[-']/).filter((p) => p.length > 0);
  if (run.includes("'")) return parts.filter((p) => p !== 's');
  return [...parts, parts.join('')];
}
