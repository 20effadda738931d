/**
 * Reference vocabulary of the Yiwu small-commodity market, used by the
 * catalogue and by the deterministic demo-data generator: product kinds per
 * leaf category (Chinese and English names with synonyms, HS code, unit, price,
 * MOQ and carton data that fit the goods), title modifiers, the market and its
 * districts, and words for merchant firm names.
 *
 * Conventions
 * - Prices are CNY in fen (integer minor units), base-tier wholesale unit price.
 * - HS codes are 10-digit Chinese tariff codes. Where the national 8th–10th
 *   digits are not certain, the 6-digit HS subheading is followed by zeros.
 * - unitGrossG is gross weight per unit including its share of inner and outer
 *   packaging, so that unitsPerCarton × unitGrossG is the carton gross weight.
 *
 * The product table is written compactly (one row per kind) and expanded into
 * ProductKind objects at module load.
 */
import { CATEGORY_TREE } from '../catalog/category-tree.ts';

export type Unit = 'pcs' | 'set' | 'pair' | 'dozen' | 'box' | 'pack' | 'roll' | 'm' | 'kg' | 'bag';

export interface ProductKind {
  /** Leaf code from CATEGORY_TREE (6 characters). */
  category: string;
  /** Base noun in simplified Chinese, e.g. '保温杯'. */
  zh: string;
  /** Base noun in English, singular, lower case, e.g. 'thermos cup'. */
  en: string;
  enSynonyms?: string[];
  zhSynonyms?: string[];
  /** 10-digit Chinese HS code, digits only. */
  hs: string;
  unit: Unit;
  /** Wholesale unit price range at the base tier, CNY fen. */
  priceFen: [number, number];
  /** Minimum order quantity range, in units. */
  moq: [number, number];
  unitsPerCarton: [number, number];
  /** Typical export carton L×W×H in cm. */
  cartonCm: [number, number, number];
  /** Gross weight per unit in grams including packaging share. */
  unitGrossG: number;
  /** Attribute name (English, lower case) → possible values. */
  attributes?: Record<string, { zh: string; en: string }[]>;
}

export interface Modifier {
  zh: string;
  en: string;
}

type Attrs = Record<string, Modifier[]>;

/**
 * Parses 'material=合金/alloy;不锈钢/stainless steel|size=小/small;大/large'
 * into an attribute record.
 */
function attrs(spec: string): Attrs {
  const out: Attrs = {};
  for (const group of spec.split('|')) {
    const eq = group.indexOf('=');
    const key = group.slice(0, eq).trim();
    out[key] = group
      .slice(eq + 1)
      .split(';')
      .map((pair) => {
        const slash = pair.indexOf('/');
        return { zh: pair.slice(0, slash).trim(), en: pair.slice(slash + 1).trim() };
      });
  }
  return out;
}

/**
 * One product kind in compact form:
 * [zh, en, hs, unit, priceLoFen, priceHiFen, moqLo, moqHi, perCartonLo, perCartonHi,
 *  'LxWxH' carton cm, unit gross g, enSynonyms 'a|b', zhSynonyms 'a|b', attribute spec]
 */
type Row = [
  zh: string,
  en: string,
  hs: string,
  unit: Unit,
  priceLo: number,
  priceHi: number,
  moqLo: number,
  moqHi: number,
  perCartonLo: number,
  perCartonHi: number,
  carton: string,
  grossG: number,
  enSyn?: string,
  zhSyn?: string,
  attr?: string,
];

const KINDS: ProductKind[] = [];

function splitList(s: string | undefined): string[] | undefined {
  if (!s) return undefined;
  const list = s.split('|').map((x) => x.trim()).filter((x) => x.length > 0);
  return list.length > 0 ? list : undefined;
}

/** Adds the kinds of one leaf category; leafAttr applies to rows without their own. */
function leaf(category: string, leafAttr: string | null, rows: Row[]): void {
  for (const r of rows) {
    const [zh, en, hs, unit, pLo, pHi, mLo, mHi, cLo, cHi, carton, g, enSyn, zhSyn, attr] = r;
    const dims = carton.split('x').map(Number);
    const kind: ProductKind = {
      category,
      zh,
      en,
      hs,
      unit,
      priceFen: [pLo, pHi],
      moq: [mLo, mHi],
      unitsPerCarton: [cLo, cHi],
      cartonCm: [dims[0] ?? 0, dims[1] ?? 0, dims[2] ?? 0],
      unitGrossG: g,
    };
    const es = splitList(enSyn);
    if (es) kind.enSynonyms = es;
    const zs = splitList(zhSyn);
    if (zs) kind.zhSynonyms = zs;
    const spec = attr || leafAttr;
    if (spec) kind.attributes = attrs(spec);
    KINDS.push(kind);
  }
}

// Shared attribute specs.
const SZ_SML = 'size=小号/small;中号/medium;大号/large';
const SZ_CLOTH = 'size=S/S;M/M;L/L;XL/XL;XXL/XXL';
const SZ_KIDS = 'size=80cm/80 cm;90cm/90 cm;100cm/100 cm;110cm/110 cm;120cm/120 cm;130cm/130 cm';
const JEWEL = 'material=合金/alloy;钛钢/titanium steel;不锈钢/stainless steel;铜镀金/gold-plated copper;仿珍珠/faux pearl;亚克力/acrylic|plating=18K金色/18k gold tone;银色/silver tone;玫瑰金/rose gold';
const HAIR = 'material=塑料/plastic;合金/alloy;布艺/fabric;亚克力/acrylic;仿珍珠/faux pearl|age=成人/adult;儿童/kids';
const TOY_AGE = 'age=0-3岁/0-3 years;3-6岁/3-6 years;6-12岁/6-12 years;14岁以上/14+ years';
const TOY_RC = 'scale=1:12/1:12;1:16/1:16;1:18/1:18;1:24/1:24|battery=AA电池/AA batteries;锂电池/lithium battery;USB充电/USB rechargeable';
const PLUSH = 'height=20cm/20 cm;30cm/30 cm;40cm/40 cm;60cm/60 cm;80cm/80 cm|filling=PP棉/PP cotton';
const XMAS_H = 'height=60cm/60 cm;90cm/90 cm;120cm/120 cm;150cm/150 cm;180cm/180 cm;210cm/210 cm';
const PAPER = 'paper=70克/70 gsm;80克/80 gsm;100克/100 gsm|size=A4/A4;A5/A5;B5/B5;A6/A6';
const INK = 'ink colour=黑色/black;蓝色/blue;红色/red|tip=0.38mm/0.38 mm;0.5mm/0.5 mm;0.7mm/0.7 mm;1.0mm/1.0 mm';
const BAGMAT = 'material=PU皮/PU leather;帆布/canvas;尼龙/nylon;牛津布/Oxford fabric;涤纶/polyester';
const LUGGAGE = 'size=20寸/20 inch;24寸/24 inch;28寸/28 inch|material=ABS/ABS;PC/PC;ABS+PC/ABS+PC;牛津布/Oxford fabric';
const UMB = 'ribs=8骨/8 ribs;10骨/10 ribs;16骨/16 ribs;24骨/24 ribs|fabric=190T涤纶/190T polyester;210T碰击布/210T pongee;黑胶/black coated UV';
const TOOL = 'material=铬钒钢/chrome vanadium steel;碳钢/carbon steel;不锈钢/stainless steel|handle=塑料柄/plastic handle;双色胶柄/dual-material grip';
const VOLT = 'voltage=220V/220V;110V/110V;USB 5V/USB 5V|plug=中规/China plug;欧规/EU plug;英规/UK plug;美规/US plug';
const LED = 'power=3W/3W;5W/5W;9W/9W;12W/12W;18W/18W|base=E27/E27;E14/E14;B22/B22|colour temperature=暖白3000K/warm white 3000K;正白6500K/cool white 6500K';
const WATCH = 'strap=硅胶/silicone;皮带/leather;钢带/steel mesh;尼龙/nylon|water resistance=生活防水/splash proof;3ATM/3 ATM;5ATM/5 ATM';
const STORAGE = 'material=PP塑料/PP plastic;PET/PET;布艺/fabric;竹木/bamboo|size=小号/small;中号/medium;大号/large;特大号/extra large';
const CAP = 'capacity=350ml/350 ml;500ml/500 ml;750ml/750 ml;1L/1 L';
const CERAMIC = 'material=陶瓷/ceramic;骨瓷/bone china;炻瓷/stoneware|pattern=纯色/solid colour;釉下彩/underglaze;手绘/hand-painted';
const SOCK = 'material=棉/cotton;涤纶/polyester;竹纤维/bamboo fibre;羊毛混纺/wool blend|size=均码/one size;35-39/EU 35-39;39-44/EU 39-44';
const SHOE = 'size=35-40/EU 35-40;39-44/EU 39-44;40-45/EU 40-45|material=EVA/EVA;PVC/PVC;橡胶/rubber;网布/mesh';
const KSHOE = 'size=21-25/EU 21-25;26-30/EU 26-30;31-36/EU 31-36';
const COSM = 'volume=3g/3 g;5ml/5 ml;10ml/10 ml;30ml/30 ml;100ml/100 ml|shade=1号色/shade 01;2号色/shade 02;3号色/shade 03;4号色/shade 04';
const FRAME = 'frame=PC/PC;TR90/TR90;金属/metal;板材/acetate|lens=UV400/UV400;偏光/polarised;防蓝光/blue light blocking';
const ZIP = 'size=3号/#3;5号/#5;8号/#8;10号/#10|length=15cm/15 cm;20cm/20 cm;50cm/50 cm;码装/by the yard';
const BUTTON = 'size=12mm/12 mm;15mm/15 mm;18mm/18 mm;20mm/20 mm;25mm/25 mm|holes=两眼/2 holes;四眼/4 holes;脚扣/shank';
const PET = 'size=XS/XS;S/S;M/M;L/L;XL/XL|pet=狗/dog;猫/cat';
const BED = 'size=1.2米/single 1.2 m;1.5米/double 1.5 m;1.8米/king 1.8 m|material=纯棉/cotton;磨毛/brushed microfibre;水洗棉/washed cotton;天丝/Tencel lyocell';
const FLOWER = 'length=30cm/30 cm;50cm/50 cm;70cm/70 cm;100cm/100 cm|material=丝绸/silk;PU/PU;PE/PE;塑料/plastic';
const RIBBON = 'width=6mm/6 mm;10mm/10 mm;25mm/25 mm;38mm/38 mm;50mm/50 mm|roll length=25码/25 yards;50码/50 yards;100码/100 yards';
const PHONE = 'model=iPhone 15/iPhone 15;iPhone 16/iPhone 16;Galaxy S24/Galaxy S24;Redmi Note 13/Redmi Note 13;通用/universal';
const CABLE = 'connector=Type-C/USB-C;Lightning/Lightning;Micro USB/Micro USB;三合一/3-in-1|length=1m/1 m;1.5m/1.5 m;2m/2 m';

// ─── 01 饰品 Jewellery & accessories ──────────────────────────────────────────
leaf('010101', JEWEL, [
  ['项链', 'necklace', '7117190000', 'pcs', 150, 1500, 60, 600, 600, 1200, '45x35x30', 15, 'fashion necklace|chain necklace|costume jewelry necklace', '颈链'],
  ['锁骨链', 'choker', '7117190000', 'pcs', 120, 800, 60, 600, 600, 1200, '45x35x30', 12, 'choker necklace|collarbone chain', '颈圈'],
  ['珍珠项链', 'pearl necklace', '7117900000', 'pcs', 300, 2500, 60, 300, 300, 800, '45x35x30', 25, 'faux pearl necklace|imitation pearl necklace', '仿珍珠项链'],
  ['毛衣链', 'sweater chain', '7117190000', 'pcs', 200, 1500, 60, 600, 400, 800, '45x35x30', 20, 'long necklace|long pendant necklace'],
]);
leaf('010102', JEWEL, [
  ['吊坠', 'pendant', '7117190000', 'pcs', 80, 1000, 100, 1000, 1000, 2000, '45x35x30', 8, 'necklace pendant|charm pendant', '挂坠'],
  ['DIY小挂件', 'charm', '7117190000', 'pcs', 10, 150, 500, 5000, 5000, 10000, '45x35x25', 2, 'jewelry charm|bracelet charm|diy charm', '小吊坠'],
  ['十字架吊坠', 'cross pendant', '7117190000', 'pcs', 80, 800, 100, 1000, 1000, 2000, '45x35x30', 8, 'crucifix pendant'],
  ['字母吊坠', 'initial pendant', '7117190000', 'pcs', 60, 600, 100, 1000, 1000, 2000, '45x35x30', 6, 'letter pendant|alphabet charm'],
]);
leaf('010201', JEWEL, [
  ['耳环', 'earring', '7117190000', 'pair', 80, 1200, 100, 1200, 1000, 2000, '45x35x30', 8, 'drop earring|dangle earring|fashion earrings', '耳坠'],
  ['耳钉', 'stud earring', '7117190000', 'pair', 30, 500, 200, 2000, 2000, 4000, '45x35x30', 4, 'ear stud|studs', '耳针'],
  ['耳圈', 'hoop earring', '7117190000', 'pair', 60, 800, 100, 1200, 1000, 2000, '45x35x30', 8, 'hoops|huggie earring', '圈圈耳环'],
]);
leaf('010202', JEWEL, [
  ['耳夹', 'clip-on earring', '7117190000', 'pair', 60, 800, 100, 1200, 1000, 2000, '45x35x30', 8, 'ear clip|non pierced earring', '无耳洞耳环'],
  ['耳骨夹', 'ear cuff', '7117190000', 'pcs', 50, 600, 100, 1200, 1000, 2000, '45x35x30', 6, 'cartilage cuff|ear wrap', '耳扣'],
  ['耳挂', 'ear climber', '7117190000', 'pcs', 80, 800, 100, 1200, 1000, 2000, '45x35x30', 6, 'ear crawler|ear hook earring', '耳线'],
]);
leaf('010301', JEWEL, [
  ['手链', 'bracelet', '7117190000', 'pcs', 100, 1200, 100, 1200, 1000, 2000, '45x35x30', 10, 'chain bracelet|charm bracelet', '手串'],
  ['手镯', 'bangle', '7117190000', 'pcs', 150, 1500, 60, 600, 500, 1000, '45x35x30', 25, 'cuff bracelet|bangle bracelet', '手环'],
  ['串珠手链', 'beaded bracelet', '7117900000', 'pcs', 60, 800, 100, 1200, 1000, 2000, '45x35x30', 12, 'bead bracelet|stretch bracelet', '串珠手串'],
  ['脚链', 'anklet', '7117190000', 'pcs', 60, 600, 100, 1200, 1000, 2000, '45x35x30', 8, 'ankle bracelet|ankle chain', '脚环'],
]);
leaf('010302', JEWEL, [
  ['戒指', 'ring', '7117190000', 'pcs', 50, 800, 100, 1200, 1000, 3000, '45x35x30', 5, 'fashion ring|finger ring', '指环'],
  ['情侣对戒', 'couple ring', '7117190000', 'pair', 200, 1500, 60, 600, 500, 1500, '45x35x30', 10, 'promise ring|matching rings', '对戒'],
  ['开口戒指', 'adjustable ring', '7117190000', 'pcs', 50, 600, 100, 1200, 1000, 3000, '45x35x30', 5, 'open ring|resizable ring', '活口戒指'],
  ['叠戴戒指套装', 'stackable ring set', '7117190000', 'set', 150, 1200, 60, 600, 500, 1500, '45x35x30', 15, 'knuckle ring set|midi rings', '关节戒套装'],
]);
leaf('010401', HAIR, [
  ['发夹', 'hair clip', '9615190000', 'pcs', 30, 300, 300, 3000, 1000, 3000, '50x35x30', 8, 'hair slide|barrette|hair pin', '发卡|卡子'],
  ['抓夹', 'claw clip', '9615110000', 'pcs', 80, 600, 200, 2000, 500, 1200, '50x40x35', 20, 'hair claw|jaw clip|claw hair clip', '鲨鱼夹'],
  ['一字夹', 'bobby pin', '9615900000', 'box', 50, 300, 200, 2000, 400, 1000, '45x35x25', 25, 'hair grip|kirby grip', '黑夹子|边夹'],
  ['BB夹', 'snap clip', '9615190000', 'pack', 50, 300, 200, 2000, 500, 1000, '45x35x30', 20, 'snap hair clip|bb clip', '刘海夹'],
  ['香蕉夹', 'banana clip', '9615110000', 'pcs', 60, 400, 200, 2000, 500, 1000, '50x40x35', 18, 'banana hair clip'],
  ['鸭嘴夹', 'duckbill clip', '9615190000', 'pcs', 20, 200, 500, 5000, 1000, 3000, '50x35x30', 6, 'alligator clip|hair sectioning clip', '分区夹'],
]);
leaf('010402', HAIR, [
  ['发箍', 'headband', '9615110000', 'pcs', 80, 800, 200, 2000, 300, 800, '55x40x40', 25, 'hair hoop|alice band', '头箍'],
  ['发带', 'hair band', '6117800000', 'pcs', 60, 500, 200, 2000, 500, 1000, '50x40x35', 20, 'sport headband|turban headband|sweatband', '运动发带'],
  ['洗脸发带', 'spa headband', '6117800000', 'pcs', 80, 500, 200, 2000, 300, 800, '50x40x40', 30, 'makeup headband|skincare headband', '洗脸头带'],
]);
leaf('010403', HAIR, [
  ['发圈', 'scrunchie', '6117800000', 'pcs', 30, 300, 300, 3000, 1000, 2000, '50x40x35', 12, 'hair scrunchie|satin scrunchie', '大肠发圈'],
  ['头绳', 'hair tie', '6117800000', 'pack', 30, 300, 300, 3000, 500, 1000, '50x40x35', 25, 'hair elastic|ponytail holder', '皮筋|橡皮筋'],
  ['电话线发圈', 'spiral hair tie', '3926909000', 'pack', 30, 300, 300, 3000, 500, 1000, '50x40x35', 20, 'telephone cord hair tie|coil hair tie', '弹簧发圈'],
]);
leaf('010501', JEWEL, [
  ['胸针', 'brooch', '7117190000', 'pcs', 100, 1500, 100, 1200, 500, 1500, '45x35x30', 15, 'brooch pin|corsage pin', '别针'],
  ['珐琅徽章', 'enamel pin', '7117190000', 'pcs', 80, 800, 100, 2000, 1000, 2000, '45x35x30', 8, 'lapel pin|badge pin|hat pin', '徽章'],
  ['马口铁徽章', 'button badge', '7326909000', 'pcs', 20, 200, 500, 5000, 1000, 3000, '45x35x30', 6, 'pin back button|tin badge', '胸章'],
]);
leaf('010502', null, [
  ['饰品配件', 'jewelry finding', '7117190000', 'bag', 300, 2000, 20, 200, 100, 300, '45x35x30', 80, 'jewellery findings|clasp|jump ring|ear wire', 'DIY配件|饰品辅料'],
  ['串珠', 'bead', '7018100000', 'bag', 200, 2000, 20, 200, 100, 400, '45x35x30', 60, 'loose beads|glass beads|seed beads', '珠子|散珠'],
  ['项链链条', 'jewelry chain', '7117190000', 'm', 30, 500, 100, 1000, 500, 2000, '45x35x30', 10, 'chain by the metre|necklace chain', '链条'],
  ['亚克力珠', 'acrylic bead', '3926909000', 'bag', 200, 1500, 20, 200, 50, 200, '45x35x30', 100, 'plastic beads|letter beads', '字母珠'],
]);
leaf('010503', null, [
  ['钥匙扣', 'keychain', '7117190000', 'pcs', 50, 800, 200, 2000, 500, 1000, '50x40x35', 25, 'key ring|key chain|keyring', '钥匙链|钥匙圈'],
  ['包包挂件', 'bag charm', '7117190000', 'pcs', 150, 1500, 100, 1000, 300, 600, '50x40x40', 40, 'handbag charm|purse charm', '包挂'],
  ['亚克力挂件', 'acrylic keychain', '3926400000', 'pcs', 50, 500, 200, 2000, 1000, 2000, '50x40x35', 12, 'custom acrylic charm|acrylic key ring', '亚克力钥匙扣'],
]);
leaf('010504', null, [
  ['首饰盒', 'jewelry box', '4202920000', 'pcs', 500, 5000, 20, 200, 20, 60, '60x45x40', 350, 'jewellery box|jewelry organizer|jewelry case', '首饰收纳盒'],
  ['首饰展示架', 'jewelry display stand', '3926909000', 'pcs', 500, 6000, 10, 100, 20, 60, '60x45x40', 400, 'earring holder|necklace stand|jewelry display', '饰品架'],
  ['首饰袋', 'jewelry pouch', '4202920000', 'pcs', 20, 200, 500, 5000, 1000, 2000, '50x40x30', 10, 'drawstring pouch|velvet pouch|organza bag', '绒布袋'],
]);

