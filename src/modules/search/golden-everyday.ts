/**
 * Everyday buyer queries, written independently of the product-kind vocabulary
 * (src/modules/catalog/reference/product-kinds.ts) and of the search dictionary:
 * the words and phrasings a wholesale buyer actually types — colloquial Chinese,
 * English with plurals and typos, toneless pinyin, a few mixed phrases.
 *
 * The expectation of each query was judged by a person, as a buyer, against the
 * category tree and the product titles of the deterministic 'demo' market, and
 * written down before the queries were run: `accept` lists the category codes
 * (leaves or prefixes) whose products answer the query, and at least `k` of the
 * top 10 results must be in them.
 *
 * Queries the engine fails today are listed in EVERYDAY_KNOWN_MISSES; the test
 * asserts that each still fails, so a fix forces the list to be updated.
 */
export interface EverydayQuery {
  kind: 'zh' | 'en' | 'pinyin' | 'typo' | 'plural' | 'mixed';
  q: string;
  accept: readonly string[];
  /** At least this many of the top 10 are in `accept`. */
  k: number;
}

const q = (kind: EverydayQuery['kind'], text: string, accept: string[], k = 8): EverydayQuery => ({ kind, q: text, accept, k });

// Categories a buyer accepts, by intent.
const CUPS = ['130401', '130402', '130403'];
const BOTTLES = ['130401', '130403'];
const UMBRELLAS = ['0801', '0802'];
const TISSUES = ['120502', '120602', '200102', '260302'];
const SLIPPERS = ['160101', '160102'];
const SOCKS = ['1401'];
const HATS = ['1504', '040103'];
const KEYCHAINS = ['010503', '020102'];
const EARRINGS = ['0102'];
const SCISSORS = ['130201', '190402', '090103', '210402', '170202', '170303'];
const SCREWDRIVERS = ['090102', '090103'];
const TORCHES = ['100103', '060303'];
const BAGS_SCHOOL = ['070201', '070202'];
const TOY_CARS = ['020201', '020203', '020303'];
const DOLLS = ['020401', '020101', '260401'];
const BATTERIES = ['1004', '110302'];
const CHARGERS = ['250202', '200201', '100402'];
const LIGHTS = ['040104', '1001', '060303'];
// Corrected after the first run (judging errors, not engine fixes): washi tape (050203), floral tape (230302) and a
// sewing tape measure (190402) are tapes, and matryoshka (260401) are dolls; the category tree alone had hidden them.
const TAPES = ['050403', '090301', '240401', '240103', '050203', '230302', '190402'];
const FACE_MASKS = ['120602', '240103', '170401', '260301', '040201'];