// ─── 02 玩具 Toys ────────────────────────────────────────────────────────────
leaf('020101', PLUSH, [
  ['毛绒玩具', 'plush toy', '9503008900', 'pcs', 800, 8000, 20, 300, 20, 60, '60x50x50', 300, 'stuffed animal|soft toy|plushie|stuffed toy', '公仔|毛绒公仔'],
  ['泰迪熊', 'teddy bear', '9503008900', 'pcs', 1000, 10000, 20, 200, 20, 50, '60x50x50', 400, 'plush bear|stuffed bear', '抱抱熊|小熊公仔'],
  ['毛绒抱枕', 'plush pillow', '9503008900', 'pcs', 1500, 6000, 20, 200, 10, 30, '70x50x50', 600, 'stuffed animal pillow|hugging pillow', '抱枕公仔'],
  ['恐龙毛绒玩具', 'plush dinosaur', '9503008900', 'pcs', 1000, 6000, 20, 200, 20, 50, '60x50x50', 350, 'stuffed dinosaur|dinosaur soft toy', '恐龙公仔'],
]);
leaf('020102', TOY_AGE, [
  ['毛绒挂件', 'plush keychain', '9503008900', 'pcs', 200, 1500, 100, 1000, 200, 500, '60x45x45', 40, 'plush charm|stuffed keychain', '毛绒钥匙扣'],
  ['抓机娃娃', 'claw machine plush', '9503008900', 'pcs', 150, 800, 200, 2000, 200, 400, '60x50x50', 50, 'crane machine prize|claw machine doll', '娃娃机公仔'],
  ['迷你公仔', 'mini plush', '9503008900', 'pcs', 100, 600, 200, 2000, 300, 600, '60x45x45', 30, 'small stuffed animal|mini soft toy', '小公仔'],
]);
leaf('020201', TOY_RC, [
  ['遥控车', 'rc car', '9503008900', 'pcs', 2500, 15000, 12, 120, 12, 30, '70x50x50', 800, 'remote control car|radio controlled car|rc truck', '遥控汽车'],
  ['遥控特技车', 'rc stunt car', '9503008900', 'pcs', 3000, 12000, 12, 120, 12, 24, '70x50x50', 900, 'stunt car|double sided rc car', '翻滚车'],
  ['遥控挖掘机', 'rc excavator', '9503008900', 'pcs', 5000, 20000, 6, 60, 6, 18, '80x55x50', 1500, 'remote control construction toy|rc digger', '遥控工程车'],
]);
leaf('020202', TOY_RC, [
  ['遥控飞机', 'rc plane', '9503008900', 'pcs', 3000, 15000, 12, 120, 12, 30, '75x55x50', 700, 'remote control airplane|rc glider', '遥控滑翔机'],
  ['玩具无人机', 'toy drone', '9503008900', 'pcs', 4000, 20000, 10, 100, 10, 30, '75x55x50', 700, 'mini drone|quadcopter|rc drone', '四轴飞行器|无人机'],
  ['遥控直升机', 'rc helicopter', '9503008900', 'pcs', 2500, 12000, 12, 120, 12, 30, '75x55x50', 600, 'remote control helicopter', '遥控直升飞机'],
]);
leaf('020203', TOY_AGE, [
  ['电动小火车', 'electric train set', '9503008900', 'set', 2000, 8000, 12, 120, 12, 36, '70x50x50', 700, 'toy train set|battery train|train track set', '火车轨道'],
  ['电动宠物', 'walking toy pet', '9503008900', 'pcs', 800, 3000, 36, 360, 48, 96, '70x50x50', 200, 'battery operated puppy|electric dog toy', '电动小狗'],
  ['声光玩具', 'light up musical toy', '9503008900', 'pcs', 600, 3000, 36, 360, 48, 120, '70x50x50', 180, 'musical toy|light up toy', '音乐灯光玩具'],
]);
leaf('020301', TOY_AGE, [
  ['积木', 'building block set', '9503008900', 'set', 1000, 8000, 24, 240, 24, 60, '60x45x45', 350, 'building blocks|bricks|construction toy|lego compatible bricks', '拼装积木|颗粒积木'],
  ['磁力片', 'magnetic tile set', '9503008900', 'set', 2000, 10000, 12, 120, 12, 24, '60x45x45', 1000, 'magnetic building tiles|magnetic blocks', '磁力积木'],
  ['大颗粒积木', 'mega block set', '9503008900', 'set', 1500, 6000, 12, 120, 12, 30, '70x50x50', 800, 'large building blocks|duplo compatible blocks', '幼儿积木'],
  ['木制积木', 'wooden block set', '9503008900', 'set', 1200, 5000, 20, 200, 20, 40, '60x45x45', 600, 'wooden blocks|wooden building blocks', '木质积木'],
]);
leaf('020302', TOY_AGE, [
  ['拼图', 'jigsaw puzzle', '9503006000', 'box', 300, 3000, 50, 500, 50, 100, '55x40x40', 250, 'puzzle|1000 piece puzzle|paper puzzle', '拼板'],
  ['木质拼图', 'wooden puzzle', '9503006000', 'pcs', 200, 1500, 100, 1000, 50, 150, '55x40x40', 150, 'wooden jigsaw|peg puzzle', '木制拼图'],
  ['3D立体拼图', '3d puzzle', '9503006000', 'box', 500, 4000, 50, 500, 50, 100, '55x40x40', 250, '3d jigsaw|foam puzzle', '立体拼图'],
  ['魔方', 'magic cube', '9503006000', 'pcs', 300, 2500, 100, 1000, 100, 200, '55x40x40', 120, 'speed cube|puzzle cube|rubiks cube', '三阶魔方'],
]);
leaf('020303', TOY_AGE, [
  ['形状配对玩具', 'shape sorter', '9503008900', 'pcs', 800, 3000, 24, 240, 24, 48, '60x45x45', 500, 'shape sorting toy|sorting box', '形状认知盒'],
  ['儿童电子琴', 'kids keyboard', '9503008900', 'pcs', 1500, 6000, 12, 120, 12, 36, '70x45x45', 700, 'toy piano|electronic organ toy', '玩具电子琴'],
  ['绕珠玩具', 'bead maze', '9503008900', 'pcs', 800, 3000, 24, 240, 24, 48, '60x45x45', 500, 'roller coaster bead toy|wire bead maze', '串珠绕珠'],
  ['婴儿摇铃', 'baby rattle', '9503008900', 'pcs', 300, 2000, 100, 1000, 100, 300, '55x40x40', 80, 'rattle set|teether rattle', '牙胶摇铃'],
]);
leaf('020401', TOY_AGE, [
  ['时尚娃娃', 'fashion doll', '9503002100', 'pcs', 800, 5000, 24, 240, 48, 96, '60x45x45', 250, '11 inch doll|barbie style doll|dress up doll', '芭比娃娃|换装娃娃'],
  ['重生娃娃', 'reborn doll', '9503002100', 'pcs', 5000, 20000, 6, 60, 6, 12, '70x50x50', 1500, 'lifelike baby doll|realistic baby doll', '仿真娃娃'],
  ['布娃娃', 'rag doll', '9503002100', 'pcs', 800, 4000, 24, 240, 24, 60, '60x50x50', 300, 'cloth doll|soft doll', '公主娃娃'],
]);
leaf('020402', TOY_AGE, [
  ['厨房玩具', 'play kitchen set', '9503008900', 'set', 1000, 6000, 24, 240, 12, 36, '70x50x50', 600, 'kitchen playset|toy cookware set', '过家家厨房'],
  ['医生玩具套装', 'doctor play set', '9503008900', 'set', 600, 3000, 36, 360, 36, 72, '60x45x45', 300, 'toy medical kit|doctor kit for kids', '医药箱玩具'],
  ['切切乐', 'cutting food toy', '9503008900', 'set', 500, 2500, 36, 360, 36, 72, '60x45x45', 300, 'play food set|pretend food|cutting fruit toy', '水果切切看'],
  ['儿童化妆玩具', 'kids makeup toy set', '9503008900', 'set', 800, 4000, 36, 360, 24, 60, '60x45x45', 350, 'pretend makeup|beauty play set', '女孩化妆盒'],
]);
leaf('020501', TOY_AGE, [
  ['泡泡水', 'bubble solution', '9503008900', 'pcs', 30, 200, 500, 5000, 200, 400, '55x40x35', 60, 'bubble water|bubble liquid|bubble refill', '泡泡液'],
  ['泡泡机', 'bubble machine', '9503008900', 'pcs', 800, 4000, 24, 240, 24, 72, '60x45x45', 350, 'bubble blower|automatic bubble machine|bubble gun', '泡泡枪'],
  ['泡泡棒', 'bubble wand', '9503008900', 'pcs', 100, 800, 200, 2000, 100, 300, '60x45x45', 80, 'giant bubble wand|bubble stick', '泡泡剑'],
]);
leaf('020502', TOY_AGE, [
  ['充气锤', 'inflatable hammer', '9503008900', 'pcs', 100, 500, 200, 2000, 300, 600, '50x40x30', 40, 'blow up hammer', '充气棒'],
  ['充气玩具', 'inflatable toy', '9503008900', 'pcs', 300, 3000, 100, 1000, 50, 150, '50x40x40', 150, 'blow up toy|inflatable animal', '充气动物'],
  ['充气不倒翁', 'inflatable punching bag', '9503008900', 'pcs', 800, 3000, 50, 500, 20, 60, '50x40x40', 350, 'bop bag|punching toy', '充气拳击柱'],
]);
leaf('020503', TOY_AGE, [
  ['沙滩玩具套装', 'beach toy set', '9503008900', 'set', 500, 3000, 48, 480, 24, 60, '60x45x45', 350, 'sand toys|bucket and spade set', '沙滩桶套装'],
  ['挖沙铲', 'sand shovel', '9503008900', 'pcs', 50, 400, 200, 2000, 200, 500, '60x45x45', 45, 'toy spade|beach spade', '沙铲'],
  ['玩沙模具', 'sand mould', '9503008900', 'set', 200, 1000, 100, 1000, 100, 200, '60x45x45', 120, 'sand castle mould|sand mold', '沙滩模具'],
]);
leaf('020601', TOY_AGE, [
  ['解压玩具', 'fidget toy', '9503008900', 'pcs', 50, 800, 200, 2000, 300, 1000, '55x40x40', 25, 'stress relief toy|sensory toy|squishy', '减压玩具|捏捏乐'],
  ['指尖陀螺', 'fidget spinner', '9503008900', 'pcs', 80, 800, 200, 2000, 500, 1000, '50x40x35', 25, 'hand spinner', '手指陀螺'],
  ['按压泡泡乐', 'pop it', '9503008900', 'pcs', 80, 500, 200, 2000, 300, 800, '55x40x40', 30, 'push pop bubble|pop fidget', '捏捏泡泡乐'],
  ['史莱姆', 'slime', '9503008900', 'pcs', 50, 500, 200, 2000, 200, 400, '50x40x30', 60, 'putty|fluffy slime|crystal slime', '水晶泥|起泡胶'],
]);
leaf('020602', TOY_AGE, [
  ['泡沫飞机', 'foam glider', '9503008900', 'pcs', 30, 300, 300, 3000, 300, 800, '70x50x40', 25, 'catapult plane|hand launch glider', '弹射飞机'],
  ['战斗陀螺', 'spinning top', '9503008900', 'pcs', 100, 1500, 100, 1000, 100, 300, '55x40x40', 80, 'battle top|beyblade style top', '陀螺'],
  ['悠悠球', 'yo-yo', '9503008900', 'pcs', 50, 500, 200, 2000, 300, 600, '50x40x35', 40, 'yoyo|yoyo ball', '溜溜球'],
  ['风筝', 'kite', '9503008900', 'pcs', 300, 3000, 50, 500, 50, 200, '90x40x35', 120, 'beach kite|stunt kite', '大风筝'],
]);
leaf('020603', TOY_AGE, [
  ['水枪', 'water gun', '9503008900', 'pcs', 200, 3000, 100, 1000, 60, 180, '70x50x50', 150, 'squirt gun|water blaster|water pistol', '呲水枪'],
  ['软弹枪', 'foam blaster', '9503008900', 'pcs', 800, 5000, 24, 240, 24, 60, '75x50x45', 400, 'soft bullet gun|dart gun|nerf style blaster', '泡沫弹枪'],
  ['玩具手枪', 'toy pistol', '9503008900', 'pcs', 100, 1000, 100, 1000, 100, 300, '60x45x45', 80, 'cap gun|toy gun', '火炮枪'],
]);

// ─── 03 工艺品 Arts & crafts ─────────────────────────────────────────────────
leaf('030101', null, [
  ['树脂摆件', 'resin figurine', '3926400000', 'pcs', 800, 8000, 24, 240, 12, 48, '60x45x45', 500, 'resin statue|decorative figurine|resin ornament', '树脂工艺品'],
  ['招财猫', 'lucky cat', '3926400000', 'pcs', 800, 5000, 24, 240, 12, 36, '60x45x45', 600, 'maneki neko|waving cat|fortune cat', '发财猫'],
  ['佛像摆件', 'buddha statue', '3926400000', 'pcs', 1000, 10000, 12, 120, 6, 24, '60x45x45', 1000, 'buddha figurine|laughing buddha', '弥勒佛'],
  ['动物摆件', 'animal figurine', '3926400000', 'pcs', 600, 4000, 24, 240, 24, 48, '60x45x45', 400, 'animal statue|elephant figurine', '大象摆件'],
]);
leaf('030102', null, [
  ['微景观摆件', 'fairy garden miniature', '3926400000', 'pcs', 30, 300, 200, 2000, 500, 1000, '50x40x35', 20, 'miniature figurine|terrarium decoration', '多肉装饰|小摆件'],
  ['迷你小屋', 'miniature house', '3926400000', 'pcs', 200, 1500, 100, 1000, 100, 300, '50x40x35', 70, 'fairy house|mini cottage', '精灵屋'],
  ['玻璃微景观瓶', 'terrarium jar', '7013990000', 'pcs', 500, 3000, 48, 480, 24, 60, '55x40x40', 400, 'glass terrarium|moss terrarium', '苔藓微景观'],
]);
leaf('030201', CERAMIC, [
  ['陶瓷花瓶', 'ceramic vase', '6913900000', 'pcs', 800, 6000, 24, 240, 12, 36, '60x45x45', 700, 'porcelain vase|flower vase', '瓷花瓶'],
  ['陶瓷摆件', 'ceramic figurine', '6913900000', 'pcs', 500, 4000, 24, 240, 24, 48, '60x45x45', 400, 'porcelain figurine|ceramic ornament', '瓷器摆件'],
  ['陶瓷存钱罐', 'ceramic piggy bank', '6913900000', 'pcs', 500, 3000, 24, 240, 24, 48, '60x45x45', 450, 'money box|coin bank', '存钱罐'],
]);
leaf('030202', null, [
  ['水晶球', 'crystal ball', '7013990000', 'pcs', 600, 5000, 24, 240, 24, 60, '55x40x40', 350, 'glass ball ornament|crystal sphere', '水晶摆件'],
  ['水晶内雕', 'laser engraved crystal', '7013990000', 'pcs', 1000, 6000, 24, 240, 24, 60, '55x40x40', 400, '3d laser crystal|crystal cube', '内雕水晶'],
  ['玻璃花瓶', 'glass vase', '7013990000', 'pcs', 500, 4000, 24, 240, 12, 36, '60x45x45', 700, 'clear vase|bud vase', '玻璃瓶'],
]);
leaf('030301', null, [
  ['木雕摆件', 'wood carving', '4420190000', 'pcs', 1000, 10000, 12, 120, 12, 36, '60x45x45', 600, 'wooden statue|carved wooden figurine', '木雕'],
  ['木质收纳盒', 'wooden box', '4420900000', 'pcs', 800, 4000, 24, 240, 24, 48, '60x45x45', 450, 'wooden storage box|keepsake box', '木盒'],
  ['八音盒', 'music box', '9208100000', 'pcs', 1000, 6000, 24, 240, 24, 48, '60x45x45', 400, 'musical box|wind up music box', '音乐盒'],
  ['木质挂牌', 'wooden sign', '4420900000', 'pcs', 300, 2000, 50, 500, 50, 100, '60x45x45', 200, 'wooden plaque|hanging sign', '木牌'],
]);
leaf('030302', null, [
  ['竹编篮', 'bamboo basket', '4602110000', 'pcs', 500, 4000, 24, 240, 24, 60, '60x50x50', 300, 'woven bamboo basket', '竹篮'],
  ['藤编收纳篮', 'rattan basket', '4602120000', 'pcs', 800, 6000, 12, 120, 12, 36, '60x50x50', 500, 'wicker basket|woven storage basket', '藤篮'],
  ['草编收纳篮', 'seagrass basket', '4602190000', 'pcs', 800, 5000, 12, 120, 12, 36, '60x50x50', 500, 'straw basket|belly basket', '海草篮'],
]);
leaf('030401', 'size=5寸/5 inch;6寸/6 inch;7寸/7 inch;8寸/8 inch;10寸/10 inch;A4/A4|material=实木/solid wood;MDF/MDF;塑料/plastic;金属/metal', [
  ['相框', 'photo frame', '4414900000', 'pcs', 300, 3000, 50, 500, 24, 60, '60x45x45', 400, 'picture frame|wooden photo frame', '木相框|画框'],
  ['亚克力相框', 'acrylic photo frame', '3926400000', 'pcs', 300, 2000, 50, 500, 40, 80, '60x45x45', 250, 'acrylic picture frame|magnetic frame', '水晶相框'],
  ['组合相框墙', 'photo wall frame set', '4414900000', 'set', 2000, 8000, 12, 120, 6, 10, '80x60x50', 2500, 'gallery wall frames|collage frame', '照片墙'],
  ['金属相框', 'metal photo frame', '8306300000', 'pcs', 500, 3000, 50, 500, 24, 60, '60x45x45', 400, 'alloy picture frame', '合金相框'],
]);
leaf('030402', null, [
  ['装饰画', 'canvas wall art', '4911910000', 'pcs', 1000, 8000, 12, 120, 6, 20, '80x60x30', 1000, 'framed print|canvas painting|wall decor', '挂画'],
  ['手绘油画', 'oil painting', '9701910000', 'pcs', 3000, 30000, 6, 60, 6, 20, '90x70x30', 1000, 'hand painted oil painting|canvas art', '油画'],
  ['挂毯', 'tapestry', '5805000000', 'pcs', 500, 3000, 50, 500, 40, 80, '50x40x30', 250, 'wall tapestry|wall hanging', '墙布'],
  ['风铃', 'wind chime', '8306290000', 'pcs', 500, 3000, 48, 480, 24, 60, '60x45x45', 350, 'metal wind chime', '风铃挂件'],
]);
leaf('030501', null, [
  ['冰箱贴', 'fridge magnet', '8505190000', 'pcs', 50, 600, 200, 2000, 500, 1000, '50x40x35', 25, 'refrigerator magnet|souvenir magnet', '磁贴'],
  ['树脂冰箱贴', 'resin fridge magnet', '8505190000', 'pcs', 100, 800, 200, 2000, 300, 700, '50x40x35', 35, '3d fridge magnet|tourist magnet', '立体冰箱贴'],
  ['软磁贴', 'magnetic sticker', '8505190000', 'pcs', 30, 300, 500, 5000, 500, 1500, '50x40x35', 15, 'magnet sheet|flexible magnet', '磁性贴'],
]);
leaf('030502', null, [
  ['水晶雪球', 'snow globe', '7013990000', 'pcs', 500, 4000, 24, 240, 24, 60, '55x40x40', 350, 'water globe|glitter globe', '雪花球'],
  ['纪念币', 'challenge coin', '8306290000', 'pcs', 200, 1500, 100, 1000, 200, 500, '45x35x30', 45, 'souvenir coin|commemorative coin', '纪念章'],
  ['地标建筑模型', 'landmark model', '8306290000', 'pcs', 500, 4000, 24, 240, 24, 60, '55x40x40', 300, 'eiffel tower model|souvenir statue', '建筑模型摆件'],
  ['纪念盘', 'souvenir plate', '6913900000', 'pcs', 500, 3000, 24, 240, 24, 48, '55x45x45', 500, 'decorative plate|display plate', '挂盘'],
]);
leaf('030601', 'scent=薰衣草/lavender;香草/vanilla;玫瑰/rose;檀香/sandalwood;无香/unscented', [
  ['香薰蜡烛', 'scented candle', '3406000000', 'pcs', 500, 4000, 48, 480, 24, 48, '50x40x35', 450, 'aromatherapy candle|jar candle|soy candle', '香氛蜡烛'],
  ['茶蜡', 'tealight candle', '3406000000', 'box', 300, 1500, 50, 500, 24, 48, '45x35x30', 400, 'tea light|tealights', '小蜡烛'],
  ['柱蜡', 'pillar candle', '3406000000', 'pcs', 200, 1500, 100, 1000, 48, 96, '50x40x35', 250, 'church candle', '蜡烛柱'],
  ['LED蜡烛', 'led candle', '9405420000', 'pcs', 300, 2000, 100, 1000, 48, 144, '50x40x35', 120, 'flameless candle|electronic candle', '电子蜡烛'],
]);
leaf('030602', 'scent=薰衣草/lavender;檀香/sandalwood;茉莉/jasmine;海洋/ocean;白茶/white tea', [
  ['无火香薰', 'reed diffuser', '3307490000', 'pcs', 800, 5000, 48, 480, 24, 48, '50x40x35', 450, 'fragrance diffuser|aroma sticks', '藤条香薰'],
  ['线香', 'incense stick', '3307410000', 'box', 200, 1500, 100, 1000, 100, 200, '50x40x35', 120, 'joss stick|agarbatti', '檀香线香'],
  ['倒流香', 'backflow incense cone', '3307410000', 'box', 200, 1500, 100, 1000, 100, 200, '50x40x35', 100, 'incense cone', '塔香'],
  ['香薰机', 'aroma diffuser', '8509800000', 'pcs', 2000, 8000, 12, 120, 12, 40, '60x45x45', 600, 'ultrasonic diffuser|essential oil diffuser', '加湿香薰机'],
]);

// ─── 04 节庆用品 Festive & party supplies ─────────────────────────────────────
leaf('040101', XMAS_H + '|material=PVC/PVC;PE/PE;PE+PVC混合/PE and PVC mix|colour=绿色/green;白色/white;植绒/flocked', [
  ['圣诞树', 'christmas tree', '9505100000', 'pcs', 3000, 40000, 10, 100, 1, 4, '120x40x40', 5000, 'artificial christmas tree|xmas tree|pvc christmas tree', '人造圣诞树|仿真圣诞树'],
  ['迷你圣诞树', 'mini christmas tree', '9505100000', 'pcs', 300, 3000, 48, 480, 24, 60, '60x45x45', 350, 'tabletop christmas tree|small xmas tree', '桌面圣诞树'],
  ['圣诞花环', 'christmas wreath', '9505100000', 'pcs', 800, 6000, 24, 240, 12, 36, '60x60x45', 600, 'xmas wreath|door wreath', '圣诞花圈'],
  ['圣诞藤条', 'christmas garland', '9505100000', 'pcs', 400, 3000, 50, 500, 24, 60, '60x45x45', 350, 'xmas garland|pine garland', '圣诞拉花'],
]);
leaf('040102', null, [
  ['圣诞球', 'christmas ball ornament', '9505100000', 'box', 300, 2500, 50, 500, 24, 48, '60x45x45', 400, 'bauble|xmas ball|christmas bauble', '圣诞挂球|圣诞彩球'],
  ['圣诞挂件', 'christmas ornament', '9505100000', 'pcs', 50, 600, 200, 2000, 300, 800, '60x45x45', 30, 'christmas tree ornament|hanging decoration|xmas decoration', '圣诞树挂饰'],
  ['圣诞袜', 'christmas stocking', '9505100000', 'pcs', 300, 2000, 100, 1000, 100, 300, '60x45x45', 80, 'xmas stocking', '圣诞长袜'],
  ['圣诞老人摆件', 'santa figurine', '9505100000', 'pcs', 500, 5000, 24, 240, 24, 60, '60x45x45', 350, 'santa claus decoration|snowman figurine', '雪人摆件'],
  ['圣诞树顶星', 'tree topper', '9505100000', 'pcs', 300, 2000, 50, 500, 48, 96, '60x45x45', 180, 'christmas star topper|tree top star', '树顶星'],
]);
leaf('040103', null, [
  ['圣诞帽', 'santa hat', '6505000000', 'pcs', 50, 500, 200, 2000, 300, 600, '60x45x45', 40, 'christmas hat|xmas hat', '圣诞老人帽'],
  ['圣诞老人服装', 'santa costume', '6114300000', 'set', 1500, 8000, 24, 240, 20, 40, '60x45x45', 600, 'santa suit|father christmas costume', '圣诞老人衣服'],
  ['圣诞鹿角发箍', 'reindeer antler headband', '9505100000', 'pcs', 80, 600, 200, 2000, 200, 500, '60x45x45', 50, 'christmas headband|antler headband', '鹿角头箍'],
  ['圣诞毛衣', 'christmas sweater', '6110300000', 'pcs', 2500, 8000, 50, 300, 30, 50, '60x45x45', 450, 'ugly christmas sweater|xmas jumper', '圣诞针织衫'],
]);
leaf('040104', 'length=5米/5 m;10米/10 m;20米/20 m|power=电池/battery;USB/USB;插电/mains plug;太阳能/solar', [
  ['圣诞灯串', 'christmas string light', '9405310000', 'pcs', 300, 3000, 100, 1000, 50, 200, '55x40x40', 120, 'fairy lights|led string lights|christmas lights', 'LED灯串|彩灯'],
  ['窗帘灯', 'curtain light', '9405310000', 'pcs', 800, 4000, 50, 500, 30, 60, '55x40x40', 350, 'icicle lights|window curtain lights', '冰条灯'],
  ['圣诞投影灯', 'christmas projector light', '9405420000', 'pcs', 2000, 8000, 24, 240, 12, 30, '60x45x45', 800, 'snowflake projector|laser projector light', '雪花投影灯'],
  ['圣诞造型灯', 'christmas motif light', '9405420000', 'pcs', 1500, 15000, 10, 100, 4, 12, '80x60x50', 1800, 'light up reindeer|led motif light', '发光驯鹿'],
]);
leaf('040201', null, [
  ['万圣节面具', 'halloween mask', '9505900000', 'pcs', 100, 2000, 100, 1000, 100, 300, '60x45x45', 90, 'scary mask|latex mask|party mask', '恐怖面具'],
  ['万圣节服装', 'halloween costume', '6114300000', 'set', 1500, 6000, 24, 240, 20, 40, '60x45x45', 500, 'fancy dress|cosplay costume|kids costume', 'cosplay服装|角色扮演服'],
  ['巫师帽', 'witch hat', '6505000000', 'pcs', 100, 800, 200, 2000, 100, 300, '60x45x45', 70, 'wizard hat', '女巫帽'],
  ['南瓜糖果桶', 'pumpkin bucket', '9505900000', 'pcs', 150, 800, 200, 2000, 100, 200, '60x45x45', 120, 'trick or treat bucket|halloween candy bucket', '南瓜桶'],
]);
leaf('040202', null, [
  ['万圣节装饰', 'halloween decoration', '9505900000', 'pcs', 100, 2000, 100, 1000, 100, 300, '60x45x45', 80, 'halloween decor|haunted house prop', '万圣节道具'],
  ['南瓜灯', 'jack o lantern', '9505900000', 'pcs', 300, 3000, 48, 480, 48, 96, '60x45x45', 200, 'pumpkin lantern|light up pumpkin', '发光南瓜'],
  ['仿真蜘蛛网', 'spider web decoration', '9505900000', 'pack', 50, 400, 200, 2000, 200, 500, '60x45x45', 50, 'stretchy spider web|fake cobweb', '蜘蛛网'],
  ['骷髅骨架', 'halloween skeleton', '9505900000', 'pcs', 500, 8000, 12, 120, 6, 24, '80x50x40', 1000, 'plastic skeleton|skull decoration', '骷髅头'],
]);
leaf('040301', null, [
  ['乳胶气球', 'latex balloon', '9503008900', 'bag', 300, 2000, 50, 500, 50, 100, '50x40x35', 250, 'party balloons|helium balloon|balloon', '气球|彩色气球', 'size=10寸/10 inch;12寸/12 inch;18寸/18 inch|quantity=50个/50 pcs;100个/100 pcs'],
  ['铝膜气球', 'foil balloon', '9503008900', 'pcs', 50, 500, 200, 2000, 500, 1000, '50x40x35', 25, 'mylar balloon|number balloon|letter balloon', '铝箔气球|数字气球'],
  ['气球链套装', 'balloon garland kit', '9503008900', 'set', 800, 3000, 50, 500, 30, 70, '50x40x35', 350, 'balloon arch kit', '气球拱门'],
  ['气球打气筒', 'balloon pump', '8414200000', 'pcs', 200, 1000, 100, 1000, 100, 200, '55x40x40', 100, 'hand pump|balloon inflator', '打气筒'],
]);
leaf('040302', null, [
  ['生日快乐拉旗', 'happy birthday banner', '9505900000', 'pcs', 100, 600, 200, 2000, 300, 600, '50x40x35', 35, 'birthday bunting|letter banner', '生日拉花'],
  ['蛋糕插牌', 'cake topper', '9505900000', 'pcs', 30, 300, 300, 3000, 1000, 2000, '50x40x35', 10, 'cupcake topper', '蛋糕装饰插件'],
  ['生日蜡烛', 'birthday candle', '3406000000', 'box', 50, 500, 200, 2000, 300, 600, '50x40x35', 40, 'number candle|cake candle', '数字蜡烛'],
  ['派对帽', 'party hat', '9505900000', 'pack', 100, 600, 200, 2000, 200, 400, '60x45x45', 60, 'birthday hat|paper party hat', '生日帽'],
  ['礼花筒', 'confetti cannon', '9505900000', 'pcs', 100, 800, 200, 2000, 100, 300, '55x40x40', 80, 'confetti popper|party popper', '彩带喷筒'],
]);
leaf('040303', null, [
  ['纸盘', 'paper plate', '4823690000', 'pack', 100, 600, 100, 1000, 80, 160, '50x40x35', 150, 'disposable plate|party plate', '一次性纸盘'],
  ['纸杯', 'paper cup', '4823690000', 'pack', 100, 500, 100, 1000, 100, 200, '50x40x40', 120, 'disposable cup|party cup', '一次性纸杯'],
  ['餐巾纸', 'party napkin', '4818300000', 'pack', 80, 400, 100, 1000, 100, 300, '50x40x35', 80, 'paper napkin|serviette', '印花餐巾纸'],
  ['一次性桌布', 'plastic tablecloth', '3924900000', 'pcs', 50, 300, 200, 2000, 200, 400, '50x40x35', 60, 'disposable table cover|party table cover', '塑料桌布'],
]);
leaf('040401', null, [
  ['婚礼纱幔', 'wedding backdrop drape', '6303920000', 'pcs', 2000, 8000, 10, 100, 10, 20, '60x45x40', 1200, 'ceiling drape|chiffon backdrop', '纱幔'],
  ['新娘手捧花', 'bridal bouquet', '6702900000', 'pcs', 1000, 8000, 12, 120, 12, 24, '70x50x50', 500, 'wedding bouquet|artificial bridal bouquet', '手捧花'],
  ['喜字贴', 'double happiness sticker', '4911990000', 'pack', 100, 500, 200, 2000, 200, 400, '50x40x35', 60, 'chinese wedding sticker', '喜字|窗花'],
  ['婚礼签到本', 'wedding guest book', '4820900000', 'pcs', 1000, 4000, 24, 240, 24, 48, '50x40x35', 500, 'guest signing book', '签到簿'],
]);
leaf('040402', null, [
  ['喜糖盒', 'candy box', '4819200000', 'pcs', 20, 200, 500, 5000, 500, 1000, '55x40x40', 20, 'wedding favor box|favour box', '糖果盒'],
  ['马口铁喜糖盒', 'tin favour box', '7310290000', 'pcs', 80, 500, 500, 5000, 300, 600, '55x40x40', 40, 'metal candy tin|tin box', '铁盒'],
  ['纱袋', 'organza bag', '6307900000', 'pack', 100, 600, 200, 2000, 300, 600, '50x40x35', 40, 'drawstring favour bag|sheer gift bag', '喜糖袋'],
]);
leaf('040501', null, [
  ['礼品袋', 'gift bag', '4819400000', 'pcs', 30, 500, 500, 5000, 300, 1000, '60x45x40', 25, 'paper gift bag|kraft paper bag', '手提纸袋|纸袋'],
  ['塑料礼品袋', 'plastic gift bag', '3923290000', 'pack', 100, 600, 200, 2000, 200, 500, '50x40x35', 50, 'pvc gift bag|clear gift bag', '透明礼品袋'],
  ['礼品盒', 'gift box', '4819200000', 'pcs', 100, 1500, 200, 2000, 100, 300, '60x45x45', 80, 'paper gift box|present box', '礼盒'],
]);
leaf('040502', null, [
  ['包装纸', 'wrapping paper', '4811900000', 'roll', 100, 800, 200, 2000, 50, 180, '75x40x35', 150, 'gift wrap|gift wrapping paper', '礼品包装纸'],
  ['丝带', 'gift ribbon', '5806320000', 'roll', 50, 500, 200, 2000, 200, 500, '50x40x35', 50, 'satin ribbon|curling ribbon', '缎带'],
  ['拉花球', 'gift bow', '5808900000', 'pcs', 20, 200, 500, 5000, 500, 1000, '60x45x45', 15, 'ribbon bow|pull bow', '丝带花'],
]);
leaf('040503', null, [
  ['贺卡', 'greeting card', '4909009000', 'pcs', 50, 500, 200, 2000, 500, 1000, '45x35x30', 25, 'birthday card|card with envelope', '卡片'],
  ['圣诞贺卡', 'christmas card', '4909009000', 'pcs', 50, 500, 200, 2000, 500, 1000, '45x35x30', 25, 'xmas card|holiday card', '圣诞卡片'],
  ['立体贺卡', 'pop up card', '4909009000', 'pcs', 200, 1500, 100, 1000, 200, 500, '45x35x30', 50, '3d greeting card', '3D贺卡'],
  ['明信片', 'postcard', '4909001000', 'pcs', 20, 200, 500, 5000, 1000, 3000, '45x35x30', 8, 'picture postcard', '风景明信片'],
]);
leaf('040601', null, [
  ['助威棒', 'cheer stick', '9505900000', 'pair', 50, 300, 500, 5000, 500, 1000, '50x40x35', 20, 'thunder stick|inflatable clapper', '加油棒'],
  ['球迷围巾', 'fan scarf', '6117100000', 'pcs', 500, 2000, 100, 1000, 100, 250, '50x40x35', 100, 'football scarf|supporter scarf', '足球围巾'],
  ['球迷喇叭', 'fan horn', '9208900000', 'pcs', 50, 500, 200, 2000, 300, 600, '60x45x45', 40, 'vuvuzela|stadium horn', '助威喇叭'],
  ['荧光棒', 'glow stick', '9405500000', 'pack', 50, 500, 200, 2000, 100, 300, '50x40x35', 80, 'light stick|glow bracelet', '发光棒'],
]);
leaf('040602', 'size=14x21cm/14 x 21 cm;60x90cm/2 x 3 ft;90x150cm/3 x 5 ft;120x180cm/4 x 6 ft|material=涤纶/polyester;缎面/satin;尼龙/nylon', [
  ['国旗', 'national flag', '6307900000', 'pcs', 300, 2000, 100, 1000, 100, 250, '50x40x35', 100, 'country flag|polyester flag', '旗帜'],
  ['三角彩旗', 'bunting', '6307900000', 'pcs', 100, 800, 200, 2000, 200, 500, '50x40x35', 50, 'pennant banner|string flags', '串旗'],
  ['沙滩旗', 'feather flag', '6307900000', 'set', 3000, 15000, 10, 100, 8, 16, '120x30x30', 1500, 'teardrop flag|beach flag', '刀旗|水滴旗'],
  ['手摇旗', 'hand flag', '6307900000', 'pcs', 20, 200, 500, 5000, 1000, 2000, '50x40x35', 12, 'hand held flag|stick flag', '手旗'],
  ['车旗', 'car flag', '6307900000', 'pcs', 100, 600, 200, 2000, 300, 600, '50x40x35', 45, 'car window flag', '车窗旗'],
]);