export const EVERYDAY: readonly EverydayQuery[] = [
  // Colloquial Chinese
  q('zh', '水杯', CUPS),
  q('zh', '保温壶', ['130401', '130403'], 6),
  q('zh', '手机壳', ['250101']),
  q('zh', '数据线', ['250201']),
  q('zh', '雨伞', UMBRELLAS),
  q('zh', '纸巾', TISSUES),
  q('zh', '垃圾袋', ['120203']),
  q('zh', '拖鞋', SLIPPERS),
  q('zh', '充电器', CHARGERS),
  q('zh', '耳机', ['100501']),
  q('zh', '玩具车', TOY_CARS, 6),
  q('zh', '儿童玩具', ['02']),
  q('zh', '发卡', ['010401']),
  q('zh', '头绳', ['010403']),
  q('zh', '袜子', SOCKS),
  q('zh', '帽子', HATS),
  q('zh', '圣诞装饰', ['0401']),
  q('zh', '彩灯', LIGHTS, 5),
  q('zh', '灯串', LIGHTS, 6),
  q('zh', '胶带', TAPES),
  q('zh', '笔记本', ['050201']),
  q('zh', '中性笔', ['050101']),
  q('zh', '书包', BAGS_SCHOOL),
  q('zh', '钥匙扣', KEYCHAINS),
  q('zh', '口罩', FACE_MASKS),
  q('zh', '牙刷', ['120302']),
  q('zh', '毛巾', ['2202']),
  q('zh', '衣架', ['120401', '120402']),
  q('zh', '剪刀', SCISSORS),
  q('zh', '螺丝刀', SCREWDRIVERS),
  q('zh', '炒锅', ['130101']),
  q('zh', '筷子', ['130302', '130303', '260402']),
  q('zh', '杯子', ['1304']),
  q('zh', '耳环', EARRINGS),
  q('zh', '气球', ['040301']),
  q('zh', '玩具枪', ['020603']),
  q('zh', '积木', ['020301']),
  q('zh', '娃娃', DOLLS),
  q('zh', '墨镜', ['1801']),
  q('zh', '手电筒', TORCHES),
  q('zh', '电池', BATTERIES),
  // English
  q('en', 'kids toys', ['02']),
  q('en', 'phone case', ['250101']),
  q('en', 'usb cable', ['250201']),
  q('en', 'water bottle', BOTTLES, 7),
  q('en', 'hair clip', ['010401']),
  q('en', 'christmas decorations', ['0401']),
  q('en', 'LED lights', LIGHTS),
  q('en', 'tissues', TISSUES),
  q('en', 'garbage bags', ['120203']),
  q('en', 'slippers', SLIPPERS),
  q('en', 'umbrellas', UMBRELLAS),
  q('en', 'sunglasses', ['1801']),
  q('en', 'keychain', KEYCHAINS),
  q('en', 'key ring', KEYCHAINS),
  q('en', 'earrings', EARRINGS),
  q('en', 'socks', SOCKS),
  q('en', 'balloons', ['040301']),
  q('en', 'building blocks', ['020301']),
  q('en', 'scissors', SCISSORS),
  q('en', 'screwdriver', SCREWDRIVERS),
  q('en', 'flashlight', TORCHES),
  q('en', 'torch', TORCHES),
  q('en', 'tape', TAPES),
  q('en', 'notebook', ['050201']),
  q('en', 'backpack', BAGS_SCHOOL),
  q('en', 'school bag', BAGS_SCHOOL),
  q('en', 'face mask', FACE_MASKS),
  q('en', 'toothbrush', ['120302']),
  q('en', 'towel', ['2202']),
  q('en', 'hangers', ['120401', '120402']),
  q('en', 'chopsticks', ['130302', '130303', '260402']),
  q('en', 'coffee mug', CUPS),
  q('en', 'teddy bear', ['020101'], 6),
  q('en', 'party supplies', ['0403']),
  q('en', 'toy car', TOY_CARS, 6),
  q('en', 'doll', DOLLS),
  q('en', 'gift bags', ['040501']),
  q('en', 'photo frame', ['030401']),
  q('en', 'artificial flowers', ['2301', '2302']),
  // Typos
  q('typo', 'sunglases', ['1801']),
  q('typo', 'chrismas decorations', ['0401']),
  q('typo', 'ballons', ['040301']),
  q('typo', 'backpak', BAGS_SCHOOL),
  q('typo', 'scisors', SCISSORS),
  q('typo', 'flashligt', TORCHES),
  q('typo', 'earings', EARRINGS),
  // Toneless pinyin
  q('pinyin', 'shuibei', CUPS),
  q('pinyin', 'yusan', UMBRELLAS),
  q('pinyin', 'shoujike', ['250101']),
  q('pinyin', 'shujuxian', ['250201']),
  q('pinyin', 'tuoxie', SLIPPERS),
  q('pinyin', 'zhijin', TISSUES),
  q('pinyin', 'wazi', SOCKS),
  q('pinyin', 'maozi', HATS),
  // Plurals
  q('plural', 'batteries', BATTERIES),
  q('plural', 'knives', ['130201', '090103', '260402']),
  q('plural', 'brushes', ['170301', '120202', '050502', '120302', '210402', '200301']),
  q('plural', 'lunch boxes', ['130502', '070503', '130501']),
  q('plural', 'watches', ['1101']),
  // Mixed phrasings
  q('mixed', '儿童 水杯', CUPS, 6),
  q('mixed', 'toys for kids', ['02']),
  q('mixed', 'water bottles for kids', BOTTLES, 6),
  q('mixed', 'cheap phone case', ['250101']),
];

/** Queries of EVERYDAY that the engine fails today, with the cause; golden.test.ts asserts that each still fails. */
export const EVERYDAY_KNOWN_MISSES: readonly string[] = [
  // A category word maps to a dictionary concept that no listing names (titles say 圣诞挂件, 圣诞球, 纸杯 …),
  // and category names are not searched: no results at all.
  '圣诞装饰',
  'christmas decorations',
  'chrismas decorations',
  'party supplies',
  // Toneless pinyin of a dictionary word that no title contains as such (titles say 船袜, 棒球帽): pinyin resolves
  // only to words with title occurrences, so 袜子/帽子, which work in Chinese, are not found by their pinyin.
  'wazi',
  'maozi',
  // "water bottle" maps to 水壶, which in titles is mostly 电热水壶 (kettle) and 洒水壶 (watering can).
  'water bottle',
  'water bottles for kids',
  // 杯子 expands to 水杯, and the many pet travel bottles (宠物随行水杯) outrank drinking cups.
  '杯子',
  // Accessories with short titles (伞骨, 伞套 / Watch Battery, Watch Box) outrank the goods themselves.
  'umbrellas',
  'watches',
  // Only four listings say 保温壶; the other vacuum flasks (保温杯, a separate kind) are not offered.
  '保温壶',
];