// ─── 05 文化办公 Stationery & office supplies ─────────────────────────────────
leaf('050101', INK, [
  ['中性笔', 'gel pen', '9608100000', 'pcs', 40, 300, 1000, 10000, 1000, 2000, '50x40x30', 12, 'rollerball pen|gel ink pen', '水笔|签字笔'],
  ['圆珠笔', 'ballpoint pen', '9608100000', 'pcs', 20, 200, 1000, 10000, 1000, 3000, '50x40x30', 8, 'ball pen|biro|ballpen', '原子笔'],
  ['按动笔', 'retractable pen', '9608100000', 'pcs', 40, 300, 1000, 10000, 1000, 2000, '50x40x30', 12, 'click pen|press pen', '按压笔'],
  ['广告笔', 'promotional pen', '9608100000', 'pcs', 20, 150, 1000, 10000, 1000, 3000, '50x40x30', 8, 'custom logo pen|advertising pen', '礼品笔'],
  ['钢笔', 'fountain pen', '9608300000', 'pcs', 300, 3000, 100, 1000, 200, 500, '50x40x30', 40, 'ink pen|calligraphy pen', '墨水笔'],
]);
leaf('050102', null, [
  ['铅笔', 'pencil', '9609101000', 'pcs', 10, 100, 1000, 10000, 2000, 5000, '50x40x30', 5, 'hb pencil|wooden pencil|graphite pencil', '木头铅笔'],
  ['彩色铅笔', 'coloured pencil', '9609102000', 'box', 200, 2000, 100, 1000, 100, 200, '50x40x35', 120, 'colored pencils|colour pencil set', '彩铅'],
  ['自动铅笔', 'mechanical pencil', '9608400000', 'pcs', 50, 500, 500, 5000, 500, 1500, '50x40x30', 15, 'propelling pencil|lead pencil', '活动铅笔'],
  ['铅芯', 'pencil lead', '9609200000', 'box', 20, 200, 500, 5000, 1000, 3000, '45x35x30', 8, 'lead refill|pencil leads', '笔芯'],
]);
leaf('050103', null, [
  ['记号笔', 'marker pen', '9608200000', 'pcs', 50, 400, 500, 5000, 500, 1500, '50x40x30', 15, 'permanent marker|marker', '油性笔|大头笔'],
  ['荧光笔', 'highlighter', '9608200000', 'pcs', 40, 300, 500, 5000, 1000, 2000, '50x40x30', 12, 'highlighter pen|text marker', '标记笔'],
  ['白板笔', 'whiteboard marker', '9608200000', 'pcs', 40, 300, 500, 5000, 800, 1600, '50x40x30', 14, 'dry erase marker', '白板马克笔'],
  ['丙烯马克笔', 'acrylic paint marker', '9608200000', 'set', 800, 5000, 50, 500, 40, 100, '50x40x35', 250, 'paint pen set|acrylic marker', '丙烯笔'],
]);
leaf('050201', PAPER, [
  ['笔记本', 'notebook', '4820100000', 'pcs', 150, 1500, 200, 2000, 50, 150, '50x35x30', 150, 'notepad|journal|exercise notebook', '记事本|本子'],
  ['作业本', 'exercise book', '4820200000', 'pcs', 30, 300, 500, 5000, 200, 500, '50x35x30', 50, 'school exercise book|copybook', '练习本'],
  ['活页本', 'loose leaf notebook', '4820100000', 'pcs', 500, 3000, 100, 1000, 40, 100, '50x35x30', 250, 'ring binder notebook|refillable notebook', '活页夹本'],
  ['手账本', 'planner', '4820100000', 'pcs', 800, 5000, 50, 500, 30, 80, '50x35x30', 300, 'journal notebook|daily planner|diary', '手帐|日程本'],
]);
leaf('050202', null, [
  ['便利贴', 'sticky note', '4820100000', 'pack', 50, 500, 500, 5000, 300, 800, '45x35x30', 30, 'post it notes|self adhesive notes|memo sticker', '便签贴|N次贴'],
  ['便签本', 'memo pad', '4820100000', 'pcs', 50, 400, 500, 5000, 300, 800, '45x35x30', 30, 'note pad|scratch pad', '便笺'],
  ['索引贴', 'index tab', '4820100000', 'pack', 50, 300, 500, 5000, 500, 1000, '45x35x30', 20, 'page marker|flag tabs', '标签贴'],
]);
leaf('050203', null, [
  ['贴纸', 'sticker', '4911990000', 'pcs', 20, 300, 500, 5000, 1000, 3000, '45x35x30', 8, 'sticker sheet|decal|vinyl sticker', '贴画'],
  ['手账贴纸', 'planner sticker', '4911990000', 'pack', 100, 800, 200, 2000, 300, 800, '45x35x30', 30, 'journal stickers|scrapbook stickers', '手帐贴纸'],
  ['和纸胶带', 'washi tape', '4811410000', 'roll', 30, 300, 500, 5000, 500, 1000, '45x35x30', 20, 'masking tape|decorative tape', '纸胶带'],
  ['儿童奖励贴纸', 'reward sticker', '4911990000', 'pack', 50, 400, 200, 2000, 500, 1000, '45x35x30', 20, 'kids stickers|3d puffy stickers', '卡通贴纸'],
]);
leaf('050301', null, [
  ['笔袋', 'pencil pouch', '4202920000', 'pcs', 200, 2000, 100, 1000, 100, 300, '55x40x40', 80, 'pencil bag|pen pouch', '文具袋'],
  ['文具盒', 'pencil box', '3926100000', 'pcs', 300, 2500, 100, 1000, 50, 120, '55x40x40', 200, 'pencil case|stationery box', '铅笔盒|笔盒'],
  ['笔筒', 'pen holder', '3926100000', 'pcs', 200, 2000, 100, 1000, 50, 120, '55x40x40', 200, 'pen pot|desk organizer', '桌面收纳'],
]);
leaf('050302', null, [
  ['橡皮擦', 'eraser', '4016920000', 'pcs', 10, 200, 1000, 10000, 2000, 5000, '45x35x30', 5, 'rubber|pencil eraser', '橡皮'],
  ['卷笔刀', 'pencil sharpener', '8214100000', 'pcs', 30, 500, 500, 5000, 500, 1200, '50x40x35', 20, 'sharpener|manual sharpener', '削笔器|转笔刀'],
  ['电动削笔机', 'electric pencil sharpener', '8472900000', 'pcs', 1200, 5000, 24, 240, 24, 48, '55x40x40', 450, 'automatic sharpener', '电动卷笔刀'],
]);
leaf('050303', null, [
  ['直尺', 'ruler', '9017200000', 'pcs', 20, 300, 500, 5000, 500, 1500, '50x40x30', 15, 'straight ruler|plastic ruler|30cm ruler', '尺子'],
  ['套尺', 'geometry set', '9017200000', 'set', 80, 600, 200, 2000, 200, 400, '50x40x35', 60, 'maths set|protractor set|set square', '三角尺套装'],
  ['圆规', 'compass', '9017200000', 'pcs', 100, 800, 200, 2000, 200, 500, '50x40x35', 50, 'drawing compass|math compass', '绘图圆规'],
]);
leaf('050401', 'size=A4/A4;A5/A5;F4/F4 foolscap|colour=透明/clear;蓝色/blue;黑色/black;彩色/assorted colours', [
  ['文件夹', 'file folder', '3926100000', 'pcs', 30, 500, 500, 5000, 200, 400, '50x35x35', 60, 'document folder|plastic folder|clear folder', '资料夹'],
  ['文件袋', 'document bag', '3926100000', 'pcs', 30, 400, 500, 5000, 300, 600, '50x35x35', 40, 'zipper file bag|button envelope', '拉链袋'],
  ['档案盒', 'file box', '3926100000', 'pcs', 200, 1200, 200, 2000, 40, 80, '50x35x35', 250, 'archive box|magazine file', '文件盒'],
  ['风琴包', 'expanding file', '3926100000', 'pcs', 300, 1500, 100, 1000, 40, 100, '50x35x35', 200, 'accordion file|expanding wallet', '风琴夹'],
]);
leaf('050402', null, [
  ['订书机', 'stapler', '8472900000', 'pcs', 300, 3000, 100, 1000, 48, 120, '50x40x35', 200, 'desk stapler', '钉书机'],
  ['订书钉', 'staple', '8305200000', 'box', 20, 150, 500, 5000, 500, 1000, '45x35x30', 25, 'staple refill|staples', '订书针'],
  ['回形针', 'paper clip', '8305900000', 'box', 30, 200, 500, 5000, 200, 500, '45x35x30', 50, 'paperclip|coloured paper clips', '曲别针'],
  ['长尾夹', 'binder clip', '8305900000', 'box', 50, 400, 500, 5000, 200, 400, '45x35x30', 60, 'foldback clip|bulldog clip', '燕尾夹'],
]);
leaf('050403', null, [
  ['透明胶带', 'adhesive tape', '3919100000', 'roll', 30, 300, 500, 5000, 200, 600, '45x35x30', 40, 'clear tape|sticky tape|scotch tape', '胶布|胶纸'],
  ['封箱胶带', 'packing tape', '3919100000', 'roll', 300, 1200, 100, 1000, 36, 72, '45x35x30', 300, 'carton sealing tape|box tape', '打包胶带'],
  ['固体胶', 'glue stick', '3506100000', 'pcs', 30, 300, 500, 5000, 500, 1000, '45x35x30', 25, 'solid glue', '胶棒'],
  ['胶水', 'liquid glue', '3506100000', 'pcs', 30, 300, 500, 5000, 200, 400, '45x35x30', 60, 'white glue|pva glue|school glue', '液体胶'],
  ['双面胶', 'double sided tape', '3919100000', 'roll', 30, 300, 500, 5000, 300, 800, '45x35x30', 30, 'double sided adhesive tape', '双面胶带'],
]);
leaf('050404', null, [
  ['计算器', 'calculator', '8470100000', 'pcs', 500, 4000, 50, 500, 50, 100, '50x40x35', 200, 'electronic calculator|desktop calculator|pocket calculator', '电子计算器'],
  ['科学计算器', 'scientific calculator', '8470100000', 'pcs', 1200, 6000, 50, 500, 50, 100, '50x40x35', 220, 'school calculator|engineering calculator', '函数计算器'],
  ['打印计算器', 'printing calculator', '8470210000', 'pcs', 5000, 20000, 10, 100, 10, 20, '50x40x35', 800, 'adding machine', '打印计算机'],
  ['点钞机', 'money counter', '8472900000', 'pcs', 15000, 60000, 5, 50, 1, 2, '50x40x35', 6000, 'bill counter|currency counting machine', '验钞机'],
]);
leaf('050501', null, [
  ['水彩颜料', 'watercolour paint set', '3213100000', 'set', 300, 3000, 100, 1000, 50, 150, '50x40x35', 150, 'watercolor paint|paint set', '水彩'],
  ['丙烯颜料', 'acrylic paint', '3213100000', 'set', 800, 5000, 50, 500, 24, 60, '50x40x35', 400, 'acrylic paint set', '丙烯'],
  ['手指画颜料', 'finger paint', '3213100000', 'set', 500, 2500, 100, 1000, 36, 72, '50x40x35', 350, 'washable kids paint', '儿童手指画'],
  ['油画布框', 'stretched canvas', '5901900000', 'pcs', 200, 2000, 100, 1000, 20, 60, '70x55x40', 400, 'painting canvas|canvas board', '画布'],
]);
leaf('050502', null, [
  ['画笔', 'paint brush', '9603300000', 'set', 200, 2000, 100, 1000, 100, 300, '50x40x35', 80, 'artist brush|brush set', '油画笔|水粉笔'],
  ['毛笔', 'calligraphy brush', '9603300000', 'pcs', 200, 3000, 100, 1000, 200, 500, '50x40x35', 40, 'chinese writing brush|chinese brush', '书法毛笔'],
  ['排刷', 'flat brush', '9603300000', 'pcs', 50, 500, 200, 2000, 200, 500, '50x40x35', 40, 'wide paint brush', '扁头刷'],
]);
leaf('050503', null, [
  ['蜡笔', 'crayon', '9609900000', 'box', 100, 1000, 200, 2000, 100, 250, '50x40x35', 100, 'wax crayons|crayon set', '儿童蜡笔'],
  ['油画棒', 'oil pastel', '9609900000', 'box', 300, 2000, 100, 1000, 60, 120, '50x40x35', 200, 'oil pastel set', '重彩油画棒'],
  ['粉笔', 'chalk', '9609900000', 'box', 50, 400, 200, 2000, 100, 300, '50x40x35', 100, 'sidewalk chalk|dustless chalk', '无尘粉笔'],
  ['填色本', 'colouring book', '4903000000', 'pcs', 100, 800, 200, 2000, 100, 250, '50x35x35', 100, 'coloring book|kids drawing book', '涂色本|填色书'],
]);

// ─── 06 体育户外 Sports & outdoor ─────────────────────────────────────────────
leaf('060101', 'size=3号/size 3;4号/size 4;5号/size 5;7号/size 7|material=PVC/PVC;PU/PU;TPU/TPU;橡胶/rubber', [
  ['足球', 'football', '9506620000', 'pcs', 1500, 8000, 50, 500, 30, 50, '60x40x40', 450, 'soccer ball|size 5 football', '五号足球'],
  ['篮球', 'basketball', '9506620000', 'pcs', 2000, 10000, 50, 500, 24, 36, '60x40x40', 650, 'rubber basketball|size 7 basketball', '七号篮球'],
  ['排球', 'volleyball', '9506620000', 'pcs', 1500, 6000, 50, 500, 30, 50, '60x40x40', 330, 'beach volleyball', '沙滩排球'],
  ['橄榄球', 'rugby ball', '9506620000', 'pcs', 1500, 6000, 50, 500, 30, 50, '60x40x40', 450, 'american football', '美式橄榄球'],
]);
leaf('060102', null, [
  ['羽毛球拍', 'badminton racket', '9506590000', 'pcs', 1000, 8000, 50, 500, 40, 60, '70x50x40', 300, 'badminton racquet|badminton set', '羽毛球拍套装'],
  ['羽毛球', 'shuttlecock', '9506990000', 'box', 500, 4000, 50, 500, 50, 100, '50x40x35', 120, 'badminton shuttle|feather shuttlecock', '鹅毛球'],
  ['乒乓球拍', 'table tennis bat', '9506400000', 'pcs', 500, 5000, 50, 500, 60, 120, '50x40x35', 200, 'ping pong paddle|ping pong racket', '乒乓拍'],
  ['乒乓球', 'table tennis ball', '9506400000', 'box', 300, 2000, 100, 1000, 50, 100, '50x40x35', 150, 'ping pong ball', '乒乓'],
]);
leaf('060201', null, [
  ['瑜伽垫', 'yoga mat', '9506910000', 'pcs', 1500, 8000, 50, 500, 10, 20, '65x35x35', 1000, 'exercise mat|tpe yoga mat|fitness mat', '健身垫', 'thickness=6mm/6 mm;8mm/8 mm;10mm/10 mm|material=TPE/TPE;NBR/NBR;PVC/PVC'],
  ['瑜伽砖', 'yoga block', '9506910000', 'pcs', 300, 1500, 100, 1000, 30, 60, '60x40x40', 200, 'foam yoga brick', '瑜伽块'],
  ['瑜伽拉力带', 'yoga strap', '9506910000', 'pcs', 200, 1000, 100, 1000, 100, 200, '50x40x35', 80, 'stretch strap', '瑜伽绳'],
  ['瑜伽球', 'exercise ball', '9506910000', 'pcs', 800, 4000, 50, 500, 15, 35, '50x40x35', 700, 'yoga ball|gym ball|swiss ball', '健身球'],
]);
leaf('060202', null, [
  ['跳绳', 'jump rope', '9506910000', 'pcs', 200, 2000, 100, 1000, 100, 200, '50x40x35', 120, 'skipping rope|speed rope', '计数跳绳'],
  ['哑铃', 'dumbbell', '9506910000', 'pair', 1500, 8000, 20, 200, 4, 8, '40x30x25', 3000, 'hex dumbbell|vinyl dumbbell', '包胶哑铃'],
  ['弹力带', 'resistance band', '9506910000', 'set', 300, 2000, 100, 1000, 80, 160, '50x40x35', 150, 'exercise band|loop band|pull up band', '拉力带|阻力带'],
  ['握力器', 'hand grip strengthener', '9506910000', 'pcs', 200, 1500, 100, 1000, 100, 200, '50x40x35', 120, 'hand gripper', '握力圈'],
  ['健腹轮', 'ab roller', '9506910000', 'pcs', 800, 4000, 50, 500, 12, 24, '50x40x35', 900, 'ab wheel|abdominal wheel', '健腹滚轮'],
]);
leaf('060301', null, [
  ['帐篷', 'tent', '6306220000', 'pcs', 5000, 40000, 10, 100, 2, 6, '70x40x35', 3000, 'camping tent|pop up tent|dome tent', '露营帐篷', 'capacity=单人/1 person;双人/2 person;3-4人/3-4 person;5-8人/5-8 person'],
  ['睡袋', 'sleeping bag', '9404300000', 'pcs', 3000, 15000, 20, 200, 4, 10, '60x40x40', 1800, 'camping sleeping bag|envelope sleeping bag', '露营睡袋'],
  ['天幕', 'camping tarp', '6306120000', 'pcs', 4000, 20000, 10, 100, 4, 10, '60x40x35', 2000, 'sun shelter|canopy tarp', '遮阳天幕'],
  ['防潮垫', 'camping mat', '9404290000', 'pcs', 500, 4000, 20, 200, 10, 30, '60x40x40', 700, 'sleeping pad|foam mat', '露营垫'],
]);
leaf('060302', null, [
  ['折叠椅', 'camping chair', '9401790000', 'pcs', 2000, 10000, 20, 200, 4, 8, '90x50x40', 2800, 'folding chair|moon chair|beach chair', '露营椅|月亮椅'],
  ['折叠桌', 'camping table', '9403200000', 'pcs', 3000, 15000, 10, 100, 2, 6, '80x50x20', 4500, 'folding table|picnic table', '蛋卷桌|露营桌'],
  ['吊床', 'hammock', '6306900000', 'pcs', 1200, 6000, 20, 200, 20, 40, '60x40x40', 600, 'camping hammock|parachute hammock', '户外吊床'],
  ['营地车', 'camping wagon', '8716800000', 'pcs', 10000, 30000, 5, 50, 1, 2, '85x50x25', 12000, 'folding wagon|collapsible cart', '户外折叠推车'],
]);
leaf('060303', null, [
  ['头灯', 'headlamp', '8513109000', 'pcs', 500, 4000, 50, 500, 60, 120, '50x40x35', 150, 'head torch|led headlamp', '头戴灯'],
  ['露营灯', 'camping lantern', '8513109000', 'pcs', 1000, 6000, 20, 200, 24, 60, '55x40x40', 400, 'led lantern|tent light', '营地灯'],
  ['工兵铲', 'camping shovel', '8201100000', 'pcs', 1000, 5000, 20, 200, 10, 30, '55x40x35', 800, 'folding shovel|entrenching tool', '多功能铲'],
]);
leaf('060401', null, [
  ['鱼竿', 'fishing rod', '9507100000', 'pcs', 1000, 15000, 20, 200, 10, 30, '130x20x20', 500, 'telescopic fishing rod|carbon fishing rod', '钓竿|海竿'],
  ['渔轮', 'fishing reel', '9507300000', 'pcs', 1500, 10000, 20, 200, 20, 50, '50x40x35', 450, 'spinning reel|baitcasting reel', '纺车轮|鱼线轮'],
  ['鱼竿套装', 'fishing rod combo', '9507100000', 'set', 3000, 15000, 10, 100, 10, 20, '130x30x30', 1200, 'rod and reel combo|fishing kit', '钓鱼套装'],
]);
leaf('060402', null, [
  ['鱼钩', 'fishing hook', '9507200000', 'box', 50, 500, 200, 2000, 500, 1000, '45x35x30', 25, 'hooks|carp hooks', '钓钩'],
  ['路亚饵', 'fishing lure', '9507900000', 'pcs', 100, 1500, 100, 1000, 300, 800, '50x40x35', 30, 'artificial bait|soft lure|hard bait', '假饵|鱼饵'],
  ['浮漂', 'fishing float', '9507900000', 'pcs', 50, 800, 200, 2000, 500, 1000, '50x40x35', 15, 'bobber|fishing bobber', '鱼漂'],
  ['路亚盒', 'tackle box', '3926909000', 'pcs', 500, 3000, 50, 500, 20, 60, '55x40x40', 400, 'fishing tackle box|lure box', '钓鱼工具盒'],
]);
leaf('060501', null, [
  ['泳镜', 'swimming goggles', '9004900000', 'pcs', 300, 3000, 100, 1000, 100, 200, '50x40x35', 100, 'swim goggles|anti fog goggles', '游泳眼镜'],
  ['泳帽', 'swim cap', '3926200000', 'pcs', 200, 1500, 100, 1000, 200, 500, '50x40x35', 50, 'silicone swim cap|swimming cap', '硅胶泳帽'],
  ['游泳耳塞鼻夹', 'swim ear plug set', '9506290000', 'set', 50, 500, 200, 2000, 500, 1000, '45x35x30', 20, 'ear plugs for swimming|nose clip', '耳塞'],
  ['浮潜面罩', 'snorkel mask', '9506290000', 'pcs', 1500, 6000, 50, 500, 20, 40, '60x40x40', 500, 'diving mask|snorkel set', '潜水面镜'],
]);
leaf('060502', null, [
  ['游泳圈', 'swim ring', '9506290000', 'pcs', 200, 2000, 100, 1000, 50, 150, '50x40x40', 150, 'inflatable swim ring|pool ring', '泳圈'],
  ['充气浮排', 'pool float', '9506290000', 'pcs', 800, 5000, 50, 500, 20, 40, '50x40x40', 600, 'inflatable lounger|pool lounger', '水上浮床'],
  ['儿童浮袖', 'swim armband', '9506290000', 'pair', 100, 800, 200, 2000, 200, 400, '50x40x35', 60, 'arm floats|water wings', '手臂圈'],
  ['浮板', 'kickboard', '9506290000', 'pcs', 300, 1500, 100, 1000, 30, 80, '50x40x40', 250, 'swim board|swimming kickboard', '打水板'],
]);
leaf('060601', null, [
  ['轮滑鞋', 'roller skate', '9506700000', 'pair', 5000, 20000, 10, 100, 6, 10, '60x40x40', 2200, 'inline skates|rollerblades|quad skates', '溜冰鞋|旱冰鞋'],
  ['滑板', 'skateboard', '9506990000', 'pcs', 3000, 15000, 10, 100, 5, 8, '85x50x35', 2800, 'complete skateboard|cruiser board', '双翘滑板'],
  ['滑板车', 'kick scooter', '9503001000', 'pcs', 6000, 25000, 10, 100, 2, 4, '70x40x20', 4500, 'kids scooter|scooter', '儿童滑板车'],
]);
leaf('060602', null, [
  ['自行车灯', 'bike light', '8512100000', 'set', 500, 4000, 50, 500, 50, 100, '50x40x35', 200, 'bicycle light|usb bike light|tail light', '车灯'],
  ['车铃', 'bike bell', '8306100000', 'pcs', 100, 800, 200, 2000, 200, 400, '50x40x35', 60, 'bicycle bell', '自行车铃铛'],
  ['自行车锁', 'bike lock', '8301400000', 'pcs', 500, 4000, 50, 500, 40, 80, '50x40x35', 300, 'bicycle lock|cable lock|u lock', '车锁'],
  ['骑行手套', 'cycling glove', '6116930000', 'pair', 500, 3000, 100, 1000, 100, 200, '50x40x35', 80, 'bike gloves|half finger gloves', '半指手套'],
]);
leaf('060603', SZ_SML, [
  ['护膝', 'knee pad', '9506990000', 'pair', 200, 2000, 100, 1000, 100, 200, '50x40x35', 100, 'knee brace|knee support|knee sleeve', '运动护膝'],
  ['护腕', 'wrist support', '9506990000', 'pcs', 100, 1000, 100, 1000, 200, 500, '50x40x35', 40, 'wrist brace|wrist band', '运动护腕'],
  ['护具套装', 'protective gear set', '9506990000', 'set', 1000, 5000, 50, 500, 30, 60, '55x40x40', 350, 'skate pads|elbow and knee pads', '轮滑护具|护具六件套'],
  ['骑行头盔', 'helmet', '6506100000', 'pcs', 1500, 8000, 20, 200, 10, 20, '60x50x50', 650, 'bike helmet|cycling helmet|skate helmet', '头盔'],
]);

// ─── 07 箱包 Bags & luggage ───────────────────────────────────────────────────
leaf('070101', BAGMAT, [
  ['手提包', 'handbag', '4202220000', 'pcs', 1500, 8000, 20, 200, 20, 40, '60x45x45', 600, 'ladies handbag|purse|women bag', '女士手提包|女包'],
  ['托特包', 'tote bag', '4202220000', 'pcs', 1200, 6000, 20, 200, 20, 40, '60x45x45', 550, 'shopper bag|large tote', '大容量托特'],
  ['手拿包', 'clutch bag', '4202220000', 'pcs', 800, 5000, 20, 200, 40, 80, '60x45x45', 300, 'evening bag|clutch purse', '晚宴包'],
]);
leaf('070102', BAGMAT, [
  ['斜挎包', 'crossbody bag', '4202220000', 'pcs', 1000, 6000, 20, 200, 30, 60, '60x45x45', 400, 'cross body bag|sling bag|messenger bag', '斜跨包'],
  ['单肩包', 'shoulder bag', '4202220000', 'pcs', 1500, 8000, 20, 200, 20, 40, '60x45x45', 550, 'hobo bag|underarm bag', '腋下包'],
  ['链条包', 'chain bag', '4202220000', 'pcs', 1200, 6000, 20, 200, 30, 60, '60x45x45', 350, 'chain shoulder bag|quilted bag', '菱格包'],
]);
leaf('070201', BAGMAT, [
  ['双肩包', 'backpack', '4202920000', 'pcs', 1500, 8000, 20, 200, 20, 35, '60x45x45', 700, 'rucksack|daypack|laptop backpack', '背包'],
  ['电脑包', 'laptop bag', '4202120000', 'pcs', 2000, 8000, 20, 200, 20, 30, '60x45x45', 800, 'notebook bag|laptop sleeve|briefcase', '笔记本电脑包'],
  ['登山包', 'hiking backpack', '4202920000', 'pcs', 3000, 15000, 20, 200, 10, 20, '60x45x45', 1200, 'trekking backpack|camping rucksack', '户外登山包'],
  ['抽绳束口袋', 'drawstring bag', '4202920000', 'pcs', 150, 1000, 200, 2000, 200, 400, '55x40x35', 60, 'drawstring backpack|gym sack', '抽绳背包'],
]);
leaf('070202', BAGMAT, [
  ['书包', 'school bag', '4202920000', 'pcs', 1500, 8000, 20, 200, 20, 30, '60x45x45', 800, 'school backpack|kids backpack|bookbag', '学生书包'],
  ['拉杆书包', 'trolley school bag', '4202120000', 'pcs', 4000, 12000, 10, 100, 6, 12, '60x45x45', 2000, 'rolling backpack|wheeled school bag', '拉杆双肩包'],
  ['幼儿园书包', 'kindergarten bag', '4202920000', 'pcs', 800, 4000, 24, 240, 40, 80, '60x45x45', 300, 'toddler backpack|cartoon backpack', '儿童卡通书包'],
]);
leaf('070301', LUGGAGE, [
  ['拉杆箱', 'suitcase', '4202120000', 'pcs', 8000, 30000, 10, 100, 1, 4, '75x50x30', 4000, 'trolley case|luggage|spinner suitcase|rolling luggage', '旅行箱|行李箱'],
  ['登机箱', 'carry-on luggage', '4202120000', 'pcs', 8000, 25000, 10, 100, 2, 4, '60x45x45', 3500, 'cabin suitcase|20 inch suitcase|carry on', '20寸拉杆箱'],
  ['三件套拉杆箱', 'luggage set', '4202120000', 'set', 20000, 60000, 5, 50, 1, 1, '80x55x35', 12000, '3 piece suitcase set|nested luggage', '套箱'],
  ['化妆箱', 'vanity case', '4202120000', 'pcs', 2000, 8000, 20, 200, 6, 12, '60x45x45', 1500, 'cosmetic case|train case', '手提化妆箱'],
]);
leaf('070302', BAGMAT, [
  ['旅行袋', 'duffel bag', '4202920000', 'pcs', 1500, 6000, 20, 200, 20, 40, '60x45x45', 600, 'duffle bag|weekender bag|gym bag|travel bag', '行李袋'],
  ['旅行收纳袋', 'packing cube set', '4202920000', 'set', 1000, 4000, 50, 500, 20, 40, '60x45x45', 600, 'travel organizer|packing cubes', '收纳包'],
  ['折叠旅行袋', 'foldable travel bag', '4202920000', 'pcs', 800, 3000, 50, 500, 50, 100, '60x45x45', 250, 'packable duffel', '可折叠行李袋'],
]);
leaf('070401', BAGMAT, [
  ['钱包', 'wallet', '4202320000', 'pcs', 500, 4000, 50, 500, 100, 200, '55x40x40', 120, 'purse|bifold wallet|card wallet', '钱夹|皮夹'],
  ['长款钱包', 'long wallet', '4202320000', 'pcs', 800, 5000, 50, 500, 60, 120, '55x40x40', 180, 'clutch wallet|zip around wallet', '长钱包'],
  ['卡包', 'card holder', '4202320000', 'pcs', 200, 2000, 100, 1000, 200, 500, '55x40x40', 40, 'credit card holder|card case', '卡套'],
  ['零钱包', 'coin purse', '4202320000', 'pcs', 100, 1500, 100, 1000, 200, 500, '55x40x40', 40, 'change purse|mini purse', '硬币包'],
]);
leaf('070402', BAGMAT, [
  ['化妆包', 'cosmetic bag', '4202920000', 'pcs', 400, 3000, 100, 1000, 100, 200, '60x45x45', 120, 'makeup bag|makeup pouch', '化妆袋'],
  ['洗漱包', 'toiletry bag', '4202920000', 'pcs', 800, 4000, 50, 500, 50, 100, '60x45x45', 250, 'wash bag|hanging toiletry bag', '洗漱袋'],
  ['透明化妆包', 'clear cosmetic bag', '4202920000', 'pcs', 200, 1500, 100, 1000, 100, 300, '60x45x45', 80, 'pvc makeup bag|transparent pouch', 'PVC化妆包'],
]);
leaf('070403', BAGMAT, [
  ['腰包', 'waist bag', '4202920000', 'pcs', 500, 3000, 50, 500, 80, 160, '60x45x45', 150, 'fanny pack|bum bag|belt bag', '运动腰包'],
  ['胸包', 'chest bag', '4202920000', 'pcs', 800, 4000, 50, 500, 50, 100, '60x45x45', 250, 'sling chest bag', '男士胸包'],
  ['手机袋', 'phone pouch', '4202920000', 'pcs', 300, 2000, 100, 1000, 150, 300, '60x45x45', 80, 'phone crossbody bag|mobile phone bag', '手机包'],
]);
leaf('070501', 'size=30x40cm/30 x 40 cm;35x45cm/35 x 45 cm;40x50cm/40 x 50 cm|fabric weight=70克/70 gsm;80克/80 gsm;100克/100 gsm', [
  ['无纺布袋', 'non-woven bag', '4202920000', 'pcs', 30, 300, 1000, 10000, 300, 800, '55x40x40', 30, 'non woven tote|pp non woven bag|promotional bag', '环保袋|无纺布购物袋'],
  ['覆膜无纺布袋', 'laminated non-woven bag', '4202920000', 'pcs', 80, 500, 1000, 10000, 200, 500, '55x40x40', 50, 'laminated tote', '覆膜袋'],
  ['折叠购物袋', 'foldable shopping bag', '4202920000', 'pcs', 150, 1000, 500, 5000, 200, 500, '55x40x40', 45, 'reusable shopping bag|grocery bag', '折叠环保袋'],
]);
leaf('070502', null, [
  ['帆布袋', 'canvas tote bag', '4202920000', 'pcs', 200, 2000, 200, 2000, 100, 200, '55x40x40', 120, 'cotton tote|canvas bag', '帆布包'],
  ['棉布束口袋', 'cotton drawstring bag', '4202920000', 'pcs', 50, 500, 500, 5000, 300, 800, '55x40x40', 30, 'muslin bag|cotton pouch', '束口袋'],
  ['帆布购物袋', 'canvas shopping bag', '4202920000', 'pcs', 300, 2500, 200, 2000, 80, 160, '55x40x40', 150, 'heavy canvas tote', '帆布手提袋'],
]);
leaf('070503', null, [
  ['保温袋', 'cooler bag', '4202920000', 'pcs', 500, 4000, 50, 500, 50, 100, '55x45x45', 250, 'insulated bag|thermal bag', '冰包|保冷袋'],
  ['午餐包', 'lunch bag', '4202920000', 'pcs', 400, 2500, 100, 1000, 60, 120, '55x45x45', 200, 'insulated lunch bag|lunch tote', '便当包|饭盒袋'],
  ['外卖保温箱', 'delivery bag', '4202920000', 'pcs', 3000, 10000, 20, 200, 10, 20, '60x50x50', 1200, 'food delivery bag|insulated delivery bag', '外卖箱'],
]);

// ─── 08 雨具 Umbrellas & rain gear ────────────────────────────────────────────
leaf('080101', UMB, [
  ['折叠伞', 'folding umbrella', '6601910000', 'pcs', 800, 4000, 60, 600, 40, 60, '75x40x30', 400, 'compact umbrella|travel umbrella|collapsible umbrella', '三折伞|雨伞'],
  ['自动折叠伞', 'automatic umbrella', '6601910000', 'pcs', 1500, 5000, 60, 600, 30, 50, '75x40x30', 480, 'auto open close umbrella', '全自动伞'],
  ['晴雨伞', 'sun umbrella', '6601910000', 'pcs', 1200, 5000, 60, 600, 30, 60, '75x40x30', 400, 'uv umbrella|parasol', '防晒伞|遮阳伞'],
  ['胶囊伞', 'capsule umbrella', '6601910000', 'pcs', 1500, 4500, 60, 600, 40, 60, '60x40x30', 300, 'mini pocket umbrella|five fold umbrella', '五折伞'],
]);
leaf('080102', UMB, [
  ['直杆伞', 'stick umbrella', '6601990000', 'pcs', 1000, 5000, 60, 600, 24, 36, '95x30x30', 700, 'straight umbrella|long umbrella', '长柄伞'],
  ['高尔夫伞', 'golf umbrella', '6601990000', 'pcs', 2000, 8000, 50, 500, 20, 25, '110x30x30', 950, 'large umbrella|double canopy umbrella', '大伞'],
  ['广告伞', 'promotional umbrella', '6601990000', 'pcs', 800, 3000, 200, 2000, 24, 36, '95x30x30', 600, 'logo umbrella|custom printed umbrella', '礼品伞'],
  ['反向伞', 'reverse umbrella', '6601990000', 'pcs', 1500, 5000, 60, 600, 20, 30, '85x35x35', 750, 'inverted umbrella|car umbrella', '反向直杆伞'],
]);
leaf('080103', UMB, [
  ['儿童伞', 'kids umbrella', '6601990000', 'pcs', 600, 2500, 60, 600, 36, 60, '75x30x30', 350, 'children umbrella|cartoon umbrella', '卡通伞'],
  ['儿童折叠伞', 'kids folding umbrella', '6601910000', 'pcs', 600, 2500, 60, 600, 40, 60, '60x35x30', 300, 'small folding umbrella for kids', '儿童三折伞'],
  ['透明蘑菇伞', 'dome umbrella', '6601990000', 'pcs', 800, 3000, 60, 600, 30, 50, '80x35x35', 450, 'bubble umbrella|birdcage umbrella|clear umbrella', '鸟笼伞|透明伞'],
]);
leaf('080201', null, [
  ['沙滩伞', 'beach umbrella', '6601100000', 'pcs', 2500, 10000, 20, 200, 6, 10, '130x30x30', 2500, 'beach parasol', '太阳伞'],
  ['钓鱼伞', 'fishing umbrella', '6601100000', 'pcs', 3000, 12000, 20, 200, 4, 8, '130x30x30', 3000, 'fishing sun umbrella', '户外钓鱼伞'],
  ['沙滩帐篷', 'beach tent', '6306220000', 'pcs', 2500, 10000, 20, 200, 8, 15, '80x40x40', 1500, 'pop up beach shelter|beach sun shelter', '速开沙滩帐篷'],
]);
leaf('080202', null, [
  ['庭院伞', 'patio umbrella', '6601100000', 'pcs', 8000, 30000, 10, 100, 2, 4, '200x25x25', 6000, 'garden parasol|market umbrella', '户外遮阳伞'],
  ['罗马伞', 'cantilever umbrella', '6601100000', 'pcs', 30000, 100000, 5, 50, 1, 1, '200x40x40', 20000, 'offset umbrella|banana umbrella', '香蕉伞'],
  ['注水伞座', 'umbrella base', '3926909000', 'pcs', 2000, 8000, 10, 100, 2, 4, '55x55x30', 5000, 'parasol stand|parasol base', '伞座'],
]);
leaf('080301', SZ_CLOTH, [
  ['雨衣', 'raincoat', '3926209000', 'pcs', 800, 4000, 60, 600, 40, 80, '60x40x35', 300, 'rain jacket|waterproof raincoat|eva raincoat', '雨衣外套'],
  ['雨披', 'rain poncho', '3926209000', 'pcs', 500, 3000, 100, 1000, 50, 100, '60x40x35', 250, 'poncho|reusable poncho', '斗篷雨衣'],
  ['电动车雨披', 'motorcycle rain poncho', '3926209000', 'pcs', 1500, 5000, 50, 500, 20, 40, '60x40x35', 600, 'scooter poncho|electric bike rain cover', '电瓶车雨衣'],
  ['分体雨衣', 'rain suit', '6210400000', 'set', 2000, 8000, 50, 500, 20, 35, '60x40x35', 700, 'rain jacket and pants|waterproof suit', '雨衣雨裤套装'],
]);
leaf('080302', null, [
  ['一次性雨衣', 'disposable poncho', '3926209000', 'pcs', 30, 200, 1000, 10000, 300, 500, '55x40x35', 50, 'emergency poncho|disposable raincoat', '一次性雨披'],
  ['球形雨衣', 'card poncho', '3926209000', 'pcs', 50, 250, 1000, 10000, 300, 500, '55x40x35', 50, 'ball poncho|compact rain poncho', '卡片式雨衣'],
  ['儿童一次性雨衣', 'kids disposable poncho', '3926209000', 'pcs', 30, 200, 1000, 10000, 300, 600, '55x40x35', 40, 'kids emergency poncho', '儿童雨披'],
]);
leaf('080401', null, [
  ['雨靴', 'rain boot', '6401920000', 'pair', 1500, 6000, 50, 500, 10, 20, '60x40x40', 1200, 'rain boots|rubber boots|wellies|wellington boots', '雨鞋|水鞋'],
  ['儿童雨鞋', 'kids rain boot', '6401920000', 'pair', 800, 3000, 50, 500, 20, 30, '60x40x40', 600, 'kids wellies|children rain boots', '儿童水鞋'],
  ['防雨鞋套', 'rain shoe cover', '3926209000', 'pair', 300, 1500, 100, 1000, 80, 160, '55x40x35', 150, 'waterproof shoe covers|silicone overshoes', '硅胶鞋套'],
]);
leaf('080402', null, [
  ['伞套', 'umbrella sleeve', '6603900000', 'pcs', 30, 300, 500, 5000, 500, 1000, '50x40x35', 20, 'umbrella cover|umbrella bag', '雨伞套'],
  ['伞骨', 'umbrella frame', '6603200000', 'pcs', 300, 2000, 100, 1000, 50, 100, '90x30x30', 250, 'umbrella ribs|umbrella frame parts', '伞架'],
  ['伞柄', 'umbrella handle', '6603900000', 'pcs', 30, 300, 500, 5000, 300, 600, '50x40x35', 40, 'umbrella grip', '伞把'],
  ['一次性伞套', 'wet umbrella bag', '3923290000', 'pack', 200, 1000, 100, 1000, 30, 60, '50x40x35', 400, 'disposable umbrella bag|umbrella wrapper', '雨伞塑料袋'],
]);

// ─── 09 五金工具 Hardware & tools ──────────────────────────────────────────────
leaf('090101', TOOL, [
  ['钳子', 'pliers', '8203200000', 'pcs', 300, 3000, 100, 1000, 50, 100, '45x30x25', 250, 'combination pliers|needle nose pliers|side cutter', '老虎钳|尖嘴钳'],
  ['扳手', 'wrench', '8204110000', 'pcs', 200, 3000, 100, 1000, 50, 100, '45x30x25', 250, 'spanner|combination wrench', '开口扳手|梅花扳手'],
  ['活动扳手', 'adjustable wrench', '8204110000', 'pcs', 500, 3000, 100, 1000, 30, 60, '45x30x25', 350, 'adjustable spanner|crescent wrench', '活扳手'],
  ['内六角扳手', 'hex key set', '8204110000', 'set', 200, 1500, 100, 1000, 80, 160, '45x30x25', 150, 'allen key set|allen wrench', '六角扳手'],
]);
leaf('090102', TOOL, [
  ['螺丝刀', 'screwdriver', '8205400000', 'pcs', 100, 1500, 200, 2000, 100, 300, '45x30x25', 80, 'phillips screwdriver|flat screwdriver', '起子|改锥'],
  ['螺丝刀套装', 'screwdriver set', '8205400000', 'set', 800, 6000, 50, 500, 30, 60, '45x30x25', 400, 'precision screwdriver set|bit set', '批头套装'],
  ['锤子', 'hammer', '8205200000', 'pcs', 500, 3000, 50, 500, 20, 40, '45x30x25', 600, 'claw hammer|rubber mallet', '羊角锤|榔头'],
]);
leaf('090103', TOOL, [
  ['工具套装', 'tool kit', '8206000000', 'set', 3000, 20000, 10, 100, 4, 10, '50x40x30', 2500, 'household tool set|tool box set', '家用工具箱'],
  ['美工刀', 'utility knife', '8211930000', 'pcs', 50, 800, 500, 5000, 200, 500, '45x30x25', 50, 'box cutter|craft knife|stanley knife', '裁纸刀|壁纸刀'],
  ['美工刀片', 'utility knife blade', '8211940000', 'box', 100, 800, 200, 2000, 200, 400, '45x30x25', 60, 'snap off blades|replacement blades', '壁纸刀片'],
  ['塑料工具箱', 'tool box', '3926909000', 'pcs', 1000, 6000, 20, 200, 10, 20, '55x40x40', 1200, 'plastic toolbox|tool case', '收纳工具箱'],
]);
leaf('090201', VOLT, [
  ['电钻', 'electric drill', '8467210000', 'pcs', 6000, 30000, 10, 100, 4, 8, '50x40x35', 2500, 'power drill|corded drill', '手电钻'],
  ['锂电钻', 'cordless drill', '8467210000', 'pcs', 8000, 40000, 10, 100, 4, 8, '50x40x35', 3000, 'cordless drill driver|battery drill', '充电钻'],
  ['冲击钻', 'hammer drill', '8467210000', 'pcs', 10000, 40000, 10, 100, 4, 6, '50x40x35', 4000, 'impact drill|rotary hammer', '电锤'],
  ['角磨机', 'angle grinder', '8467290000', 'pcs', 6000, 25000, 10, 100, 4, 8, '50x40x35', 3000, 'grinder|disc grinder', '磨光机'],
]);
leaf('090202', null, [
  ['钻头', 'drill bit', '8207500000', 'set', 300, 3000, 100, 1000, 50, 150, '45x30x25', 150, 'twist drill bit|masonry drill bit', '麻花钻'],
  ['锯片', 'circular saw blade', '8202390000', 'pcs', 500, 5000, 50, 500, 20, 50, '45x30x25', 500, 'tct saw blade|saw blade', '合金锯片'],
  ['切割片', 'cutting wheel', '6804220000', 'box', 1000, 5000, 50, 500, 10, 16, '45x30x25', 1500, 'abrasive disc|grinding wheel|cutting disc', '砂轮片'],
  ['批头', 'screwdriver bit', '8207900000', 'box', 200, 1500, 100, 1000, 100, 200, '45x30x25', 120, 'driver bit|impact bit', '起子头'],
]);
leaf('090301', null, [
  ['卷尺', 'tape measure', '9017800000', 'pcs', 150, 2000, 200, 2000, 80, 160, '50x35x30', 150, 'measuring tape|steel tape', '钢卷尺', 'length=3米/3 m;5米/5 m;7.5米/7.5 m;10米/10 m'],
  ['软尺', 'soft tape measure', '9017800000', 'pcs', 30, 300, 500, 5000, 500, 1000, '45x35x30', 20, 'sewing tape measure|body tape', '皮尺'],
  ['激光测距仪', 'laser distance meter', '9015100000', 'pcs', 5000, 30000, 10, 100, 20, 40, '50x40x35', 400, 'laser measure|rangefinder', '测距仪'],
]);
leaf('090302', null, [
  ['水平尺', 'spirit level', '9015800000', 'pcs', 300, 3000, 100, 1000, 30, 60, '70x30x25', 400, 'bubble level|torpedo level', '水平仪'],
  ['角尺', 'try square', '9017800000', 'pcs', 200, 2000, 100, 1000, 50, 100, '50x35x30', 200, 'carpenter square|l square', '直角尺'],
  ['激光水平仪', 'laser level', '9015800000', 'pcs', 8000, 40000, 10, 100, 4, 10, '50x40x35', 1500, 'cross line laser|line laser', '红外线水平仪'],
]);
leaf('090401', 'material=铁/iron;铜/brass;锌合金/zinc alloy;不锈钢/stainless steel|size=20mm/20 mm;30mm/30 mm;40mm/40 mm;50mm/50 mm', [
  ['挂锁', 'padlock', '8301100000', 'pcs', 200, 3000, 100, 1000, 60, 150, '40x30x25', 150, 'brass padlock|iron padlock', '锁头'],
  ['密码锁', 'combination lock', '8301100000', 'pcs', 300, 2000, 100, 1000, 100, 200, '40x30x25', 100, 'combination padlock|luggage lock|tsa lock', '行李箱锁'],
  ['柜锁', 'cabinet lock', '8301300000', 'pcs', 200, 2000, 100, 1000, 100, 200, '40x30x25', 120, 'drawer lock|cam lock', '抽屉锁'],
]);
leaf('090402', null, [
  ['门锁', 'door lock', '8301400000', 'set', 2000, 15000, 20, 200, 10, 20, '50x40x30', 1200, 'mortise lock|door lockset', '室内门锁'],
  ['球形门锁', 'knob lock', '8301400000', 'set', 1000, 5000, 20, 200, 20, 40, '50x40x30', 600, 'door knob lock|cylindrical lock', '球锁'],
  ['锁芯', 'lock cylinder', '8301600000', 'pcs', 500, 4000, 50, 500, 50, 100, '40x30x25', 250, 'euro cylinder|key cylinder', '锁胆'],
]);
leaf('090403', null, [
  ['指纹锁', 'fingerprint door lock', '8301400000', 'set', 30000, 150000, 5, 50, 2, 4, '50x40x40', 5000, 'smart door lock|biometric lock', '智能门锁'],
  ['智能挂锁', 'smart padlock', '8301100000', 'pcs', 3000, 12000, 20, 200, 40, 80, '50x40x30', 250, 'fingerprint padlock|bluetooth padlock', '指纹挂锁'],
  ['智能柜锁', 'smart cabinet lock', '8301300000', 'pcs', 2000, 8000, 20, 200, 40, 80, '50x40x30', 250, 'keyless cabinet lock|rfid drawer lock', '感应柜锁'],
]);
leaf('090501', null, [
  ['螺丝', 'screw', '7318150000', 'kg', 1000, 3000, 25, 500, 20, 25, '35x25x20', 1000, 'wood screw|self tapping screw|machine screw', '螺钉', 'size=M3/M3;M4/M4;M5/M5;M6/M6;M8/M8|finish=镀锌/zinc plated;发黑/black oxide;不锈钢/stainless steel'],
  ['钉子', 'nail', '7317000000', 'kg', 600, 1500, 25, 500, 20, 25, '35x25x20', 1000, 'wire nail|steel nail', '铁钉'],
  ['膨胀螺丝', 'expansion bolt', '7318150000', 'box', 500, 3000, 50, 500, 20, 50, '35x25x20', 500, 'anchor bolt|wall anchor', '膨胀螺栓'],
  ['塑料膨胀管', 'plastic wall plug', '3926909000', 'bag', 200, 1000, 50, 500, 30, 60, '40x30x25', 400, 'wall plug|drywall anchor', '胀塞'],
]);
leaf('090502', null, [
  ['合页', 'hinge', '8302100000', 'pair', 100, 2000, 100, 1000, 60, 160, '40x30x25', 150, 'door hinge|butt hinge|cabinet hinge', '铰链'],
  ['拉手', 'cabinet handle', '8302420000', 'pcs', 50, 1500, 200, 2000, 100, 300, '40x30x25', 80, 'drawer pull|cupboard handle|knob', '抽屉拉手'],
  ['门把手', 'door handle', '8302410000', 'set', 1000, 8000, 20, 200, 20, 40, '50x40x30', 600, 'lever handle|door lever', '门执手'],
  ['门吸', 'door stopper', '8302410000', 'pcs', 200, 2000, 100, 1000, 50, 150, '40x30x25', 150, 'door stop|door holder', '门碰'],
]);
leaf('090503', null, [
  ['粘钩', 'adhesive hook', '3926909000', 'pack', 50, 500, 200, 2000, 200, 400, '50x40x35', 50, 'sticky hook|self adhesive hook', '无痕挂钩'],
  ['挂钩', 'wall hook', '8302500000', 'pcs', 50, 1000, 200, 2000, 200, 400, '45x35x30', 60, 'coat hook|robe hook|hat hook', '衣帽钩'],
  ['S钩', 's hook', '7326909000', 'pack', 100, 600, 200, 2000, 150, 300, '45x35x30', 80, 's shaped hook|hanging hook', 'S型挂钩'],
]);
leaf('090601', null, [
  ['园艺铲', 'garden trowel', '8201100000', 'pcs', 200, 1500, 100, 1000, 50, 150, '50x35x30', 180, 'hand trowel|garden shovel', '小铲子'],
  ['修枝剪', 'pruning shears', '8201500000', 'pcs', 500, 4000, 50, 500, 40, 80, '50x35x30', 300, 'secateurs|pruner|garden scissors', '剪枝剪|园艺剪'],
  ['园艺工具套装', 'garden tool set', '8201900000', 'set', 1000, 6000, 50, 500, 10, 30, '55x40x35', 800, 'gardening kit', '园林工具组合'],
  ['园艺手套', 'gardening glove', '6116100000', 'pair', 100, 1000, 200, 2000, 120, 240, '50x40x35', 80, 'garden gloves|work gloves', '劳保手套'],
]);
leaf('090602', null, [
  ['洒水壶', 'watering can', '3924900000', 'pcs', 300, 2500, 50, 500, 24, 60, '60x40x40', 350, 'garden watering can|watering pot', '浇花壶'],
  ['气压喷雾器', 'pressure sprayer', '8424410000', 'pcs', 1000, 5000, 20, 200, 10, 30, '60x40x40', 800, 'garden sprayer|pump sprayer', '压力喷壶'],
  ['伸缩水管', 'garden hose', '3917390000', 'pcs', 1500, 8000, 20, 200, 6, 12, '50x40x35', 2000, 'hose pipe|expandable hose|magic hose', '水管'],
  ['水管喷枪', 'hose nozzle', '8424200000', 'pcs', 300, 2000, 100, 1000, 50, 100, '50x40x35', 200, 'spray nozzle|water spray gun', '多功能喷枪'],
]);

// ─── 10 电子电器 Electronics & electrical ─────────────────────────────────────
leaf('100101', LED, [
  ['LED灯泡', 'led bulb', '8539520000', 'pcs', 200, 2000, 200, 2000, 100, 200, '55x45x40', 70, 'led light bulb|led lamp|energy saving bulb', '节能灯泡|球泡灯'],
  ['LED灯管', 'led tube', '8539520000', 'pcs', 600, 3000, 100, 1000, 25, 50, '125x25x25', 250, 't8 led tube|fluorescent replacement', 'T8灯管'],
  ['蜡烛灯泡', 'candle bulb', '8539520000', 'pcs', 300, 1500, 200, 2000, 100, 200, '55x45x40', 60, 'filament bulb|e14 candle bulb', '尖泡'],
  ['智能灯泡', 'smart bulb', '8539520000', 'pcs', 1200, 5000, 100, 1000, 50, 100, '55x45x40', 100, 'wifi bulb|rgb bulb|colour changing bulb', 'WiFi灯泡'],
]);
leaf('100102', null, [
  ['台灯', 'desk lamp', '9405210000', 'pcs', 1500, 10000, 20, 200, 10, 20, '60x45x45', 1000, 'led desk lamp|reading lamp|table lamp', '护眼台灯'],
  ['小夜灯', 'night light', '9405420000', 'pcs', 200, 2000, 100, 1000, 100, 200, '50x40x35', 100, 'plug in night light|sensor night light', '感应灯'],
  ['氛围灯', 'ambient light', '9405420000', 'pcs', 500, 4000, 50, 500, 30, 60, '55x45x40', 300, 'mood light|moon lamp|sunset lamp', '月球灯|日落灯'],
  ['橱柜感应灯', 'cabinet light', '9405420000', 'pcs', 500, 3000, 100, 1000, 50, 100, '50x40x35', 150, 'under cabinet light|motion sensor light', 'LED感应灯条'],
]);
leaf('100103', null, [
  ['手电筒', 'flashlight', '8513101000', 'pcs', 300, 4000, 100, 1000, 60, 200, '50x40x35', 120, 'torch|led flashlight|tactical flashlight', '强光手电'],
  ['迷你手电', 'mini flashlight', '8513101000', 'pcs', 100, 800, 200, 2000, 200, 500, '50x40x35', 40, 'keychain torch|pen light', '钥匙扣手电'],
  ['应急灯', 'emergency light', '8513109000', 'pcs', 1000, 5000, 50, 500, 20, 40, '55x45x40', 500, 'rechargeable emergency lamp|work light', '充电应急灯'],
]);
leaf('100201', VOLT, [
  ['排插', 'power strip', '8536690000', 'pcs', 800, 5000, 50, 500, 30, 60, '50x40x35', 350, 'extension socket|extension lead|power board', '插线板|接线板'],
  ['墙壁插座', 'wall socket', '8536690000', 'pcs', 300, 2000, 100, 1000, 100, 200, '50x40x35', 100, 'power outlet|wall outlet', '插座面板'],
  ['USB排插', 'usb power strip', '8536690000', 'pcs', 1500, 6000, 50, 500, 30, 50, '50x40x35', 400, 'charging station|power strip with usb', 'USB插座'],
  ['定时器插座', 'timer socket', '9107000000', 'pcs', 800, 3000, 50, 500, 50, 100, '50x40x35', 180, 'plug in timer|mechanical timer', '定时开关'],
]);
leaf('100202', VOLT, [
  ['开关面板', 'wall switch', '8536500000', 'pcs', 300, 2500, 100, 1000, 100, 200, '50x40x35', 100, 'light switch|wall plate switch', '墙壁开关'],
  ['触摸开关', 'touch switch', '8536500000', 'pcs', 1500, 6000, 50, 500, 50, 100, '50x40x35', 200, 'smart wall switch|wifi switch', '智能开关'],
  ['船型开关', 'rocker switch', '8536500000', 'pcs', 20, 200, 1000, 10000, 1000, 2000, '45x35x30', 8, 'ship switch|kcd1 switch', '翘板开关'],
]);
leaf('100203', VOLT, [
  ['转换插头', 'travel adapter', '8536690000', 'pcs', 300, 3000, 100, 1000, 100, 200, '50x40x35', 100, 'universal adapter|plug adapter|travel plug', '万能转换插头'],
  ['插头', 'plug', '8536690000', 'pcs', 80, 500, 500, 5000, 300, 600, '45x35x30', 40, 'power plug|rewireable plug', '电源插头'],
  ['电源线', 'power cord', '8544420000', 'pcs', 300, 2000, 100, 1000, 50, 100, '50x40x35', 200, 'power cable|ac cord|mains lead', '插头线'],
]);
leaf('100301', VOLT, [
  ['电吹风', 'hair dryer', '8516310000', 'pcs', 2000, 10000, 20, 200, 10, 20, '60x45x40', 900, 'blow dryer|hairdryer', '吹风机'],
  ['剃须刀', 'electric shaver', '8510100000', 'pcs', 1500, 8000, 50, 500, 40, 60, '50x40x35', 300, 'razor|men shaver', '电动剃须刀'],
  ['理发器', 'hair clipper', '8510200000', 'pcs', 1500, 8000, 50, 500, 30, 60, '50x40x35', 400, 'hair trimmer|barber clipper', '电推剪'],
  ['卷发棒', 'curling iron', '8516320000', 'pcs', 2000, 8000, 20, 200, 20, 40, '60x45x40', 500, 'hair curler|curling wand|hair straightener', '直发夹板'],
]);
leaf('100302', VOLT, [
  ['电热水壶', 'electric kettle', '8516790000', 'pcs', 2500, 10000, 20, 200, 6, 12, '60x40x40', 1700, 'kettle|water boiler', '烧水壶'],
  ['榨汁杯', 'portable blender', '8509400000', 'pcs', 2000, 6000, 50, 500, 20, 40, '60x40x40', 600, 'juicer cup|blender bottle|personal blender', '便携榨汁机'],
  ['电煮锅', 'electric hot pot', '8516600000', 'pcs', 3000, 10000, 20, 200, 6, 12, '60x40x40', 1800, 'multi cooker|mini hot pot', '多功能电煮锅'],
  ['电动打蛋器', 'hand mixer', '8509400000', 'pcs', 1500, 6000, 50, 500, 12, 24, '60x40x40', 900, 'electric whisk|egg beater', '打蛋机'],
]);
leaf('100303', null, [
  ['USB小风扇', 'usb fan', '8414510000', 'pcs', 500, 3000, 100, 1000, 50, 100, '55x45x40', 200, 'mini fan|desk fan', '迷你风扇'],
  ['手持风扇', 'handheld fan', '8414510000', 'pcs', 500, 3000, 100, 1000, 60, 120, '55x45x40', 180, 'portable fan|rechargeable fan', '手持小风扇'],
  ['挂脖风扇', 'neck fan', '8414510000', 'pcs', 1500, 5000, 50, 500, 40, 60, '55x45x40', 350, 'bladeless neck fan|wearable fan', '挂脖小风扇'],
  ['落地扇', 'floor fan', '8414510000', 'pcs', 6000, 20000, 20, 200, 1, 2, '70x45x25', 6500, 'standing fan|pedestal fan', '电风扇'],
]);
leaf('100401', 'size=5号AA/AA;7号AAA/AAA;1号D/D;9V/9V', [
  ['碱性电池', 'alkaline battery', '8506100000', 'pcs', 50, 300, 1000, 10000, 480, 960, '35x25x20', 25, 'aa battery|aaa battery|lr6', '五号电池|七号电池'],
  ['碳性电池', 'zinc carbon battery', '8506800000', 'pcs', 20, 100, 1000, 10000, 600, 1200, '35x25x20', 20, 'heavy duty battery|r6 battery', '碳锌电池'],
  ['纽扣电池', 'button cell', '8506500000', 'pcs', 20, 200, 1000, 10000, 2000, 5000, '35x25x20', 3, 'coin cell|cr2032|lithium coin battery', '扣式电池'],
]);
leaf('100402', null, [
  ['充电电池', 'rechargeable battery', '8507500000', 'pcs', 300, 1500, 200, 2000, 200, 500, '35x25x20', 30, 'nimh battery|rechargeable aa', '镍氢电池'],
  ['18650锂电池', '18650 lithium battery', '8507600000', 'pcs', 500, 2000, 200, 2000, 200, 400, '35x25x20', 50, 'li ion cell|18650 cell', '锂电池'],
  ['电池充电器', 'battery charger', '8504400000', 'pcs', 800, 4000, 50, 500, 50, 100, '50x40x35', 200, 'aa battery charger|smart charger', '充电座'],
]);
leaf('100501', null, [
  ['蓝牙耳机', 'wireless earbuds', '8518300000', 'pcs', 1500, 10000, 50, 500, 50, 100, '50x40x35', 150, 'bluetooth earphones|tws earbuds|true wireless earbuds', 'TWS耳机|无线耳机'],
  ['有线耳机', 'wired earphones', '8518300000', 'pcs', 300, 2000, 100, 1000, 200, 400, '50x40x35', 40, 'in ear headphones|earbuds with mic', '入耳式耳机'],
  ['头戴式耳机', 'headphones', '8518300000', 'pcs', 2500, 12000, 20, 200, 20, 40, '60x45x40', 500, 'over ear headphones|bluetooth headset|gaming headset', '头戴耳机'],
]);
leaf('100502', null, [
  ['蓝牙音箱', 'bluetooth speaker', '8518220000', 'pcs', 1500, 10000, 20, 200, 20, 50, '55x45x40', 450, 'wireless speaker|portable speaker', '无线音箱'],
  ['拉杆音箱', 'party speaker', '8518220000', 'pcs', 8000, 40000, 5, 50, 1, 4, '60x45x45', 5000, 'karaoke speaker|trolley speaker', '户外音响'],
  ['迷你音箱', 'mini speaker', '8518210000', 'pcs', 800, 3000, 50, 500, 50, 100, '55x45x40', 200, 'small bluetooth speaker', '小音响'],
  ['K歌麦克风', 'karaoke microphone', '8518100000', 'pcs', 1500, 6000, 50, 500, 30, 60, '55x45x40', 400, 'wireless microphone|bluetooth microphone', '无线话筒'],
]);

// ─── 11 钟表 Clocks & watches ─────────────────────────────────────────────────
leaf('110101', WATCH, [
  ['石英手表', 'quartz watch', '9102110000', 'pcs', 1000, 8000, 50, 500, 100, 200, '45x35x30', 100, 'wrist watch|analog watch|fashion watch', '手表|腕表'],
  ['情侣手表', 'couple watch', '9102110000', 'pair', 3000, 12000, 20, 200, 40, 80, '45x35x30', 250, 'his and hers watch', '情侣表'],
  ['女士手链表', 'bracelet watch', '9102110000', 'pcs', 1200, 6000, 50, 500, 100, 200, '45x35x30', 100, 'ladies watch|women watch', '女表'],
  ['钢带手表', 'steel watch', '9102110000', 'pcs', 2000, 10000, 50, 500, 80, 160, '45x35x30', 150, 'stainless steel watch|mens watch', '男表'],
]);
leaf('110102', WATCH, [
  ['电子表', 'digital watch', '9102120000', 'pcs', 500, 3000, 100, 1000, 100, 300, '45x35x30', 70, 'led watch|digital wristwatch', '电子手表'],
  ['儿童手表', 'kids watch', '9102120000', 'pcs', 300, 2000, 100, 1000, 200, 300, '45x35x30', 60, 'children watch|cartoon watch', '卡通手表'],
  ['运动手表', 'sports watch', '9102120000', 'pcs', 1000, 5000, 50, 500, 100, 200, '45x35x30', 100, 'waterproof digital watch|chronograph', '防水电子表'],
]);
leaf('110103', null, [
  ['智能手表', 'smart watch', '8517620000', 'pcs', 5000, 30000, 20, 200, 50, 100, '50x40x35', 200, 'smartwatch|fitness watch', '智能表'],
  ['智能手环', 'fitness tracker', '8517620000', 'pcs', 2000, 10000, 50, 500, 100, 200, '50x40x35', 100, 'smart band|activity tracker|smart bracelet', '运动手环'],
  ['儿童电话手表', 'kids smart watch', '8517620000', 'pcs', 8000, 25000, 20, 200, 40, 80, '50x40x35', 250, 'kids gps watch|phone watch', '电话手表'],
]);
leaf('110201', null, [
  ['挂钟', 'wall clock', '9105210000', 'pcs', 1500, 8000, 20, 200, 10, 20, '55x40x40', 1000, 'quartz wall clock|silent wall clock', '石英钟|时钟'],
  ['创意挂钟', 'decorative wall clock', '9105210000', 'pcs', 2500, 12000, 20, 200, 8, 16, '60x45x45', 1300, 'large wall clock|modern wall clock', '个性挂钟'],
  ['DIY挂钟', 'diy wall clock', '9105210000', 'pcs', 1500, 6000, 20, 200, 20, 40, '60x45x45', 600, '3d wall clock|sticker wall clock', '镜面挂钟'],
  ['电子挂钟', 'digital wall clock', '9105210000', 'pcs', 3000, 12000, 20, 200, 10, 20, '60x45x45', 1200, 'led wall clock|calendar clock', '万年历'],
]);
leaf('110202', null, [
  ['闹钟', 'alarm clock', '9105110000', 'pcs', 500, 4000, 50, 500, 48, 96, '55x40x40', 250, 'bedside clock|twin bell alarm clock', '学生闹钟'],
  ['电子闹钟', 'digital alarm clock', '9105110000', 'pcs', 800, 5000, 50, 500, 40, 80, '55x40x40', 300, 'led alarm clock|mirror clock', 'LED闹钟'],
  ['投影闹钟', 'projection alarm clock', '9105110000', 'pcs', 2500, 8000, 20, 200, 30, 50, '55x40x40', 400, 'projector clock|weather station clock', '投影钟'],
]);
leaf('110203', null, [
  ['座钟', 'table clock', '9105910000', 'pcs', 1500, 10000, 20, 200, 20, 40, '55x40x40', 600, 'desk clock|mantel clock', '台钟'],
  ['木质时钟', 'wooden clock', '9105910000', 'pcs', 1200, 5000, 20, 200, 30, 60, '55x40x40', 400, 'wooden led clock|bamboo clock', '木头钟'],
  ['沙漏', 'hourglass', '7020000000', 'pcs', 300, 3000, 50, 500, 48, 96, '55x40x40', 250, 'sand timer|sand clock', '计时沙漏'],
]);
leaf('110301', 'width=16mm/16 mm;18mm/18 mm;20mm/20 mm;22mm/22 mm;24mm/24 mm', [
  ['表带', 'watch strap', '9113900000', 'pcs', 200, 3000, 100, 1000, 200, 500, '45x35x30', 30, 'watch band|replacement strap|leather watch strap', '表链'],
  ['硅胶表带', 'silicone watch band', '9113900000', 'pcs', 100, 1000, 100, 1000, 300, 600, '45x35x30', 25, 'sport band|apple watch band', '智能手表带'],
  ['钢表带', 'steel watch band', '9113200000', 'pcs', 500, 3000, 100, 1000, 200, 400, '45x35x30', 60, 'metal watch strap|mesh band|milanese band', '米兰表带'],
]);
leaf('110302', null, [
  ['手表电池', 'watch battery', '8506400000', 'pcs', 10, 100, 1000, 10000, 3000, 6000, '35x25x20', 2, 'silver oxide button cell|sr626sw', '表电池'],
  ['钟机芯', 'clock movement', '9109100000', 'pcs', 200, 1500, 200, 2000, 200, 500, '45x35x30', 40, 'quartz clock mechanism|clock kit', '挂钟机芯'],
  ['修表工具', 'watch repair tool kit', '8205590000', 'set', 1000, 5000, 50, 500, 20, 50, '45x35x30', 500, 'watch back opener|watch tool set', '开表器'],
  ['表盒', 'watch box', '4202920000', 'pcs', 1500, 8000, 20, 200, 10, 20, '55x40x40', 800, 'watch case|watch organizer', '手表收纳盒'],
]);

// ─── 12 日用百货 Daily necessities ────────────────────────────────────────────
leaf('120101', STORAGE, [
  ['收纳盒', 'storage box', '3924900000', 'pcs', 300, 3000, 50, 500, 10, 40, '60x45x45', 600, 'plastic storage box|organizer box|storage bin', '储物盒'],
  ['带盖收纳箱', 'storage container with lid', '3924900000', 'pcs', 1500, 6000, 20, 200, 6, 12, '65x45x40', 1800, 'plastic tote|stackable storage bin', '整理箱'],
  ['抽屉式收纳柜', 'drawer storage cabinet', '3924900000', 'pcs', 5000, 20000, 10, 100, 2, 4, '70x45x40', 5000, 'plastic drawer unit|storage drawers', '塑料抽屉柜'],
  ['桌面收纳盒', 'desk organizer', '3924900000', 'pcs', 300, 2000, 100, 1000, 24, 60, '60x45x45', 350, 'makeup organizer|cosmetic organizer', '化妆品收纳盒'],
]);
leaf('120102', STORAGE, [
  ['真空压缩袋', 'vacuum storage bag', '3923290000', 'pcs', 200, 1500, 100, 1000, 80, 160, '50x40x35', 150, 'space saver bag|vacuum seal bag', '压缩袋'],
  ['衣物收纳袋', 'clothes storage bag', '6307900000', 'pcs', 500, 3000, 50, 500, 20, 40, '60x45x45', 500, 'underbed storage bag|quilt storage bag', '棉被收纳袋'],
  ['门后挂袋', 'hanging organizer', '6307900000', 'pcs', 300, 2000, 100, 1000, 50, 100, '60x45x45', 250, 'over the door organizer|wall hanging bag', '挂袋'],
  ['自封袋', 'zip lock bag', '3923210000', 'pack', 100, 800, 200, 2000, 100, 250, '50x40x35', 100, 'ziplock bag|resealable bag|grip seal bag', '密封袋'],
]);
leaf('120103', null, [
  ['置物架', 'storage rack', '9403200000', 'pcs', 2000, 10000, 10, 100, 2, 6, '80x40x20', 4000, 'shelf rack|metal shelf|shelving unit', '多层置物架'],
  ['浴室置物架', 'bathroom shelf', '7324900000', 'pcs', 1500, 6000, 20, 200, 10, 20, '60x40x30', 1200, 'shower caddy|wall mounted shelf', '免打孔置物架'],
  ['厨房置物架', 'kitchen rack', '7323990000', 'pcs', 1500, 8000, 20, 200, 6, 12, '60x40x35', 2000, 'spice rack|dish rack|kitchen shelf', '调料架|沥水架'],
  ['鞋架', 'shoe rack', '9403200000', 'pcs', 1500, 8000, 20, 200, 4, 10, '70x35x20', 2500, 'shoe shelf|shoe organizer', '多层鞋架'],
]);
leaf('120201', null, [
  ['拖把', 'mop', '9603900000', 'pcs', 800, 5000, 50, 500, 10, 20, '130x25x25', 1000, 'flat mop|spin mop|microfiber mop', '平板拖把|旋转拖把'],
  ['扫把', 'broom', '9603900000', 'pcs', 500, 3000, 50, 500, 12, 24, '130x30x30', 800, 'broom and dustpan|soft broom', '扫帚'],
  ['簸箕', 'dustpan', '3924900000', 'pcs', 200, 1500, 100, 1000, 24, 60, '60x40x40', 300, 'dust pan|dustpan set', '垃圾铲'],
  ['拖把头', 'mop refill', '6307100000', 'pcs', 100, 800, 200, 2000, 100, 300, '50x40x35', 80, 'mop head|replacement mop pad', '拖布'],
]);
leaf('120202', null, [
  ['清洁刷', 'cleaning brush', '9603900000', 'pcs', 100, 1000, 200, 2000, 100, 300, '55x40x40', 80, 'scrub brush|dish brush|grout brush', '刷子'],
  ['海绵擦', 'cleaning sponge', '3921130000', 'pack', 100, 800, 200, 2000, 100, 300, '55x40x40', 60, 'scouring pad|dish sponge|kitchen sponge', '百洁布'],
  ['魔力擦', 'magic eraser', '3921190000', 'pack', 100, 600, 200, 2000, 200, 400, '55x40x40', 40, 'melamine sponge|cleaning eraser', '纳米海绵|魔术擦'],
  ['抹布', 'cleaning cloth', '6307100000', 'pack', 100, 800, 200, 2000, 100, 250, '50x40x35', 100, 'microfiber cloth|dish cloth|dishcloth', '洗碗布'],
]);
leaf('120203', null, [
  ['垃圾桶', 'trash can', '3924900000', 'pcs', 500, 4000, 50, 500, 12, 24, '55x45x45', 700, 'waste bin|garbage can|rubbish bin|dustbin', '垃圾筒'],
  ['垃圾袋', 'garbage bag', '3923210000', 'roll', 50, 500, 200, 2000, 100, 250, '45x35x30', 100, 'trash bag|bin bag|rubbish bag|bin liner', '一次性垃圾袋'],
  ['脚踏垃圾桶', 'pedal bin', '7323990000', 'pcs', 2000, 8000, 20, 200, 4, 8, '55x45x45', 2500, 'step bin|stainless steel trash can', '不锈钢垃圾桶'],
]);
leaf('120301', null, [
  ['浴帘', 'shower curtain', '6303920000', 'pcs', 500, 3000, 100, 1000, 30, 60, '50x40x35', 400, 'bath curtain|waterproof shower curtain', '防水浴帘'],
  ['浴室防滑垫', 'non-slip bath mat', '3918100000', 'pcs', 500, 3000, 100, 1000, 20, 40, '50x40x35', 600, 'shower mat|anti slip mat', '防滑垫'],
  ['皂盒', 'soap dish', '3924900000', 'pcs', 100, 1000, 200, 2000, 100, 300, '55x40x40', 80, 'soap holder|soap tray', '肥皂盒'],
  ['马桶刷', 'toilet brush', '9603900000', 'set', 500, 3000, 100, 1000, 24, 48, '60x40x40', 450, 'toilet brush holder set', '马桶刷套装'],
  ['沐浴球', 'bath puff', '3926909000', 'pcs', 50, 400, 500, 5000, 300, 600, '55x40x40', 35, 'shower puff|loofah|bath sponge', '浴花'],
]);
leaf('120302', null, [
  ['牙刷', 'toothbrush', '9603210000', 'pcs', 30, 500, 500, 5000, 500, 1000, '50x40x35', 20, 'manual toothbrush|soft toothbrush|kids toothbrush', '软毛牙刷'],
  ['电动牙刷', 'electric toothbrush', '8509800000', 'pcs', 2000, 10000, 50, 500, 50, 100, '50x40x35', 250, 'sonic toothbrush', '声波牙刷'],
  ['牙线', 'dental floss', '3306200000', 'pack', 100, 800, 200, 2000, 200, 500, '50x40x35', 50, 'floss picks|floss', '牙线棒'],
  ['牙刷架', 'toothbrush holder', '3924900000', 'pcs', 300, 2000, 100, 1000, 48, 96, '55x40x40', 250, 'toothbrush cup|toothpaste dispenser', '牙刷杯'],
]);
leaf('120401', null, [
  ['衣架', 'clothes hanger', '3924900000', 'pack', 200, 1500, 100, 1000, 40, 80, '60x45x40', 300, 'plastic hanger|coat hanger|hangers', '塑料衣架'],
  ['植绒衣架', 'velvet hanger', '3924900000', 'pack', 500, 2500, 100, 1000, 20, 40, '60x45x40', 600, 'non slip hanger|flocked hanger', '防滑衣架'],
  ['木衣架', 'wooden hanger', '4421100000', 'pack', 800, 4000, 50, 500, 15, 30, '60x45x40', 800, 'wood coat hanger', '实木衣架'],
  ['裤夹', 'trouser hanger', '7326909000', 'pcs', 100, 800, 200, 2000, 100, 200, '60x45x40', 120, 'pants hanger|skirt hanger|clip hanger', '裤架'],
]);
leaf('120402', null, [
  ['晾衣夹', 'clothes peg', '3924900000', 'pack', 100, 800, 200, 2000, 100, 250, '50x40x35', 100, 'clothes pin|clothespin|laundry clip', '衣夹|夹子'],
  ['晾衣架', 'drying rack', '7323990000', 'pcs', 2000, 10000, 20, 200, 2, 6, '100x40x15', 3500, 'clothes airer|laundry drying rack', '落地晾衣架'],
  ['多夹晾衣架', 'sock drying hanger', '3924900000', 'pcs', 300, 2000, 100, 1000, 30, 60, '60x45x40', 400, 'clip drying rack|octopus hanger', '袜子晾晒架'],
]);
leaf('120403', null, [
  ['洗衣篮', 'laundry basket', '3924900000', 'pcs', 500, 3000, 50, 500, 10, 20, '60x45x45', 800, 'clothes hamper|laundry hamper', '脏衣篮'],
  ['折叠脏衣篓', 'foldable laundry hamper', '6307900000', 'pcs', 600, 3000, 50, 500, 20, 40, '60x45x45', 500, 'collapsible hamper', '布艺脏衣篓'],
  ['洗衣袋', 'laundry bag', '6307900000', 'pcs', 100, 800, 200, 2000, 100, 300, '50x40x35', 60, 'mesh laundry bag|wash bag for delicates', '护洗袋'],
]);
leaf('120501', null, [
  ['水桶', 'bucket', '3924900000', 'pcs', 300, 2000, 50, 500, 20, 50, '60x45x45', 500, 'plastic bucket|pail', '塑料桶'],
  ['脸盆', 'wash basin', '3924900000', 'pcs', 200, 1500, 100, 1000, 30, 60, '60x45x45', 350, 'plastic basin|washbowl', '洗脸盆|塑料盆'],
  ['折叠水桶', 'collapsible bucket', '3924900000', 'pcs', 800, 3000, 50, 500, 20, 40, '55x45x40', 500, 'folding bucket|silicone bucket', '伸缩水桶'],
]);
leaf('120502', null, [
  ['纸巾盒', 'tissue box', '3924900000', 'pcs', 300, 3000, 100, 1000, 30, 60, '55x45x40', 350, 'tissue holder|tissue box cover|napkin holder', '抽纸盒'],
  ['卷纸架', 'toilet roll holder', '7324900000', 'pcs', 500, 4000, 50, 500, 30, 60, '50x40x35', 350, 'toilet paper holder|paper towel holder', '厕纸架'],
  ['皮革纸巾盒', 'pu leather tissue box', '3926909000', 'pcs', 800, 4000, 50, 500, 30, 60, '55x45x40', 400, 'car tissue box|luxury tissue holder', '车载纸巾盒'],
]);
leaf('120601', null, [
  ['化妆镜', 'makeup mirror', '7009920000', 'pcs', 500, 4000, 50, 500, 24, 60, '55x45x40', 400, 'vanity mirror|led makeup mirror|desk mirror', '台式镜'],
  ['随身镜', 'compact mirror', '7009920000', 'pcs', 100, 1000, 200, 2000, 200, 500, '50x40x35', 40, 'pocket mirror|folding mirror', '小镜子'],
  ['梳子', 'comb', '9615110000', 'pcs', 30, 500, 500, 5000, 300, 1000, '50x40x35', 25, 'hair comb|plastic comb|wide tooth comb', '塑料梳'],
  ['气垫梳', 'hair brush', '9603290000', 'pcs', 200, 2000, 200, 2000, 100, 200, '55x45x40', 90, 'paddle brush|detangling brush|cushion brush', '按摩梳'],
]);
leaf('120602', null, [
  ['一次性手套', 'disposable glove', '3926209000', 'box', 300, 2000, 100, 1000, 10, 20, '50x35x30', 700, 'pe gloves|food prep gloves|plastic gloves', 'PE手套'],
  ['一次性口罩', 'face mask', '6307900000', 'box', 200, 1500, 100, 1000, 40, 50, '50x40x35', 300, 'disposable mask|3 ply mask', '防护口罩'],
  ['保鲜膜', 'cling film', '3920100000', 'roll', 300, 1500, 100, 1000, 24, 48, '45x35x30', 400, 'plastic wrap|food wrap|cling wrap', '食品保鲜膜'],
  ['一次性拖鞋', 'disposable slipper', '6405900000', 'pair', 50, 300, 500, 5000, 200, 400, '55x40x40', 50, 'hotel slippers|spa slippers', '酒店拖鞋'],
]);

// ─── 13 厨具餐具 Kitchenware & tableware ──────────────────────────────────────
leaf('130101', 'diameter=20cm/20 cm;24cm/24 cm;26cm/26 cm;28cm/28 cm;32cm/32 cm|hob=燃气/gas;电磁炉/induction;通用/all hobs', [
  ['铁锅', 'wok', '7323990000', 'pcs', 3000, 15000, 20, 200, 6, 10, '50x50x40', 2200, 'carbon steel wok|iron wok|chinese wok', '炒锅'],
  ['不粘锅', 'non-stick frying pan', '7615100000', 'pcs', 2500, 12000, 20, 200, 6, 12, '50x40x40', 1500, 'frying pan|skillet|fry pan', '平底锅|煎锅'],
  ['煎蛋锅', 'egg pan', '7615100000', 'pcs', 1000, 4000, 50, 500, 12, 24, '50x40x40', 700, 'omelette pan|mini frying pan', '早餐锅'],
  ['铸铁锅', 'cast iron skillet', '7323910000', 'pcs', 4000, 15000, 20, 200, 4, 6, '45x45x35', 3500, 'cast iron pan|dutch oven', '生铁锅'],
]);
leaf('130102', 'diameter=16cm/16 cm;18cm/18 cm;20cm/20 cm;24cm/24 cm;28cm/28 cm|material=304不锈钢/304 stainless steel;铝/aluminium;搪瓷/enamel', [
  ['汤锅', 'stock pot', '7323930000', 'pcs', 2500, 12000, 20, 200, 4, 8, '55x55x45', 2500, 'soup pot|stainless steel pot', '不锈钢汤锅'],
  ['奶锅', 'milk pan', '7615100000', 'pcs', 1500, 6000, 20, 200, 12, 24, '50x40x40', 800, 'saucepan|milk pot', '小奶锅'],
  ['蒸锅', 'steamer pot', '7323930000', 'pcs', 4000, 15000, 10, 100, 2, 4, '60x60x50', 4000, 'steamer|food steamer', '不锈钢蒸锅'],
  ['锅具套装', 'cookware set', '7323930000', 'set', 8000, 30000, 10, 100, 1, 2, '60x45x40', 8000, 'pots and pans set', '锅具三件套'],
]);
leaf('130201', null, [
  ['菜刀', 'kitchen knife', '8211920000', 'pcs', 500, 5000, 50, 500, 30, 60, '50x35x30', 350, 'chef knife|cleaver|cooking knife', '厨师刀'],
  ['刀具套装', 'knife set', '8211100000', 'set', 3000, 15000, 20, 200, 6, 12, '50x40x35', 1800, 'kitchen knife set|knife block set', '厨房刀具套装'],
  ['厨房剪刀', 'kitchen scissors', '8213000000', 'pcs', 300, 2500, 100, 1000, 60, 120, '50x35x30', 150, 'kitchen shears|poultry shears', '多功能剪刀'],
  ['磨刀器', 'knife sharpener', '8205900000', 'pcs', 300, 2000, 100, 1000, 60, 120, '50x35x30', 180, 'manual knife sharpener|sharpening tool', '快速磨刀器'],
]);
leaf('130202', null, [
  ['削皮刀', 'vegetable peeler', '8215990000', 'pcs', 50, 500, 200, 2000, 300, 600, '50x35x30', 35, 'potato peeler|julienne peeler', '刨刀'],
  ['切菜器', 'vegetable slicer', '8210000000', 'pcs', 800, 5000, 50, 500, 20, 40, '55x40x40', 600, 'mandoline slicer|vegetable chopper|spiralizer', '多功能切菜器'],
  ['开瓶器', 'bottle opener', '8205510000', 'pcs', 50, 800, 200, 2000, 200, 500, '50x35x30', 50, 'can opener|corkscrew|beer opener', '启瓶器'],
  ['硅胶铲', 'silicone spatula', '3924100000', 'pcs', 100, 1000, 200, 2000, 100, 200, '55x40x40', 100, 'cooking utensil|turner|silicone utensil set', '锅铲'],
  ['压蒜器', 'garlic press', '8210000000', 'pcs', 200, 1500, 100, 1000, 80, 160, '50x35x30', 150, 'garlic crusher', '捣蒜器'],
]);
leaf('130203', null, [
  ['蛋糕模具', 'cake pan', '7323990000', 'pcs', 500, 3000, 50, 500, 20, 40, '50x40x40', 500, 'cake mold|baking tin|springform pan', '烤盘'],
  ['硅胶模具', 'silicone mould', '3924100000', 'pcs', 200, 1500, 100, 1000, 50, 150, '50x40x40', 150, 'silicone mold|cupcake mould|ice cube tray', '硅胶蛋糕模'],
  ['裱花袋', 'piping bag', '3924100000', 'pack', 100, 800, 200, 2000, 100, 200, '50x40x35', 100, 'icing bag|pastry bag', '裱花嘴套装'],
  ['打蛋器', 'whisk', '8215990000', 'pcs', 100, 1000, 200, 2000, 100, 200, '55x40x40', 90, 'egg whisk|balloon whisk', '手动打蛋器'],
]);
leaf('130301', CERAMIC, [
  ['陶瓷碗', 'ceramic bowl', '6911101900', 'pcs', 300, 3000, 100, 1000, 24, 48, '50x40x35', 450, 'porcelain bowl|rice bowl|soup bowl', '瓷碗|饭碗'],
  ['陶瓷盘', 'ceramic plate', '6911101900', 'pcs', 500, 4000, 100, 1000, 20, 40, '55x45x35', 600, 'dinner plate|porcelain plate', '瓷盘|盘子'],
  ['陶瓷餐具套装', 'dinnerware set', '6911101900', 'set', 5000, 30000, 10, 100, 1, 4, '55x45x40', 5500, 'dinner set|tableware set', '餐具套装'],
  ['粗陶碗', 'stoneware bowl', '6912001000', 'pcs', 500, 3000, 100, 1000, 24, 48, '50x40x35', 500, 'rustic bowl|earthenware bowl', '陶碗'],
]);
leaf('130302', 'material=201不锈钢/201 stainless steel;304不锈钢/304 stainless steel;410不锈钢/410 stainless steel|finish=镜面/mirror polish;磨砂/matte;镀金/gold plated', [
  ['不锈钢勺子', 'spoon', '8215990000', 'pcs', 30, 500, 500, 5000, 300, 600, '45x35x30', 40, 'stainless steel spoon|tablespoon|teaspoon', '汤匙|调羹'],
  ['叉子', 'fork', '8215990000', 'pcs', 30, 500, 500, 5000, 300, 600, '45x35x30', 40, 'dinner fork|stainless steel fork', '餐叉'],
  ['西餐餐具套装', 'cutlery set', '8215200000', 'set', 1000, 8000, 50, 500, 20, 40, '45x35x30', 600, 'flatware set|silverware set|knife fork spoon set', '刀叉勺套装'],
  ['不锈钢筷子', 'metal chopsticks', '8215990000', 'pair', 100, 800, 200, 2000, 200, 400, '45x35x30', 50, 'stainless steel chopsticks', '金属筷子'],
]);
leaf('130303', null, [
  ['竹筷', 'bamboo chopsticks', '4419120000', 'pack', 100, 800, 200, 2000, 80, 160, '50x35x30', 150, 'chopsticks|disposable chopsticks', '筷子'],
  ['竹砧板', 'bamboo cutting board', '4419110000', 'pcs', 800, 5000, 50, 500, 10, 20, '50x35x30', 1200, 'chopping board|bamboo board', '菜板|案板'],
  ['木勺', 'wooden spoon', '4419900000', 'pcs', 50, 800, 200, 2000, 200, 400, '50x35x30', 50, 'wooden spatula|wooden utensil', '木铲'],
  ['木托盘', 'wooden tray', '4419900000', 'pcs', 800, 5000, 50, 500, 20, 40, '50x40x35', 600, 'serving tray|wooden serving board', '竹木托盘'],
]);
leaf('130401', CAP, [
  ['保温杯', 'thermos cup', '9617001900', 'pcs', 1500, 8000, 50, 500, 24, 48, '50x40x35', 450, 'vacuum flask|insulated bottle|thermos|insulated water bottle', '真空杯|保温瓶'],
  ['保温壶', 'vacuum jug', '9617001900', 'pcs', 3000, 10000, 20, 200, 12, 24, '60x45x40', 1000, 'thermal carafe|insulated coffee pot', '暖水壶'],
  ['冰霸杯', 'tumbler', '9617001900', 'pcs', 2000, 6000, 50, 500, 20, 40, '60x45x40', 550, 'insulated tumbler|travel mug|40oz tumbler', '吸管保温杯'],
  ['焖烧杯', 'food jar', '9617001900', 'pcs', 2500, 8000, 50, 500, 24, 48, '50x40x35', 500, 'insulated food jar|thermal food container', '焖烧罐'],
  ['儿童保温杯', 'kids thermos', '9617001900', 'pcs', 2000, 6000, 50, 500, 24, 48, '50x40x35', 400, 'kids water bottle|insulated kids bottle', '儿童水杯'],
]);
leaf('130402', CAP, [
  ['玻璃杯', 'drinking glass', '7013370000', 'pcs', 100, 1500, 200, 2000, 48, 96, '50x40x35', 250, 'glass cup|tumbler glass|water glass', '水杯'],
  ['红酒杯', 'wine glass', '7013280000', 'pcs', 300, 2500, 200, 2000, 24, 48, '50x40x40', 350, 'stemware|goblet', '高脚杯'],
  ['玻璃茶壶', 'glass teapot', '7013320000', 'pcs', 1000, 5000, 50, 500, 12, 24, '50x40x40', 700, 'borosilicate teapot|glass tea kettle', '花茶壶'],
  ['双层玻璃杯', 'double wall glass', '7013370000', 'pcs', 500, 2500, 100, 1000, 48, 72, '50x40x35', 250, 'double walled coffee glass', '双层隔热杯'],
]);
leaf('130403', CAP, [
  ['马克杯', 'mug', '6911101900', 'pcs', 300, 2500, 100, 1000, 36, 48, '55x40x40', 400, 'coffee mug|ceramic mug|custom mug', '陶瓷杯|咖啡杯'],
  ['塑料水杯', 'plastic water bottle', '3924100000', 'pcs', 200, 2000, 100, 1000, 50, 100, '55x45x40', 180, 'sports bottle|tritan bottle|drinking bottle', '运动水壶|太空杯'],
  ['吸管杯', 'straw cup', '3924100000', 'pcs', 300, 2000, 100, 1000, 48, 96, '55x45x40', 200, 'cup with straw|sippy cup', '儿童吸管杯'],
  ['大容量水壶', 'large water jug', '3924100000', 'pcs', 800, 3000, 50, 500, 20, 40, '55x45x40', 500, 'half gallon water bottle|motivational water bottle', '吨吨桶'],
]);
leaf('130501', null, [
  ['保鲜盒', 'food container', '3924100000', 'pcs', 200, 2000, 100, 1000, 48, 96, '55x45x40', 200, 'food storage container|meal prep container|tupperware', '密封盒'],
  ['玻璃保鲜盒', 'glass food container', '7013320000', 'pcs', 800, 4000, 50, 500, 24, 36, '55x45x40', 600, 'glass meal prep container|borosilicate container', '玻璃饭盒'],
  ['密封罐', 'storage jar', '3924100000', 'pcs', 300, 2000, 100, 1000, 30, 60, '55x45x40', 300, 'airtight canister|cereal container|kitchen canister', '储物罐'],
]);
leaf('130502', null, [
  ['饭盒', 'lunch box', '3924100000', 'pcs', 300, 3000, 100, 1000, 40, 80, '55x45x40', 300, 'bento box|lunchbox', '便当盒'],
  ['不锈钢饭盒', 'stainless steel lunch box', '7323930000', 'pcs', 1000, 5000, 50, 500, 24, 48, '55x45x40', 500, 'metal bento box|tiffin box', '不锈钢餐盒'],
  ['儿童餐盘', 'kids plate', '3924100000', 'pcs', 300, 2000, 100, 1000, 40, 80, '55x45x40', 250, 'divided plate|toddler plate', '分格餐盘'],
]);
leaf('130503', null, [
  ['调料盒', 'spice box', '3924100000', 'pcs', 200, 1500, 100, 1000, 40, 80, '55x45x40', 250, 'seasoning box|condiment container', '调味盒'],
  ['玻璃调料瓶', 'glass spice jar', '7013490000', 'pcs', 100, 800, 200, 2000, 96, 192, '50x40x35', 120, 'spice bottle|seasoning jar', '调味瓶'],
  ['油壶', 'oil dispenser', '7013490000', 'pcs', 300, 2000, 100, 1000, 40, 80, '55x45x40', 300, 'oil bottle|olive oil sprayer|oil sprayer', '油瓶'],
  ['胡椒研磨器', 'pepper grinder', '8210000000', 'pcs', 300, 2500, 100, 1000, 48, 96, '55x45x40', 220, 'salt and pepper mill|spice grinder', '研磨瓶'],
]);

export const PRODUCT_KINDS: readonly ProductKind[] = KINDS;
