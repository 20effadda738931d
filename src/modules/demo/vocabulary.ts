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

// ─── 14 袜业内衣 Hosiery & underwear ──────────────────────────────────────────
leaf('140101', SOCK, [
  ['男士棉袜', 'men\'s cotton sock', '6115950000', 'pair', 150, 800, 300, 3000, 300, 600, '60x40x40', 40, 'mens socks|cotton socks for men|crew socks', '男袜|纯棉袜'],
  ['商务袜', 'men\'s dress sock', '6115960000', 'pair', 200, 1000, 300, 3000, 300, 600, '60x40x40', 40, 'business socks|formal socks|suit socks', '男士中筒袜|绅士袜'],
  ['男士船袜', 'men\'s no-show sock', '6115950000', 'pair', 100, 500, 500, 5000, 480, 960, '60x40x40', 25, 'invisible socks|loafer socks|low cut socks', '隐形袜|短袜'],
  ['男士毛巾袜', 'men\'s terry sock', '6115950000', 'pair', 300, 1200, 300, 3000, 240, 360, '60x40x40', 60, 'thick winter socks|cushioned socks', '加厚袜|冬季袜'],
  ['男士羊毛袜', 'men\'s wool sock', '6115940000', 'pair', 600, 2500, 200, 2000, 240, 360, '60x40x40', 60, 'merino socks|wool hiking socks', '羊毛混纺袜'],
]);
leaf('140102', SOCK, [
  ['女士船袜', 'women\'s no-show sock', '6115960000', 'pair', 80, 400, 500, 5000, 600, 1200, '60x40x40', 20, 'ladies invisible socks|low cut socks|liner socks', '隐形袜|浅口袜'],
  ['女士中筒袜', 'women\'s crew sock', '6115950000', 'pair', 150, 800, 300, 3000, 360, 600, '60x40x40', 35, 'ladies crew socks|cute socks|fashion socks', '女袜|卡通袜'],
  ['堆堆袜', 'slouch sock', '6115950000', 'pair', 200, 900, 300, 3000, 300, 480, '60x40x40', 45, 'scrunch socks|loose socks|leg warmer socks', '堆积袜'],
  ['水晶丝短袜', 'sheer ankle sock', '6115960000', 'pair', 50, 300, 600, 6000, 1000, 2000, '60x40x40', 12, 'nylon ankle socks|transparent socks|sheer socks', '丝袜短袜|玻璃丝袜'],
  ['珊瑚绒地板袜', 'fuzzy sock', '6115960000', 'pair', 250, 1000, 300, 3000, 200, 300, '60x40x40', 60, 'fluffy socks|slipper socks|cozy socks', '睡眠袜|毛绒袜'],
]);
leaf('140103', 'size=0-1岁/0-1 years;1-3岁/1-3 years;3-5岁/3-5 years;5-8岁/5-8 years;8-12岁/8-12 years|material=棉/cotton;精梳棉/combed cotton;竹纤维/bamboo fibre', [
  ['儿童棉袜', 'kids cotton sock', '6115950000', 'pair', 100, 500, 500, 5000, 600, 960, '60x40x40', 20, 'children socks|boys socks|girls socks', '童袜|学生袜'],
  ['婴儿袜', 'baby sock', '6111200000', 'pair', 100, 600, 500, 5000, 800, 1200, '60x40x40', 15, 'infant socks|newborn socks|baby booties socks', '新生儿袜|宝宝袜'],
  ['防滑地板袜', 'non-slip sock', '6115950000', 'pair', 150, 600, 500, 5000, 600, 960, '60x40x40', 20, 'grip socks|anti slip socks|toddler grip socks', '点胶袜|防滑袜'],
  ['儿童连裤袜', 'kids tights', '6115290000', 'pair', 300, 1200, 300, 3000, 300, 480, '60x40x40', 45, 'girls tights|children pantyhose', '女童连裤袜|儿童打底袜'],
]);
leaf('140104', SOCK, [
  ['运动袜', 'athletic sock', '6115950000', 'pair', 200, 1000, 300, 3000, 240, 480, '60x40x40', 50, 'sports socks|crew sports socks|gym socks', '运动中筒袜'],
  ['毛巾底运动袜', 'cushioned sport sock', '6115950000', 'pair', 300, 1200, 300, 3000, 240, 360, '60x40x40', 60, 'running socks|terry sole socks', '毛圈底袜'],
  ['压力袜', 'compression sock', '6115100000', 'pair', 500, 2500, 200, 2000, 200, 300, '60x40x40', 70, 'compression stockings|varicose vein socks|graduated compression socks', '医用弹力袜|瘦腿袜'],
  ['足球袜', 'football sock', '6115960000', 'pair', 300, 1200, 200, 2000, 200, 300, '60x40x40', 70, 'soccer socks|knee high sports socks', '长筒足球袜'],
  ['瑜伽袜', 'yoga sock', '6115950000', 'pair', 300, 1200, 200, 2000, 360, 600, '60x40x40', 35, 'pilates socks|grip socks|toe socks', '普拉提袜|五指袜'],
]);
leaf('140201', 'denier=15D/15D;20D/20D;40D/40D;80D/80D;120D/120D|colour=黑色/black;肤色/nude;灰色/grey;咖啡色/coffee', [
  ['连裤袜', 'pantyhose', '6115210000', 'pair', 150, 800, 300, 3000, 300, 500, '60x40x40', 45, 'tights|nylon tights|sheer tights', '丝袜|连裤丝袜'],
  ['光腿神器', 'fleece lined tights', '6115220000', 'pair', 800, 3000, 200, 2000, 60, 100, '60x40x40', 250, 'fake translucent tights|thermal tights|winter tights', '加绒连裤袜|肤色加绒袜'],
  ['渔网袜', 'fishnet tights', '6115220000', 'pair', 200, 800, 300, 3000, 400, 600, '60x40x40', 35, 'fishnet stockings|net tights', '网袜'],
  ['长筒丝袜', 'thigh-high stocking', '6115300000', 'pair', 150, 800, 300, 3000, 500, 800, '60x40x40', 30, 'stockings|hold ups|thigh highs', '过膝丝袜|大腿袜'],
]);
leaf('140202', SZ_CLOTH, [
  ['打底裤', 'leggings', '6104630000', 'pcs', 600, 2500, 100, 1000, 80, 120, '60x40x40', 200, 'womens leggings|stretch leggings|footless tights', '女士打底裤|九分打底裤'],
  ['加绒打底裤', 'fleece lined leggings', '6104630000', 'pcs', 1200, 3500, 100, 1000, 40, 60, '60x40x40', 400, 'thermal leggings|winter leggings', '加厚打底裤'],
  ['瑜伽裤', 'yoga pants', '6104630000', 'pcs', 1500, 5000, 100, 1000, 60, 100, '60x40x40', 250, 'gym leggings|high waist leggings|workout leggings', '健身裤|鲨鱼裤'],
  ['安全裤', 'safety shorts', '6108220000', 'pcs', 300, 1200, 200, 2000, 200, 300, '60x40x40', 70, 'under skirt shorts|anti chafing shorts', '防走光裤|打底短裤'],
  ['女童打底裤', 'girls leggings', '6104620000', 'pcs', 500, 1800, 100, 1000, 100, 160, '60x40x40', 150, 'kids leggings|children leggings', '儿童打底裤'],
]);
leaf('140301', SZ_CLOTH, [
  ['女士内裤', 'women\'s panties', '6108210000', 'pcs', 200, 1200, 300, 3000, 300, 500, '60x40x40', 45, 'ladies underwear|knickers|cotton panties', '女内裤|三角裤'],
  ['无痕内裤', 'seamless panties', '6108220000', 'pcs', 300, 1200, 300, 3000, 300, 500, '60x40x40', 40, 'no show underwear|laser cut panties|ice silk panties', '冰丝内裤'],
  ['男士平角内裤', 'men\'s boxer brief', '6107120000', 'pcs', 400, 1800, 300, 3000, 200, 360, '60x40x40', 70, 'boxers|trunks|mens underwear', '男士内裤|四角裤'],
  ['男士三角内裤', 'men\'s brief', '6107110000', 'pcs', 300, 1200, 300, 3000, 300, 500, '60x40x40', 50, 'mens briefs|y-fronts', '三角裤'],
  ['一次性内裤', 'disposable underwear', '6210100000', 'pcs', 50, 300, 1000, 10000, 1000, 1500, '60x40x40', 12, 'travel underwear|disposable panties', '纸内裤|旅行内裤'],
]);
leaf('140302', 'cup=A/A;B/B;C/C;D/D|band=70/70;75/75;80/80;85/85', [
  ['文胸', 'bra', '6212100000', 'pcs', 800, 3500, 100, 1000, 120, 200, '60x40x40', 120, 'brassiere|push up bra|underwire bra', '胸罩|内衣'],
  ['无钢圈文胸', 'wireless bra', '6212100000', 'pcs', 600, 3000, 100, 1000, 120, 200, '60x40x40', 110, 'wire free bra|comfort bra|seamless bra', '无钢圈内衣|无痕文胸'],
  ['运动文胸', 'sports bra', '6212100000', 'pcs', 800, 3500, 100, 1000, 120, 200, '60x40x40', 120, 'yoga bra|workout bra|shockproof bra', '运动内衣|防震内衣'],
  ['隐形胸贴', 'adhesive bra', '6212100000', 'pair', 200, 1500, 200, 2000, 300, 500, '60x40x40', 40, 'sticky bra|nipple covers|backless bra', '乳贴|硅胶胸贴'],
  ['抹胸', 'bandeau', '6212100000', 'pcs', 300, 1500, 200, 2000, 200, 300, '60x40x40', 70, 'tube top bra|strapless bra', '裹胸|美背抹胸'],
]);
leaf('140303', SZ_CLOTH, [
  ['保暖内衣套装', 'thermal underwear set', '6107910000', 'set', 1500, 5000, 50, 500, 30, 50, '60x40x40', 500, 'long johns set|base layer set|thermals', '秋衣秋裤|保暖套装'],
  ['德绒保暖上衣', 'thermal top', '6109900000', 'pcs', 1000, 3500, 100, 1000, 50, 80, '60x40x40', 300, 'heated base layer|thermal long sleeve|heattech top', '发热内衣|加绒打底衫'],
  ['保暖裤', 'thermal pants', '6108920000', 'pcs', 800, 3000, 100, 1000, 50, 80, '60x40x40', 300, 'long underwear|thermal leggings|long johns', '秋裤|加绒秋裤'],
  ['保暖背心', 'thermal vest', '6109100000', 'pcs', 600, 2000, 100, 1000, 80, 120, '60x40x40', 200, 'warm undershirt|thermal camisole', '加绒背心|保暖马甲'],
]);

// ─── 15 针织服装服饰 Knitwear, apparel & accessories ─────────────────────────
leaf('150101', SZ_CLOTH + '|material=纯棉/cotton;精梳棉/combed cotton;涤纶/polyester;棉涤/poly-cotton', [
  ['纯棉T恤', 'cotton t-shirt', '6109100000', 'pcs', 800, 3500, 100, 1000, 80, 120, '60x45x40', 200, 'tee|tee shirt|crew neck t-shirt', 'T恤衫|短袖T恤'],
  ['文化衫', 'promotional t-shirt', '6109100000', 'pcs', 500, 1500, 200, 2000, 100, 150, '60x45x40', 160, 'advertising t-shirt|custom logo tee|event t-shirt', '广告衫|定制T恤'],
  ['印花T恤', 'printed t-shirt', '6109100000', 'pcs', 1000, 4000, 100, 1000, 80, 120, '60x45x40', 200, 'graphic tee|print t-shirt', '图案T恤'],
  ['POLO衫', 'polo shirt', '6105100000', 'pcs', 1500, 5000, 100, 1000, 60, 100, '60x45x40', 250, 'golf shirt|polo tee', '翻领T恤|工衣'],
  ['速干T恤', 'quick dry t-shirt', '6109900000', 'pcs', 800, 3000, 100, 1000, 100, 150, '60x45x40', 150, 'dri fit shirt|sports t-shirt|moisture wicking tee', '运动T恤'],
]);
leaf('150102', SZ_CLOTH, [
  ['卫衣', 'hoodie', '6110200000', 'pcs', 2500, 8000, 50, 500, 30, 40, '60x45x45', 550, 'hooded sweatshirt|pullover hoodie', '连帽卫衣|帽衫'],
  ['圆领卫衣', 'sweatshirt', '6110200000', 'pcs', 2000, 7000, 50, 500, 30, 50, '60x45x45', 450, 'crewneck sweatshirt|jumper', '套头卫衣'],
  ['套头毛衣', 'sweater', '6110300000', 'pcs', 2500, 8000, 50, 500, 30, 50, '60x45x45', 450, 'pullover|knit sweater|jumper', '针织衫|毛衣'],
  ['针织开衫', 'cardigan', '6110300000', 'pcs', 2500, 8000, 50, 500, 30, 50, '60x45x45', 400, 'knit cardigan|button cardigan', '开衫毛衣|外搭'],
  ['羊毛衫', 'wool sweater', '6110110000', 'pcs', 6000, 20000, 30, 300, 30, 50, '60x45x45', 450, 'merino sweater|wool jumper', '羊毛毛衣'],
]);
leaf('150201', SZ_KIDS, [
  ['婴儿连体衣', 'baby romper', '6111200000', 'pcs', 800, 3000, 100, 1000, 100, 150, '60x40x40', 150, 'onesie|sleepsuit|baby jumpsuit', '哈衣|爬服'],
  ['婴儿包屁衣', 'baby bodysuit', '6111200000', 'pcs', 500, 2000, 100, 1000, 150, 200, '60x40x40', 100, 'baby vest|short sleeve bodysuit', '三角哈衣'],
  ['口水巾', 'baby bib', '6111200000', 'pcs', 100, 800, 300, 3000, 500, 800, '60x40x40', 30, 'drool bib|bandana bib|feeding bib', '围嘴|三角巾'],
  ['婴儿睡袋', 'baby sleeping bag', '6111200000', 'pcs', 2500, 8000, 50, 500, 30, 40, '60x40x40', 450, 'sleep sack|swaddle sleeping bag', '防踢被'],
  ['婴儿套装', 'baby clothing set', '6111200000', 'set', 1500, 5000, 50, 500, 60, 100, '60x40x40', 250, 'newborn gift set|baby outfit', '新生儿套装|宝宝套装'],
]);
leaf('150202', SZ_KIDS, [
  ['儿童T恤', 'kids t-shirt', '6109100000', 'pcs', 600, 2500, 100, 1000, 120, 200, '60x40x40', 120, 'children tee|boys t-shirt|girls t-shirt', '童装T恤|儿童短袖'],
  ['儿童套装', 'kids clothing set', '6104220000', 'set', 2000, 6000, 50, 500, 50, 80, '60x40x40', 300, 'children outfit|boys set|girls set', '童装套装|两件套'],
  ['女童连衣裙', 'girls dress', '6104420000', 'pcs', 1500, 6000, 50, 500, 60, 100, '60x40x40', 200, 'kids dress|princess dress|children dress', '公主裙|儿童裙子'],
  ['儿童卫衣', 'kids hoodie', '6110200000', 'pcs', 1500, 5000, 50, 500, 50, 80, '60x40x40', 300, 'children sweatshirt|kids hooded sweatshirt', '童装卫衣'],
  ['儿童泳衣', 'kids swimsuit', '6112410000', 'pcs', 1000, 4000, 100, 1000, 100, 150, '60x40x40', 120, 'girls swimwear|children bathing suit', '女童泳衣|儿童泳装'],
]);
leaf('150301', SZ_CLOTH, [
  ['睡衣套装', 'pyjama set', '6108310000', 'set', 2000, 6000, 50, 500, 40, 60, '60x45x45', 400, 'pajamas|pj set|sleepwear', '家居服|睡衣'],
  ['睡裙', 'nightgown', '6108320000', 'pcs', 1200, 4000, 50, 500, 60, 100, '60x45x45', 220, 'nightdress|sleep dress|nightie', '睡衣裙'],
  ['男士睡衣', 'men\'s pyjamas', '6107210000', 'set', 2500, 7000, 50, 500, 40, 60, '60x45x45', 450, 'mens pajamas|mens sleepwear', '男士家居服'],
  ['珊瑚绒睡衣', 'coral fleece pyjamas', '6108320000', 'set', 3000, 8000, 50, 500, 20, 30, '60x45x45', 800, 'flannel pajamas|fleece pajamas|winter pyjamas', '法兰绒睡衣|加厚睡衣'],
  ['冰丝睡衣', 'satin pyjamas', '6108320000', 'set', 2000, 6000, 50, 500, 50, 80, '60x45x45', 300, 'silk pajamas|ice silk sleepwear', '仿真丝睡衣'],
]);
leaf('150302', SZ_CLOTH, [
  ['围裙', 'apron', '6211430000', 'pcs', 300, 2000, 200, 2000, 100, 200, '60x40x40', 120, 'kitchen apron|cooking apron|bib apron', '厨房围裙|防水围裙'],
  ['工作服', 'work uniform', '6211330000', 'pcs', 2000, 8000, 50, 500, 30, 50, '60x45x45', 500, 'workwear|coverall|work jacket', '劳保服|工装'],
  ['反光背心', 'reflective vest', '6307900000', 'pcs', 300, 1500, 200, 2000, 150, 200, '60x40x40', 100, 'safety vest|hi vis vest|high visibility vest', '反光衣|安全背心'],
  ['厨师服', 'chef coat', '6211330000', 'pcs', 2000, 6000, 50, 500, 40, 60, '60x45x45', 400, 'chef jacket|kitchen uniform', '厨师工作服'],
  ['袖套', 'oversleeve', '6117800000', 'pair', 100, 600, 300, 3000, 400, 600, '60x40x40', 30, 'sleeve protector|arm sleeve', '套袖'],
]);
leaf('150401', 'size=均码可调节/adjustable one size;儿童款/kids size|material=纯棉/cotton;涤纶/polyester;网布/mesh', [
  ['棒球帽', 'baseball cap', '6505000000', 'pcs', 500, 2500, 100, 1000, 100, 200, '60x50x50', 80, 'ball cap|dad hat|peaked cap', '鸭舌帽'],
  ['刺绣棒球帽', 'embroidered cap', '6505000000', 'pcs', 800, 3500, 100, 1000, 100, 200, '60x50x50', 90, 'custom logo cap|embroidered baseball cap', '绣花帽|定制帽'],
  ['网帽', 'trucker hat', '6505000000', 'pcs', 500, 2000, 100, 1000, 100, 200, '60x50x50', 80, 'mesh cap|trucker cap', '货车帽|半网帽'],
  ['空顶帽', 'sun visor', '6505000000', 'pcs', 300, 1500, 200, 2000, 150, 300, '60x50x50', 50, 'visor cap|tennis visor', '遮阳空顶帽'],
  ['儿童鸭舌帽', 'kids baseball cap', '6505000000', 'pcs', 400, 1800, 100, 1000, 150, 250, '60x50x50', 60, 'children cap|toddler cap', '儿童棒球帽'],
]);
leaf('150402', 'material=腈纶/acrylic;羊毛混纺/wool blend;马海毛/mohair|size=成人/adult;儿童/kids', [
  ['针织帽', 'beanie', '6505000000', 'pcs', 400, 2000, 100, 1000, 150, 250, '60x45x45', 70, 'knit hat|winter hat|toque', '毛线帽|冷帽'],
  ['毛球帽', 'pom pom beanie', '6505000000', 'pcs', 600, 2500, 100, 1000, 120, 200, '60x45x45', 100, 'bobble hat|pompom hat', '毛球针织帽'],
  ['雷锋帽', 'trapper hat', '6505000000', 'pcs', 1000, 4000, 50, 500, 50, 80, '60x45x45', 200, 'ear flap hat|aviator hat|ushanka', '护耳帽'],
  ['贝雷帽', 'beret', '6505000000', 'pcs', 500, 2500, 100, 1000, 150, 250, '60x45x45', 70, 'french beret|painter hat', '画家帽'],
  ['儿童针织帽', 'kids beanie', '6505000000', 'pcs', 300, 1500, 100, 1000, 200, 300, '60x45x45', 50, 'children knit hat|baby beanie', '宝宝帽|儿童毛线帽'],
]);
leaf('150403', 'material=纸草/paper straw;麦秆/wheat straw;棉/cotton;涤纶/polyester|brim=小檐/short brim;大檐/wide brim', [
  ['草帽', 'straw hat', '6504000000', 'pcs', 500, 3000, 100, 1000, 60, 100, '60x60x50', 150, 'summer hat|paper straw hat|panama hat', '遮阳草帽|巴拿马帽'],
  ['渔夫帽', 'bucket hat', '6505000000', 'pcs', 500, 2500, 100, 1000, 100, 200, '60x50x50', 80, 'fisherman hat|bucket cap', '盆帽'],
  ['遮阳帽', 'sun hat', '6505000000', 'pcs', 500, 3000, 100, 1000, 60, 100, '60x60x50', 120, 'uv protection hat|wide brim sun hat|gardening hat', '防晒帽|太阳帽'],
  ['草编牛仔帽', 'straw cowboy hat', '6504000000', 'pcs', 800, 3500, 100, 1000, 50, 80, '60x60x50', 180, 'western hat|cowgirl hat', '牛仔帽|西部帽'],
  ['沙滩帽', 'beach hat', '6504000000', 'pcs', 600, 3000, 100, 1000, 60, 100, '60x60x50', 150, 'floppy hat|wide brim beach hat', '大檐草帽|度假帽'],
]);
leaf('150501', 'material=腈纶/acrylic;涤纶/polyester;仿羊绒/faux cashmere;真丝/silk;棉麻/cotton linen|size=70x70cm/70 x 70 cm;180x70cm/180 x 70 cm;200x90cm/200 x 90 cm', [
  ['针织围巾', 'knitted scarf', '6117100000', 'pcs', 800, 3500, 100, 1000, 80, 120, '60x45x45', 200, 'winter scarf|knit scarf|muffler', '毛线围巾|冬季围巾'],
  ['丝巾', 'silk scarf', '6214100000', 'pcs', 1000, 5000, 100, 1000, 200, 300, '60x40x40', 60, 'satin scarf|neckerchief|silk square', '真丝丝巾|小方巾'],
  ['仿羊绒披肩', 'shawl', '6214300000', 'pcs', 1000, 4000, 100, 1000, 80, 120, '60x45x45', 220, 'pashmina|wrap|stole|cashmere feel scarf', '披肩围巾|空调披肩'],
  ['头巾', 'headscarf', '6214300000', 'pcs', 500, 2500, 100, 1000, 150, 250, '60x40x40', 80, 'hijab|head wrap|turban', '包头巾'],
  ['围脖', 'neck warmer', '6117100000', 'pcs', 400, 2000, 100, 1000, 150, 250, '60x45x45', 80, 'neck gaiter|snood|infinity scarf', '脖套|套头围巾'],
]);
leaf('150502', 'size=均码/one size;S/S;M/M;L/L;XL/XL', [
  ['针织手套', 'knitted gloves', '6116930000', 'pair', 300, 1500, 200, 2000, 300, 500, '60x40x40', 50, 'winter gloves|magic gloves|acrylic gloves', '毛线手套|保暖手套'],
  ['触屏手套', 'touchscreen gloves', '6116930000', 'pair', 500, 2000, 200, 2000, 200, 300, '60x40x40', 60, 'texting gloves|touch screen gloves', '可触屏手套'],
  ['浸胶劳保手套', 'coated work gloves', '6116100000', 'pair', 150, 800, 600, 6000, 240, 480, '60x40x40', 60, 'nitrile coated gloves|latex coated gloves|safety gloves', '劳保手套|挂胶手套'],
  ['棉纱手套', 'cotton work gloves', '6116920000', 'pair', 60, 300, 1200, 12000, 480, 720, '60x40x40', 35, 'string knit gloves|white cotton gloves', '线手套|纱线手套'],
  ['丁腈手套', 'nitrile gloves', '4015190000', 'box', 1200, 3500, 100, 1000, 10, 20, '45x30x30', 700, 'disposable nitrile gloves|exam gloves|powder free gloves', '一次性丁腈手套'],
]);
leaf('150601', 'width=2.5cm/2.5 cm;3.0cm/3.0 cm;3.5cm/3.5 cm;3.8cm/3.8 cm|length=105cm/105 cm;115cm/115 cm;125cm/125 cm', [
  ['真皮皮带', 'leather belt', '4203300000', 'pcs', 1500, 6000, 50, 500, 80, 120, '60x40x30', 200, 'genuine leather belt|cowhide belt|mens belt', '牛皮皮带|男士皮带'],
  ['PU皮带', 'pu belt', '3926200000', 'pcs', 500, 2000, 100, 1000, 100, 150, '60x40x30', 180, 'faux leather belt|synthetic leather belt', '仿皮腰带'],
  ['自动扣皮带', 'ratchet belt', '4203300000', 'pcs', 1500, 5000, 50, 500, 80, 120, '60x40x30', 220, 'automatic buckle belt|click belt', '自动扣腰带'],
  ['女士细腰带', 'skinny belt', '4203300000', 'pcs', 500, 2500, 100, 1000, 150, 250, '60x40x30', 80, 'ladies waist belt|thin belt|dress belt', '女士腰带|装饰腰带'],
  ['帆布腰带', 'canvas belt', '6217100000', 'pcs', 400, 1500, 100, 1000, 150, 250, '60x40x30', 100, 'web belt|woven belt|military belt', '编织腰带|帆布皮带'],
]);
leaf('150602', null, [
  ['领带', 'necktie', '6215200000', 'pcs', 400, 2000, 100, 1000, 300, 500, '60x40x30', 50, 'tie|polyester tie|jacquard tie', '商务领带|涤纶领带'],
  ['真丝领带', 'silk tie', '6215100000', 'pcs', 2000, 8000, 50, 500, 200, 300, '60x40x30', 60, 'mulberry silk tie|luxury tie', '桑蚕丝领带'],
  ['领结', 'bow tie', '6215200000', 'pcs', 300, 1500, 100, 1000, 400, 600, '60x40x30', 30, 'bowtie|pre-tied bow tie', '蝴蝶结领结'],
  ['儿童领带', 'kids tie', '6215200000', 'pcs', 300, 1200, 100, 1000, 400, 600, '60x40x30', 30, 'boys tie|school tie|elastic tie', '学生领带'],
  ['领带夹', 'tie clip', '7117190000', 'pcs', 200, 1500, 100, 1000, 600, 1000, '45x35x30', 20, 'tie bar|tie pin', '领带别针'],
]);

// ─── 16 鞋类 Footwear ─────────────────────────────────────────────────────────
leaf('160101', SHOE, [
  ['EVA拖鞋', 'eva slide', '6402990000', 'pair', 500, 2000, 100, 1200, 40, 60, '60x45x40', 300, 'slides|pillow slides|cloud slides', '云朵拖鞋|踩屎感拖鞋'],
  ['浴室拖鞋', 'bathroom slipper', '6402990000', 'pair', 300, 1200, 200, 2000, 50, 80, '60x45x40', 250, 'shower slippers|non-slip slippers|home slippers', '防滑拖鞋|凉拖'],
  ['棉拖鞋', 'plush slipper', '6405200000', 'pair', 600, 2500, 100, 1200, 30, 50, '60x45x40', 350, 'fluffy slippers|house slippers|winter slippers', '毛绒拖鞋|保暖拖鞋'],
  ['儿童拖鞋', 'kids slipper', '6402990000', 'pair', 300, 1500, 100, 1200, 60, 100, '60x45x40', 180, 'children slippers|kids slides|cartoon slippers', '童拖|卡通拖鞋'],
]);
leaf('160102', SHOE, [
  ['人字拖', 'flip-flop', '6402200000', 'pair', 200, 1200, 200, 2400, 60, 100, '60x45x40', 200, 'thongs|flip flops|beach slippers', '夹脚拖|人字拖鞋'],
  ['洞洞鞋', 'clog', '6402990000', 'pair', 800, 3000, 100, 1200, 30, 50, '60x45x40', 350, 'garden clogs|eva clogs|croc style shoes', '花园鞋|包头拖鞋'],
  ['凉鞋', 'sandal', '6402990000', 'pair', 800, 4000, 100, 1200, 30, 50, '60x45x40', 400, 'womens sandals|summer sandals|flat sandals', '女士凉鞋|罗马凉鞋'],
  ['沙滩鞋', 'water shoe', '6404190000', 'pair', 800, 3000, 100, 1200, 30, 50, '60x45x40', 350, 'aqua shoes|beach shoes|swim shoes', '涉水鞋|溯溪鞋'],
]);
leaf('160201', SHOE, [
  ['运动鞋', 'sneaker', '6404110000', 'pair', 3000, 10000, 60, 600, 12, 20, '60x45x40', 800, 'trainers|sports shoes|athletic shoes', '休闲运动鞋'],
  ['跑步鞋', 'running shoe', '6404110000', 'pair', 3500, 12000, 60, 600, 12, 20, '60x45x40', 750, 'runners|jogging shoes', '跑鞋'],
  ['飞织鞋', 'knit sneaker', '6404110000', 'pair', 2500, 8000, 60, 600, 15, 24, '60x45x40', 600, 'flyknit shoes|mesh sneakers|breathable sneakers', '飞织运动鞋|网面鞋'],
  ['小白鞋', 'white sneaker', '6402990000', 'pair', 2500, 8000, 60, 600, 12, 20, '60x45x40', 800, 'white shoes|platform sneakers|court shoes', '板鞋|厚底板鞋'],
  ['老爹鞋', 'chunky sneaker', '6404110000', 'pair', 3500, 12000, 60, 600, 10, 15, '60x45x40', 1000, 'dad shoes|platform trainers', '厚底老爹鞋'],
]);
leaf('160202', SHOE, [
  ['帆布鞋', 'canvas shoe', '6404190000', 'pair', 1500, 5000, 60, 600, 20, 30, '60x45x40', 600, 'canvas sneakers|plimsolls|low top canvas shoes', '低帮帆布鞋'],
  ['高帮帆布鞋', 'high-top canvas shoe', '6404190000', 'pair', 2000, 6000, 60, 600, 15, 24, '60x45x40', 700, 'high top sneakers|hi top canvas shoes', '高帮鞋'],
  ['一脚蹬帆布鞋', 'slip-on canvas shoe', '6404190000', 'pair', 1200, 4000, 60, 600, 20, 30, '60x45x40', 500, 'slip ons|lazy shoes|espadrilles', '懒人鞋|乐福帆布鞋'],
  ['老北京布鞋', 'chinese cloth shoe', '6404190000', 'pair', 800, 3000, 100, 1000, 30, 40, '60x45x40', 400, 'kung fu shoes|mary jane cloth shoes', '布鞋|千层底布鞋'],
]);
leaf('160301', KSHOE, [
  ['儿童运动鞋', 'kids sneaker', '6404110000', 'pair', 1800, 6000, 60, 600, 20, 30, '60x45x40', 500, 'children trainers|boys sneakers|girls sneakers', '童鞋|儿童跑鞋'],
  ['儿童凉鞋', 'kids sandal', '6402990000', 'pair', 1000, 4000, 60, 600, 30, 40, '60x45x40', 300, 'children sandals|toddler sandals', '童凉鞋|包头凉鞋'],
  ['发光鞋', 'light-up shoe', '6402990000', 'pair', 2000, 6000, 60, 600, 20, 30, '60x45x40', 550, 'led shoes|flashing shoes|kids light up sneakers', 'LED灯鞋|闪灯鞋'],
  ['儿童皮鞋', 'kids dress shoe', '6402990000', 'pair', 1500, 5000, 60, 600, 20, 30, '60x45x40', 500, 'school shoes|girls mary janes|boys dress shoes', '学生皮鞋|公主鞋'],
  ['儿童棉鞋', 'kids winter boot', '6404190000', 'pair', 2000, 6000, 60, 600, 15, 24, '60x45x40', 650, 'children snow boots|kids warm boots', '儿童雪地靴'],
]);
leaf('160302', 'size=11cm/11 cm;12cm/12 cm;13cm/13 cm;14cm/14 cm;15cm/15 cm', [
  ['婴儿学步鞋', 'toddler shoe', '6404190000', 'pair', 1000, 4000, 60, 600, 50, 80, '60x45x40', 200, 'first walker shoes|baby walking shoes', '学步鞋|机能鞋'],
  ['婴儿软底鞋', 'soft sole baby shoe', '6405200000', 'pair', 600, 2500, 100, 1000, 80, 120, '60x45x40', 120, 'crib shoes|prewalker shoes|newborn shoes', '宝宝鞋|软底学步鞋'],
  ['婴儿袜鞋', 'baby sock shoe', '6404190000', 'pair', 500, 2000, 100, 1000, 100, 150, '60x45x40', 100, 'toddler sock shoes|floor shoes', '地板鞋|袜子鞋'],
  ['婴儿棉鞋', 'baby booties', '6405200000', 'pair', 800, 3000, 100, 1000, 80, 120, '60x45x40', 150, 'baby boots|warm baby shoes', '宝宝棉靴'],
]);
leaf('160401', 'size=38-44/EU 38-44;35-40/EU 35-40|material=头层牛皮/cowhide leather;PU/PU;二层皮/split leather', [
  ['男士皮鞋', 'men\'s leather shoe', '6403990000', 'pair', 5000, 20000, 30, 300, 10, 15, '60x45x40', 1100, 'dress shoes|oxford shoes|derby shoes', '商务皮鞋|正装皮鞋'],
  ['乐福鞋', 'loafer', '6403990000', 'pair', 4000, 15000, 30, 300, 12, 18, '60x45x40', 900, 'penny loafers|slip on leather shoes', '豆豆鞋|一脚蹬皮鞋'],
  ['女士高跟鞋', 'high heels', '6402990000', 'pair', 2500, 10000, 30, 300, 15, 24, '60x45x40', 600, 'pumps|stilettos|heeled shoes', '高跟单鞋|细跟鞋'],
  ['女士平底单鞋', 'women\'s flat shoe', '6402990000', 'pair', 2000, 7000, 60, 600, 20, 30, '60x45x40', 450, 'ballet flats|mary janes|flats', '平底鞋|玛丽珍鞋'],
  ['劳保鞋', 'safety shoe', '6403400000', 'pair', 4000, 12000, 60, 600, 10, 12, '60x45x40', 1400, 'steel toe shoes|work shoes|safety boots', '防砸鞋|钢头鞋'],
]);
leaf('160402', 'size=35-40/EU 35-40;39-44/EU 39-44|material=PU/PU;头层牛皮/cowhide leather;麂皮绒/faux suede', [
  ['雪地靴', 'snow boot', '6402910000', 'pair', 4000, 12000, 30, 300, 8, 12, '60x45x40', 1200, 'winter boots|fur lined boots|uggs style boots', '加绒短靴|棉靴'],
  ['马丁靴', 'combat boot', '6402910000', 'pair', 5000, 15000, 30, 300, 8, 12, '60x45x40', 1300, 'martin boots|lace up boots|doc style boots', '短靴|工装靴'],
  ['切尔西靴', 'chelsea boot', '6403910000', 'pair', 6000, 18000, 30, 300, 8, 12, '60x45x40', 1200, 'ankle boots|elastic side boots', '烟筒靴'],
  ['西部牛仔靴', 'cowboy boot', '6403910000', 'pair', 8000, 25000, 20, 200, 6, 10, '60x45x40', 1600, 'western boots|cowgirl boots', '牛仔靴|西部靴'],
  ['长筒靴', 'knee-high boot', '6402910000', 'pair', 6000, 18000, 30, 300, 6, 10, '60x45x40', 1500, 'tall boots|thigh high boots|riding boots', '高筒靴|过膝靴'],
]);
leaf('160501', 'size=35-40/EU 35-40;40-46/EU 40-46;可剪裁/trim to fit', [
  ['鞋垫', 'insole', '6406900000', 'pair', 100, 800, 300, 3000, 200, 300, '60x40x40', 60, 'shoe insoles|inner soles|foot pads', '运动鞋垫|吸汗鞋垫'],
  ['记忆棉鞋垫', 'memory foam insole', '6406900000', 'pair', 300, 1500, 200, 2000, 150, 250, '60x40x40', 80, 'comfort insoles|cushion insoles', '软鞋垫'],
  ['足弓支撑鞋垫', 'orthotic insole', '6406900000', 'pair', 800, 3500, 100, 1000, 100, 200, '60x40x40', 120, 'arch support insoles|flat feet insoles|plantar fasciitis insoles', '矫正鞋垫'],
  ['增高鞋垫', 'height increase insole', '6406900000', 'pair', 300, 1500, 200, 2000, 150, 250, '60x40x40', 90, 'lift insoles|heel lifts|elevator insoles', '内增高鞋垫'],
  ['硅胶后跟贴', 'heel grip', '6406900000', 'pair', 50, 400, 500, 5000, 1000, 2000, '60x40x40', 10, 'heel liners|heel cushions|shoe heel pads', '防磨脚后跟贴|半码垫'],
]);
leaf('160502', null, [
  ['鞋带', 'shoelace', '6307900000', 'pair', 30, 300, 500, 5000, 1000, 2000, '60x40x40', 12, 'shoe laces|bootlaces|flat laces|round laces', '运动鞋带|圆鞋带'],
  ['免系鞋带', 'no-tie shoelace', '6307900000', 'pair', 100, 600, 300, 3000, 500, 1000, '60x40x40', 20, 'elastic laces|lazy laces|lock laces', '懒人鞋带|弹力鞋带'],
  ['鞋油', 'shoe polish', '3405100000', 'pcs', 150, 1000, 200, 2000, 200, 300, '45x35x30', 70, 'shoe cream|boot polish|leather shoe wax', '皮鞋油|鞋乳'],
  ['小白鞋清洁剂', 'sneaker cleaner', '3405100000', 'pcs', 300, 1500, 200, 2000, 60, 100, '45x35x30', 200, 'shoe cleaner|white shoe cleaner|foam shoe cleaner', '洗鞋神器|擦鞋剂'],
  ['鞋撑', 'shoe tree', '3926909000', 'pair', 200, 1500, 100, 1000, 100, 200, '60x40x40', 120, 'shoe stretcher|shoe shaper|boot shaper', '撑鞋器|防皱鞋撑'],
]);

// ─── 17 化妆品 Cosmetics & beauty ─────────────────────────────────────────────
leaf('170101', COSM, [
  ['口红', 'lipstick', '3304100000', 'pcs', 200, 2000, 200, 2000, 480, 960, '50x35x35', 30, 'lip stick|matte lipstick|lip colour', '唇膏|哑光口红'],
  ['唇釉', 'lip gloss', '3304100000', 'pcs', 150, 1500, 200, 2000, 480, 960, '50x35x35', 30, 'liquid lipstick|lip glaze|lip lacquer', '唇蜜|唇彩'],
  ['润唇膏', 'lip balm', '3304100000', 'pcs', 100, 1000, 300, 3000, 600, 1200, '50x35x35', 20, 'chapstick|tinted lip balm|lip care', '变色润唇膏'],
  ['唇线笔', 'lip liner', '3304100000', 'pcs', 80, 800, 300, 3000, 1000, 2000, '50x35x35', 10, 'lip pencil|lip contour pencil', '唇笔'],
  ['唇泥', 'lip mud', '3304100000', 'pcs', 200, 1500, 200, 2000, 480, 960, '50x35x35', 30, 'lip cream|velvet lip tint|lip tint', '唇露|染唇液'],
]);
leaf('170102', COSM, [
  ['眼影盘', 'eyeshadow palette', '3304200000', 'pcs', 500, 4000, 100, 1000, 200, 300, '50x35x35', 80, 'eye shadow palette|shimmer eyeshadow|eyeshadow kit', '眼影|大地色眼影'],
  ['眼线笔', 'eyeliner', '3304200000', 'pcs', 100, 1000, 300, 3000, 1000, 2000, '50x35x35', 10, 'eyeliner pencil|liquid eyeliner|eye liner pen', '眼线液笔|眼线胶笔'],
  ['睫毛膏', 'mascara', '3304200000', 'pcs', 200, 2000, 200, 2000, 480, 960, '50x35x35', 30, 'lengthening mascara|waterproof mascara|volume mascara', '浓密睫毛膏|防水睫毛膏'],
  ['眉笔', 'eyebrow pencil', '3304200000', 'pcs', 80, 800, 300, 3000, 1000, 2000, '50x35x35', 10, 'brow pencil|brow pen|microblading pen', '眉粉笔|自动眉笔'],
  ['眉粉', 'brow powder', '3304200000', 'pcs', 300, 2000, 200, 2000, 400, 600, '50x35x35', 40, 'eyebrow powder|brow palette|brow pomade', '眉膏|染眉膏'],
]);
leaf('170103', COSM, [
  ['粉底液', 'liquid foundation', '3304990000', 'pcs', 500, 4000, 100, 1000, 240, 360, '50x35x35', 70, 'foundation|full coverage foundation|bb cream', '粉底|BB霜'],
  ['气垫BB', 'cushion foundation', '3304990000', 'pcs', 600, 4500, 100, 1000, 200, 300, '50x35x35', 80, 'cushion compact|air cushion bb', '气垫粉底|气垫CC'],
  ['散粉', 'loose powder', '3304910000', 'pcs', 400, 3000, 100, 1000, 240, 360, '50x35x35', 60, 'setting powder|translucent powder|face powder', '定妆粉|蜜粉'],
  ['腮红', 'blush', '3304910000', 'pcs', 300, 2500, 200, 2000, 400, 600, '50x35x35', 40, 'blusher|cheek blush|liquid blush', '胭脂|腮红膏'],
  ['高光修容盘', 'highlighter contour palette', '3304910000', 'pcs', 400, 3500, 100, 1000, 240, 360, '50x35x35', 60, 'highlighter|contour palette|bronzer', '修容|高光'],
  ['遮瑕液', 'concealer', '3304990000', 'pcs', 300, 2500, 200, 2000, 480, 960, '50x35x35', 30, 'concealer stick|color corrector', '遮瑕膏|遮瑕笔'],
]);
leaf('170201', 'volume=7ml/7 ml;10ml/10 ml;15ml/15 ml|finish=亮面/glossy;哑光/matte;猫眼/cat eye;亮片/glitter', [
  ['指甲油', 'nail polish', '3304300000', 'pcs', 100, 1000, 300, 3000, 400, 600, '50x35x35', 40, 'nail varnish|nail lacquer|nail paint', '甲油|可剥指甲油'],
  ['甲油胶', 'gel polish', '3304300000', 'pcs', 200, 1500, 300, 3000, 400, 600, '50x35x35', 40, 'uv gel nail polish|soak off gel|gel nail polish', '光疗胶|芭比胶'],
  ['底胶封层', 'base and top coat', '3304300000', 'pcs', 200, 1500, 200, 2000, 400, 600, '50x35x35', 40, 'top coat|base coat|no wipe top coat', '封层|底胶'],
  ['洗甲水', 'nail polish remover', '3304300000', 'pcs', 100, 800, 300, 3000, 100, 200, '50x35x35', 120, 'acetone|remover pads|gel remover', '卸甲水|洗甲棉片'],
]);
leaf('170202', null, [
  ['穿戴甲', 'press-on nails', '3304300000', 'box', 300, 2000, 100, 1000, 300, 500, '50x35x35', 40, 'fake nails|false nails|stick on nails', '美甲贴片|假指甲'],
  ['指甲剪', 'nail clipper', '8214200000', 'pcs', 100, 1200, 300, 3000, 500, 1000, '45x35x30', 25, 'nail cutter|toenail clipper', '指甲刀|指甲钳'],
  ['美甲灯', 'nail lamp', '8543700000', 'pcs', 1500, 8000, 20, 200, 20, 30, '55x45x40', 500, 'uv led nail lamp|gel nail dryer', '光疗机|烤灯'],
  ['美甲贴纸', 'nail sticker', '4908900000', 'pcs', 30, 300, 500, 5000, 2000, 4000, '45x35x30', 5, 'nail decals|nail art stickers|nail wraps', '指甲贴|美甲贴'],
  ['指甲锉', 'nail file', '6805200000', 'pcs', 20, 300, 500, 5000, 2000, 4000, '45x35x30', 6, 'emery board|nail buffer|glass nail file', '磨甲条|抛光条'],
]);
leaf('170301', 'pieces=单支/single;7支/7 pieces;12支/12 pieces;18支/18 pieces|bristle=人造纤维/synthetic fibre;动物毛/natural hair', [
  ['化妆刷套装', 'makeup brush set', '9603290000', 'set', 800, 6000, 50, 500, 100, 200, '55x40x35', 150, 'cosmetic brush set|make up brushes|brush kit', '化妆刷|刷子套装'],
  ['粉底刷', 'foundation brush', '9603290000', 'pcs', 150, 1500, 200, 2000, 400, 600, '50x35x35', 30, 'kabuki brush|flat top brush', '粉底液刷'],
  ['散粉刷', 'powder brush', '9603290000', 'pcs', 200, 1500, 200, 2000, 300, 500, '50x35x35', 35, 'blush brush|fluffy brush', '腮红刷|蜜粉刷'],
  ['眼影刷', 'eyeshadow brush', '9603290000', 'pcs', 50, 800, 300, 3000, 800, 1200, '50x35x35', 15, 'blending brush|eye brush', '晕染刷'],
  ['刷包', 'brush holder', '4202920000', 'pcs', 300, 2000, 100, 1000, 150, 250, '55x40x35', 80, 'brush roll|makeup brush case|brush pouch', '化妆刷收纳包|刷筒'],
]);
leaf('170302', 'material=无乳胶海绵/latex-free sponge;植绒/flocked;棉/cotton|shape=水滴/teardrop;葫芦/gourd;斜切/bevelled', [
  ['美妆蛋', 'beauty blender', '9616200000', 'pcs', 50, 600, 500, 5000, 800, 1200, '50x35x35', 15, 'makeup sponge|blending sponge|beauty sponge', '化妆蛋|海绵蛋'],
  ['气垫粉扑', 'air cushion puff', '9616200000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '50x35x35', 8, 'cushion puff|makeup puff', '粉扑'],
  ['散粉扑', 'powder puff', '9616200000', 'pcs', 50, 500, 500, 5000, 1000, 2000, '50x35x35', 10, 'velour puff|setting powder puff', '丝绒粉扑'],
  ['化妆棉', 'cotton pad', '5601210000', 'pack', 100, 800, 200, 2000, 120, 200, '50x40x40', 100, 'cotton rounds|makeup remover pads|facial cotton', '卸妆棉'],
  ['洁面海绵', 'facial cleansing sponge', '3926909000', 'pcs', 30, 400, 500, 5000, 1000, 2000, '50x35x35', 8, 'konjac sponge|face wash sponge', '洗脸扑|魔芋洁面扑'],
]);
leaf('170303', null, [
  ['假睫毛', 'false eyelashes', '6704190000', 'box', 100, 1500, 200, 2000, 500, 1000, '50x35x35', 25, 'fake lashes|mink lashes|strip lashes|lash extensions', '睫毛|嫁接睫毛'],
  ['睫毛夹', 'eyelash curler', '8214900000', 'pcs', 100, 1500, 200, 2000, 400, 600, '50x35x35', 35, 'lash curler|heated eyelash curler', '卷翘器'],
  ['修眉刀', 'eyebrow razor', '8212100000', 'pcs', 20, 300, 500, 5000, 2000, 4000, '45x35x30', 5, 'brow razor|dermaplaning tool|face razor', '刮眉刀'],
  ['眉夹', 'tweezers', '8203200000', 'pcs', 50, 800, 300, 3000, 1000, 2000, '45x35x30', 12, 'eyebrow tweezers|slant tweezers', '镊子|拔毛夹'],
  ['睫毛胶水', 'lash glue', '3506100000', 'pcs', 100, 1000, 200, 2000, 600, 1000, '45x35x30', 15, 'eyelash adhesive|lash adhesive', '假睫毛胶'],
]);
leaf('170401', 'volume=30ml/30 ml;50ml/50 ml;100ml/100 ml;120ml/120 ml|skin type=干性/dry;油性/oily;混合性/combination;敏感肌/sensitive', [
  ['面膜', 'sheet mask', '3304990000', 'pcs', 50, 800, 500, 5000, 600, 1000, '50x40x35', 30, 'face mask|facial mask|hydrating mask', '补水面膜|贴片面膜'],
  ['面霜', 'face cream', '3304990000', 'pcs', 500, 5000, 100, 1000, 96, 160, '50x40x35', 120, 'moisturizer|day cream|night cream', '保湿霜|乳霜'],
  ['精华液', 'serum', '3304990000', 'pcs', 800, 6000, 100, 1000, 120, 200, '50x40x35', 100, 'face serum|vitamin c serum|hyaluronic acid serum', '精华|原液'],
  ['防晒霜', 'sunscreen', '3304990000', 'pcs', 500, 4000, 100, 1000, 96, 160, '50x40x35', 90, 'sun cream|sunblock|spf50 sunscreen', '防晒乳|防晒喷雾'],
  ['洗面奶', 'facial cleanser', '3304990000', 'pcs', 300, 3000, 100, 1000, 96, 160, '50x40x35', 140, 'face wash|foaming cleanser|cleansing foam', '洁面乳|氨基酸洗面奶'],
]);
leaf('170402', 'volume=100ml/100 ml;300ml/300 ml;500ml/500 ml;750ml/750 ml|scent=无香/unscented;玫瑰/rose;薄荷/mint;椰子/coconut', [
  ['洗发水', 'shampoo', '3305100000', 'pcs', 500, 4000, 100, 1000, 24, 30, '45x35x30', 600, 'hair shampoo|anti dandruff shampoo', '洗发露|去屑洗发水'],
  ['护发素', 'conditioner', '3305900000', 'pcs', 500, 4000, 100, 1000, 24, 30, '45x35x30', 600, 'hair conditioner|hair mask|leave in conditioner', '发膜|润发乳'],
  ['沐浴露', 'body wash', '3401300000', 'pcs', 500, 3500, 100, 1000, 20, 30, '45x35x30', 700, 'shower gel|bath gel', '沐浴乳'],
  ['身体乳', 'body lotion', '3304990000', 'pcs', 500, 4000, 100, 1000, 30, 40, '45x35x30', 350, 'body cream|moisturizing lotion', '润肤乳|香体乳'],
  ['护手霜', 'hand cream', '3304990000', 'pcs', 100, 1000, 300, 3000, 300, 500, '45x35x30', 40, 'hand lotion|hand cream gift set', '手霜'],
]);
leaf('170403', 'volume=10ml/10 ml;30ml/30 ml;50ml/50 ml;100ml/100 ml|scent=花香/floral;果香/fruity;木质/woody;海洋/ocean', [
  ['香水', 'perfume', '3303000000', 'pcs', 500, 5000, 100, 1000, 60, 100, '45x35x30', 200, 'eau de parfum|fragrance|eau de toilette', '淡香水|女士香水'],
  ['男士香水', 'men\'s cologne', '3303000000', 'pcs', 800, 6000, 100, 1000, 60, 100, '45x35x30', 220, 'cologne|mens fragrance', '古龙水'],
  ['小样香水', 'perfume sample', '3303000000', 'pcs', 100, 800, 300, 3000, 600, 1000, '45x35x30', 20, 'mini perfume|travel perfume|perfume tester', '试管香水|Q香'],
  ['走珠香水', 'roll-on perfume', '3303000000', 'pcs', 200, 1500, 200, 2000, 400, 600, '45x35x30', 35, 'perfume oil|rollerball perfume', '香水笔|精油香水'],
  ['身体香氛喷雾', 'body mist', '3307900000', 'pcs', 400, 3000, 100, 1000, 60, 100, '45x35x30', 250, 'body spray|fragrance mist', '香体喷雾'],
]);
leaf('170501', 'length=14寸/14 inch;18寸/18 inch;22寸/22 inch;26寸/26 inch;30寸/30 inch|fibre=高温丝/heat-resistant fibre;真人发/human hair;混合发/blended hair', [
  ['化纤假发', 'synthetic wig', '6704110000', 'pcs', 1500, 8000, 20, 200, 40, 60, '60x40x40', 250, 'heat resistant wig|costume wig|fashion wig', '高温丝假发|整顶假发'],
  ['真人发假发', 'human hair wig', '6704200000', 'pcs', 20000, 150000, 5, 50, 30, 50, '60x40x40', 350, 'lace front wig|remy hair wig|virgin hair wig', '蕾丝假发|真发头套'],
  ['Cosplay假发', 'cosplay wig', '6704110000', 'pcs', 2000, 8000, 20, 200, 40, 60, '60x40x40', 300, 'anime wig|party wig|halloween wig', '动漫假发|派对假发'],
  ['短发假发', 'bob wig', '6704110000', 'pcs', 1500, 6000, 20, 200, 50, 80, '60x40x40', 200, 'short wig|pixie wig', '波波头假发'],
]);
leaf('170502', 'length=14寸/14 inch;18寸/18 inch;22寸/22 inch;26寸/26 inch|fibre=高温丝/heat-resistant fibre;真人发/human hair', [
  ['接发片', 'clip-in hair extension', '6704190000', 'pcs', 1000, 6000, 20, 200, 60, 100, '60x40x40', 150, 'clip in extensions|hair extensions|hair weft', '无痕接发|发片'],
  ['假发马尾', 'ponytail extension', '6704190000', 'pcs', 800, 5000, 20, 200, 60, 100, '60x40x40', 150, 'drawstring ponytail|wrap ponytail|hair piece', '马尾辫|抓夹马尾'],
  ['丸子头发包', 'hair bun', '6704190000', 'pcs', 300, 2000, 50, 500, 150, 250, '60x40x40', 50, 'messy bun|scrunchie bun|chignon', '假发包|花苞头'],
  ['假刘海', 'clip-in bangs', '6704190000', 'pcs', 300, 2500, 50, 500, 300, 500, '60x40x40', 30, 'fake bangs|fringe extension|bangs hair piece', '空气刘海|刘海片'],
  ['头顶补发片', 'hair topper', '6704200000', 'pcs', 8000, 50000, 10, 100, 60, 100, '60x40x40', 100, 'toupee|hair topper for women|hair patch', '假发片|补发块'],
]);

// ─── 18 眼镜 Eyewear ──────────────────────────────────────────────────────────
leaf('180101', FRAME, [
  ['太阳镜', 'sunglasses', '9004100000', 'pcs', 300, 2500, 100, 1200, 300, 500, '60x40x40', 45, 'sun glasses|shades|fashion sunglasses|uv400 sunglasses', '墨镜|时尚墨镜'],
  ['偏光太阳镜', 'polarised sunglasses', '9004100000', 'pcs', 800, 4000, 100, 1000, 240, 400, '60x40x40', 55, 'polarized sunglasses|driving sunglasses|fishing sunglasses', '偏光镜|开车墨镜'],
  ['猫眼太阳镜', 'cat eye sunglasses', '9004100000', 'pcs', 400, 2500, 100, 1200, 300, 500, '60x40x40', 45, 'retro sunglasses|vintage sunglasses', '复古墨镜'],
  ['飞行员太阳镜', 'aviator sunglasses', '9004100000', 'pcs', 500, 3000, 100, 1200, 300, 500, '60x40x40', 45, 'pilot sunglasses|metal sunglasses', '蛤蟆镜|金属墨镜'],
  ['派对眼镜', 'party glasses', '9004100000', 'pcs', 100, 800, 300, 3000, 400, 600, '60x40x40', 30, 'novelty glasses|funny glasses|rave glasses', '搞怪眼镜|造型眼镜'],
]);
leaf('180102', 'frame=硅胶/silicone;TR90/TR90;PC/PC|lens=UV400/UV400;偏光/polarised|age=2-6岁/2-6 years;6-12岁/6-12 years', [
  ['儿童太阳镜', 'kids sunglasses', '9004100000', 'pcs', 200, 1500, 200, 2000, 400, 600, '60x40x40', 35, 'children sunglasses|boys sunglasses|girls sunglasses', '儿童墨镜|宝宝墨镜'],
  ['儿童偏光太阳镜', 'kids polarised sunglasses', '9004100000', 'pcs', 600, 2500, 100, 1000, 300, 500, '60x40x40', 40, 'kids polarized sunglasses|flexible kids sunglasses', '硅胶偏光镜'],
  ['卡通造型太阳镜', 'cartoon kids sunglasses', '9004100000', 'pcs', 150, 1000, 200, 2000, 400, 600, '60x40x40', 35, 'novelty kids sunglasses|heart sunglasses', '卡通墨镜'],
  ['婴儿太阳镜', 'baby sunglasses', '9004100000', 'pcs', 400, 2000, 100, 1000, 300, 500, '60x40x40', 40, 'toddler sunglasses|sunglasses with strap', '带绑带墨镜'],
]);
leaf('180103', FRAME, [
  ['骑行眼镜', 'cycling glasses', '9004100000', 'pcs', 800, 5000, 60, 600, 150, 250, '60x40x40', 90, 'bike sunglasses|sports sunglasses|mtb glasses', '自行车眼镜|骑行墨镜'],
  ['跑步运动眼镜', 'running sunglasses', '9004100000', 'pcs', 800, 4000, 60, 600, 200, 300, '60x40x40', 60, 'sport wrap sunglasses|marathon glasses|baseball sunglasses', '跑步眼镜|户外运动墨镜'],
  ['滑雪镜', 'ski goggles', '9004900000', 'pcs', 2500, 10000, 30, 300, 30, 50, '60x40x40', 300, 'snow goggles|snowboard goggles', '雪镜|滑雪护目镜'],
  ['防护眼镜', 'safety glasses', '9004900000', 'pcs', 200, 1500, 200, 2000, 200, 300, '60x40x40', 60, 'protective goggles|safety goggles|work glasses', '护目镜|防飞溅眼镜'],
  ['篮球眼镜', 'sports goggles', '9004900000', 'pcs', 1500, 6000, 30, 300, 60, 100, '60x40x40', 150, 'basketball goggles|prescription sports glasses', '运动护目镜'],
]);
leaf('180201', 'frame=TR90/TR90;板材/acetate;钛合金/titanium alloy;金属/metal|shape=方框/square;圆框/round;猫眼/cat eye;半框/half rim', [
  ['TR90眼镜架', 'tr90 eyeglass frame', '9003110000', 'pcs', 600, 3000, 100, 1000, 300, 500, '60x40x40', 40, 'optical frame|spectacle frame|glasses frame', '近视镜架|镜框'],
  ['板材眼镜架', 'acetate frame', '9003110000', 'pcs', 1500, 6000, 50, 500, 200, 300, '60x40x40', 50, 'acetate glasses frame|acetate spectacles', '板材镜框'],
  ['金属眼镜架', 'metal eyeglass frame', '9003190000', 'pcs', 800, 4000, 100, 1000, 300, 500, '60x40x40', 40, 'metal optical frame|wire frame glasses', '合金镜架|金属镜框'],
  ['钛架', 'titanium frame', '9003190000', 'pcs', 3000, 15000, 30, 300, 300, 500, '60x40x40', 35, 'titanium glasses frame|pure titanium frame', '纯钛镜架'],
  ['儿童眼镜架', 'kids eyeglass frame', '9003110000', 'pcs', 500, 2500, 100, 1000, 300, 500, '60x40x40', 35, 'children optical frame|kids glasses frame', '儿童镜框'],
]);
leaf('180202', 'strength=+1.00/+1.00;+1.50/+1.50;+2.00/+2.00;+2.50/+2.50;+3.00/+3.00', [
  ['老花镜', 'reading glasses', '9004900000', 'pcs', 200, 1500, 200, 2000, 300, 600, '60x40x40', 35, 'readers|reading spectacles|presbyopia glasses', '老光镜|花镜'],
  ['折叠老花镜', 'folding reading glasses', '9004900000', 'pcs', 400, 2000, 100, 1000, 300, 500, '60x40x40', 40, 'compact readers|foldable reading glasses', '便携老花镜'],
  ['防蓝光老花镜', 'blue light reading glasses', '9004900000', 'pcs', 400, 2000, 100, 1000, 300, 500, '60x40x40', 35, 'computer reading glasses', '抗蓝光老花镜'],
  ['挂颈老花镜', 'neck hanging reading glasses', '9004900000', 'pcs', 500, 2500, 100, 1000, 300, 500, '60x40x40', 40, 'magnetic readers|hanging readers', '磁吸老花镜'],
]);
leaf('180203', FRAME, [
  ['防蓝光眼镜', 'blue light glasses', '9004900000', 'pcs', 300, 2000, 100, 1200, 300, 500, '60x40x40', 35, 'blue light blocking glasses|computer glasses|anti blue light glasses', '防辐射眼镜|电脑护目镜'],
  ['平光镜', 'non-prescription glasses', '9004900000', 'pcs', 200, 1500, 200, 2000, 300, 500, '60x40x40', 35, 'fake glasses|clear lens glasses|fashion glasses', '装饰眼镜|素颜眼镜'],
  ['儿童防蓝光眼镜', 'kids blue light glasses', '9004900000', 'pcs', 300, 1800, 100, 1000, 300, 500, '60x40x40', 35, 'kids computer glasses|children screen glasses', '儿童护目镜'],
  ['变色眼镜', 'photochromic glasses', '9004900000', 'pcs', 800, 4000, 100, 1000, 300, 500, '60x40x40', 40, 'transition glasses|light adaptive glasses', '智能变色镜'],
]);
leaf('180301', 'material=PU皮/PU leather;EVA/EVA;铁皮/tinplate;塑料/plastic;布艺/fabric', [
  ['眼镜盒', 'glasses case', '4202320000', 'pcs', 150, 1200, 200, 2000, 150, 250, '60x45x40', 80, 'eyeglass case|spectacle case|sunglasses case', '镜盒'],
  ['硬壳眼镜盒', 'hard glasses case', '4202390000', 'pcs', 200, 1500, 200, 2000, 120, 200, '60x45x40', 100, 'hard shell case|clamshell glasses case|tin glasses case', '铁皮眼镜盒|压力盒'],
  ['眼镜袋', 'glasses pouch', '4202320000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '60x45x40', 10, 'microfiber pouch|sunglasses bag|soft glasses case', '眼镜布袋|抽绳眼镜袋'],
  ['折叠眼镜盒', 'foldable glasses case', '4202320000', 'pcs', 150, 1000, 200, 2000, 200, 300, '60x45x40', 60, 'triangle glasses case|folding case', '三角折叠盒'],
  ['多副眼镜收纳盒', 'glasses organiser', '4202920000', 'pcs', 1500, 6000, 50, 500, 20, 40, '60x45x40', 600, 'sunglasses organizer|eyewear display box', '眼镜收纳盒|眼镜展示盒'],
]);
leaf('180302', null, [
  ['眼镜链', 'glasses chain', '7117190000', 'pcs', 100, 1000, 200, 2000, 500, 1000, '45x35x30', 15, 'eyeglass chain|sunglasses chain|mask chain', '眼镜挂绳|口罩链'],
  ['眼镜绳', 'glasses strap', '6307900000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '45x35x30', 8, 'eyewear retainer|sports glasses strap|glasses cord', '防滑眼镜绳|眼镜固定带'],
  ['眼镜布', 'lens cloth', '6307100000', 'pcs', 10, 150, 1000, 10000, 3000, 5000, '45x35x30', 4, 'microfiber cleaning cloth|glasses cleaning cloth', '擦镜布|超细纤维眼镜布'],
  ['眼镜清洗液', 'lens cleaner spray', '3402500000', 'pcs', 100, 800, 300, 3000, 200, 300, '45x35x30', 70, 'glasses cleaner|lens cleaning solution', '眼镜清洁剂|擦镜水'],
  ['眼镜修理工具', 'eyeglass repair kit', '8205400000', 'set', 100, 800, 200, 2000, 300, 500, '45x35x30', 40, 'glasses screwdriver kit|eyeglass screws', '眼镜螺丝刀|眼镜维修包'],
]);

// ─── 19 拉链纽扣 Zips, buttons & fasteners ────────────────────────────────────
leaf('190101', ZIP, [
  ['尼龙拉链', 'nylon zip', '9607190000', 'pcs', 10, 100, 1000, 10000, 2000, 4000, '50x40x30', 5, 'nylon zipper|coil zipper|closed end zipper', '尼龙闭尾拉链'],
  ['隐形拉链', 'invisible zip', '9607190000', 'pcs', 15, 120, 1000, 10000, 2000, 4000, '50x40x30', 5, 'invisible zipper|concealed zipper|dress zipper', '隐形闭尾拉链'],
  ['码装拉链', 'zip by the yard', '9607190000', 'roll', 2000, 8000, 10, 100, 5, 10, '50x40x30', 2500, 'continuous zipper|zipper tape roll|zipper chain', '长链拉链|拉链条'],
  ['开尾拉链', 'separating zip', '9607190000', 'pcs', 40, 300, 500, 5000, 500, 1000, '50x40x30', 15, 'open end zipper|jacket zipper|separating zipper', '外套拉链|双开拉链'],
  ['防水拉链', 'waterproof zip', '9607190000', 'pcs', 80, 500, 500, 5000, 500, 1000, '50x40x30', 15, 'waterproof zipper|pu coated zipper', 'TPU防水拉链'],
]);
leaf('190102', ZIP + '|finish=铜色/brass;银色/nickel;古铜/antique brass;枪色/gunmetal', [
  ['铜拉链', 'brass zip', '9607110000', 'pcs', 50, 400, 500, 5000, 1000, 2000, '50x40x30', 12, 'brass zipper|metal zipper|jeans zipper', '金属拉链|牛仔裤拉链'],
  ['铝拉链', 'aluminium zip', '9607110000', 'pcs', 30, 250, 500, 5000, 1000, 2000, '50x40x30', 10, 'aluminum zipper|metal teeth zipper', '铝齿拉链'],
  ['树脂拉链', 'resin zip', '9607190000', 'pcs', 30, 250, 500, 5000, 1000, 2000, '50x40x30', 10, 'plastic zipper|vislon zipper|molded zipper', '塑钢拉链'],
  ['金属开尾拉链', 'metal separating zip', '9607110000', 'pcs', 150, 800, 300, 3000, 400, 800, '50x40x30', 25, 'jacket metal zipper|open end brass zipper', '夹克拉链|皮衣拉链'],
]);
leaf('190103', 'size=3号/#3;5号/#5;8号/#8;10号/#10|finish=银色/nickel;铜色/brass;黑色/black;彩色/colour',[
  ['拉链头', 'zip slider', '9607200000', 'pcs', 5, 60, 1000, 10000, 3000, 6000, '45x35x30', 3, 'zipper slider|zipper head|zipper pull', '拉头|拉链扣'],
  ['自锁拉头', 'auto-lock slider', '9607200000', 'pcs', 8, 80, 1000, 10000, 3000, 6000, '45x35x30', 3, 'locking zipper slider|auto lock zipper head', '自锁拉链头'],
  ['拉链拉片', 'zip puller', '9607200000', 'pcs', 10, 150, 1000, 10000, 2000, 4000, '45x35x30', 4, 'zipper pull tab|zipper charm|cord zipper pull', '拉牌|拉链吊坠'],
  ['拉链修复套装', 'zip repair kit', '9607200000', 'set', 200, 1500, 100, 1000, 200, 400, '45x35x30', 50, 'zipper repair kit|replacement zipper sliders', '拉链头替换装'],
]);
leaf('190201', BUTTON, [
  ['树脂纽扣', 'resin button', '9606210000', 'pcs', 2, 30, 2000, 20000, 10000, 20000, '45x35x30', 1, 'plastic button|shirt button|sewing buttons', '树脂扣|衬衫扣'],
  ['大衣纽扣', 'coat button', '9606210000', 'pcs', 10, 80, 1000, 10000, 3000, 5000, '45x35x30', 4, 'jacket button|overcoat button', '风衣扣'],
  ['牛角扣', 'toggle button', '9606290000', 'pcs', 20, 150, 500, 5000, 2000, 4000, '45x35x30', 6, 'horn toggle|duffle coat toggle', '羊角扣'],
  ['珍珠纽扣', 'pearl button', '9606210000', 'pcs', 5, 60, 1000, 10000, 5000, 10000, '45x35x30', 2, 'faux pearl button|shank pearl button', '仿珍珠扣'],
  ['木质纽扣', 'wooden button', '9606290000', 'pcs', 5, 50, 1000, 10000, 5000, 10000, '45x35x30', 2, 'wood button|craft buttons', '木扣|竹扣'],
]);
leaf('190202', BUTTON + '|finish=银色/nickel;古铜/antique brass;枪色/gunmetal;金色/gold', [
  ['牛仔扣', 'jeans button', '9606220000', 'pcs', 5, 40, 1000, 10000, 3000, 6000, '45x35x30', 4, 'denim button|tack button|jean button', '工字扣|牛仔工字扣'],
  ['金属纽扣', 'metal button', '9606220000', 'pcs', 10, 100, 1000, 10000, 3000, 5000, '45x35x30', 4, 'metal shank button|blazer button', '合金扣'],
  ['铆钉', 'rivet', '8308200000', 'pcs', 2, 20, 2000, 20000, 5000, 10000, '45x35x30', 2, 'jeans rivet|double cap rivet|stud rivet', '撞钉|双面铆钉'],
  ['可拆卸裤扣', 'instant button', '9606220000', 'pcs', 20, 150, 500, 5000, 2000, 4000, '45x35x30', 4, 'no sew jeans button|adjustable waist button', '免缝裤扣|腰围调节扣'],
]);
leaf('190203', 'size=10mm/10 mm;12.5mm/12.5 mm;15mm/15 mm;17mm/17 mm|material=铜/brass;铁/iron;塑料/plastic', [
  ['四合扣', 'snap fastener', '9606100000', 'set', 3, 40, 2000, 20000, 5000, 10000, '45x35x30', 3, 'press stud|snap button|popper', '按扣|金属四合扣'],
  ['塑料按扣', 'plastic snap', '9606100000', 'set', 2, 20, 2000, 20000, 10000, 20000, '45x35x30', 1, 'kam snaps|resin snap button|baby snaps', '树脂四合扣|T5按扣'],
  ['暗扣', 'sew-on snap', '9606100000', 'set', 2, 20, 2000, 20000, 10000, 20000, '45x35x30', 1, 'sew on press stud|hidden snap', '缝扣|子母扣'],
  ['四合扣安装工具', 'snap setter kit', '8205590000', 'set', 500, 3000, 50, 500, 50, 100, '45x35x30', 250, 'snap pliers|snap fastener tool kit', '按扣钳|压扣工具'],
]);
leaf('190301', 'size=15mm/15 mm;20mm/20 mm;25mm/25 mm;38mm/38 mm;50mm/50 mm|colour=黑色/black;白色/white;彩色/colour', [
  ['插扣', 'side release buckle', '3926909000', 'pcs', 5, 60, 1000, 10000, 2000, 4000, '45x35x30', 5, 'plastic buckle|quick release buckle|backpack buckle', '塑料插扣|快插扣'],
  ['日字扣', 'tri-glide slider', '3926909000', 'pcs', 2, 20, 2000, 20000, 5000, 10000, '45x35x30', 2, 'strap adjuster|webbing slider', '调节扣'],
  ['绳扣', 'cord lock', '3926909000', 'pcs', 3, 30, 2000, 20000, 5000, 10000, '45x35x30', 2, 'toggle stopper|drawstring stopper|cord stopper', '弹簧扣|止滑扣'],
  ['塑料D扣', 'plastic d-ring', '3926909000', 'pcs', 2, 20, 2000, 20000, 5000, 10000, '45x35x30', 2, 'plastic d ring|strap ring', 'D型扣'],
  ['胸扣', 'sternum strap buckle', '3926909000', 'pcs', 20, 150, 500, 5000, 1000, 2000, '45x35x30', 10, 'chest strap|backpack chest buckle', '背包胸带扣'],
]);
leaf('190302', 'size=6mm/6 mm;10mm/10 mm;20mm/20 mm;25mm/25 mm;38mm/38 mm|finish=银色/nickel;古铜/antique brass;金色/gold;黑色/black', [
  ['气眼', 'eyelet', '8308100000', 'set', 3, 30, 2000, 20000, 5000, 10000, '45x35x30', 2, 'grommet|metal eyelet|eyelets with washers', '鸡眼扣|金属气眼'],
  ['金属D扣', 'metal d-ring', '8308900000', 'pcs', 5, 60, 1000, 10000, 3000, 5000, '45x35x30', 5, 'd ring|bag d ring|strap ring', 'D字扣|半圆扣'],
  ['针扣', 'pin buckle', '8308900000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '45x35x30', 15, 'belt buckle|strap buckle', '皮带扣|箱包针扣'],
  ['狗扣', 'swivel snap hook', '8308900000', 'pcs', 20, 200, 500, 5000, 1000, 2000, '45x35x30', 15, 'lobster clasp|bag clip|trigger snap', '龙虾扣|旋转钩'],
  ['背带扣', 'overall buckle', '8308900000', 'pcs', 20, 150, 500, 5000, 2000, 3000, '45x35x30', 8, 'dungaree buckle|suspender clip', '背带裤扣'],
]);
leaf('190401', 'size=402/402;403/403;603/603;202/202|colour=白色/white;黑色/black;彩色/assorted colours', [
  ['涤纶缝纫线', 'polyester sewing thread', '5508100000', 'pcs', 100, 800, 100, 1000, 100, 150, '50x40x30', 150, 'sewing thread cone|spun polyester thread|overlock thread', '宝塔线|402缝纫线'],
  ['小轴缝纫线', 'thread spool', '5508100000', 'pcs', 30, 200, 500, 5000, 500, 1000, '50x40x30', 20, 'small sewing thread spool|hand sewing thread', '小卷线|手缝线'],
  ['棉线', 'cotton thread', '5204200000', 'pcs', 100, 800, 200, 2000, 200, 300, '50x40x30', 60, 'cotton sewing thread|quilting thread', '纯棉线|棉缝纫线'],
  ['绣花线', 'embroidery floss', '5204200000', 'pcs', 10, 80, 1000, 10000, 2000, 3000, '50x40x30', 8, 'embroidery thread|cross stitch thread|stranded cotton', '十字绣线|刺绣线'],
  ['尼龙线', 'nylon thread', '5401100000', 'pcs', 200, 1200, 100, 1000, 100, 150, '50x40x30', 150, 'bonded nylon thread|upholstery thread', '锦纶线|鞋线'],
]);
leaf('190402', null, [
  ['手缝针', 'sewing needle', '7319900000', 'pack', 20, 200, 500, 5000, 2000, 4000, '45x35x30', 5, 'hand sewing needles|needle pack|embroidery needles', '缝衣针|绣花针'],
  ['珠针', 'sewing pin', '7319400000', 'box', 100, 600, 200, 2000, 300, 500, '45x35x30', 40, 'pearl head pins|dressmaker pins|straight pins', '大头针|定位针'],
  ['针线包', 'sewing kit', '9605000000', 'set', 150, 2000, 100, 1000, 200, 400, '45x35x30', 60, 'travel sewing kit|sewing set|mending kit', '缝纫工具包|针线盒'],
  ['裁缝剪刀', 'tailor scissors', '8213000000', 'pcs', 300, 3000, 100, 1000, 100, 150, '45x35x30', 180, 'fabric scissors|dressmaking shears|sewing scissors', '裁布剪|服装剪刀'],
  ['软尺', 'sewing tape measure', '9017800000', 'pcs', 20, 300, 500, 5000, 1000, 2000, '45x35x30', 15, 'body measuring tape|soft tape|tailor tape', '皮尺|量衣尺'],
  ['拆线器', 'seam ripper', '8214900000', 'pcs', 20, 200, 500, 5000, 2000, 4000, '45x35x30', 6, 'stitch ripper|thread remover', '拆线刀'],
]);

// ─── 20 汽车用品 Auto accessories ─────────────────────────────────────────────
leaf('200101', 'scent=海洋/ocean;柠檬/lemon;古龙/cologne;桂花/osmanthus;新车/new car', [
  ['车载香水', 'car perfume', '3307490000', 'pcs', 300, 3000, 100, 1000, 100, 200, '50x40x35', 120, 'car fragrance|car air freshener|car scent', '汽车香水|车用香薰'],
  ['出风口香薰', 'vent clip air freshener', '3307490000', 'pcs', 150, 1500, 200, 2000, 200, 300, '50x40x35', 50, 'vent clip|car vent freshener|aromatherapy vent clip', '空调口香薰|出风口夹'],
  ['挂式香片', 'hanging air freshener', '3307490000', 'pcs', 30, 300, 1000, 10000, 1000, 2000, '50x40x35', 10, 'paper air freshener|car tree freshener|scented card', '香薰片|挂件香片'],
  ['固体香膏', 'gel air freshener', '3307490000', 'pcs', 200, 1500, 200, 2000, 100, 200, '50x40x35', 130, 'solid air freshener|car aroma gel', '车载香膏|香氛膏'],
  ['车载香薰机', 'car diffuser', '8509800000', 'pcs', 1500, 6000, 50, 500, 40, 60, '50x40x35', 250, 'car aroma diffuser|usb car humidifier', '车载加湿器|车用香氛机'],
]);
leaf('200102', null, [
  ['车载摆件', 'dashboard ornament', '3926400000', 'pcs', 200, 2500, 100, 1000, 100, 200, '50x40x35', 100, 'car dashboard decoration|car figurine', '中控台摆件|汽车公仔'],
  ['摇头公仔', 'bobblehead', '3926400000', 'pcs', 300, 2000, 100, 1000, 100, 150, '50x40x35', 130, 'dashboard bobblehead|shaking head doll|bobble head toy', '摇头娃娃|车载摇头摆件'],
  ['后视镜挂件', 'rearview mirror charm', '7117900000', 'pcs', 200, 2000, 100, 1000, 300, 500, '50x40x35', 40, 'car hanging ornament|car pendant|car mirror hanging', '车挂|汽车挂饰|平安符'],
  ['车载纸巾盒', 'car tissue box', '3926909000', 'pcs', 300, 2500, 100, 1000, 60, 100, '50x40x35', 200, 'car tissue holder|visor tissue holder|napkin holder for car', '车用抽纸盒'],
  ['车内氛围灯', 'car ambient light', '8512200000', 'pcs', 500, 4000, 100, 1000, 100, 200, '50x40x35', 100, 'car interior led light|footwell light|led strip for car', '汽车氛围灯|车内LED灯'],
]);
leaf('200103', 'fit=通用/universal fit;专车专用/custom fit|material=皮革/PU leather;亚麻/linen;冰丝/ice silk;短毛绒/short plush', [
  ['汽车座套', 'car seat cover', '6304930000', 'set', 5000, 30000, 20, 200, 4, 6, '60x45x45', 3000, 'seat covers|full set seat covers|universal seat cover', '全包座套|汽车坐套'],
  ['汽车坐垫', 'car seat cushion', '9404900000', 'pcs', 1500, 8000, 50, 500, 10, 20, '60x45x45', 900, 'seat pad|cooling seat cushion|car seat mat', '四季坐垫|冰丝坐垫'],
  ['头枕', 'car headrest pillow', '9404900000', 'pcs', 800, 4000, 50, 500, 30, 50, '60x45x45', 300, 'car neck pillow|headrest cushion', '护颈枕|车用颈枕'],
  ['腰靠', 'lumbar support pillow', '9404900000', 'pcs', 1200, 6000, 50, 500, 20, 30, '60x45x45', 600, 'back cushion|lumbar pillow|back support', '汽车腰垫|靠垫'],
  ['方向盘套', 'steering wheel cover', '8708940000', 'pcs', 800, 5000, 50, 500, 30, 50, '60x45x45', 400, 'wheel cover|leather steering wheel cover', '把套|方向盘皮套'],
]);
leaf('200201', 'output=双USB/dual USB;USB+Type-C/USB-A + USB-C;PD快充/PD fast charge|power=12W/12W;30W/30W;65W/65W', [
  ['车载充电器', 'car charger', '8504400000', 'pcs', 300, 3000, 100, 1000, 200, 400, '50x40x35', 50, 'cigarette lighter charger|usb car charger|car adapter', '车充|点烟器充电器'],
  ['PD快充车充', 'pd car charger', '8504400000', 'pcs', 800, 5000, 100, 1000, 200, 300, '50x40x35', 60, 'fast car charger|usb c car charger|qc3.0 car charger', '快充车充|超级快充'],
  ['车载MP3蓝牙接收器', 'fm transmitter', '8525500000', 'pcs', 800, 5000, 100, 1000, 100, 200, '50x40x35', 100, 'bluetooth fm transmitter|car mp3 player|bluetooth car adapter', 'FM发射器|车载蓝牙'],
  ['点烟器一拖三', 'cigarette lighter splitter', '8536690000', 'pcs', 800, 4000, 100, 1000, 80, 120, '50x40x35', 150, 'car socket splitter|12v socket adapter', '车载扩展器|点烟器转换'],
  ['车载逆变器', 'car power inverter', '8504400000', 'pcs', 5000, 25000, 20, 200, 10, 20, '50x40x35', 1000, 'power inverter|12v to 220v inverter', '逆变电源|车载变压器'],
]);
leaf('200202', 'mount=出风口/air vent;吸盘/suction cup;仪表台/dashboard;CD口/CD slot', [
  ['出风口手机支架', 'vent phone mount', '3926909000', 'pcs', 300, 2000, 100, 1000, 200, 300, '50x40x35', 70, 'air vent phone holder|car phone holder|car mount', '车载支架|导航支架'],
  ['吸盘手机支架', 'suction cup phone mount', '3926909000', 'pcs', 500, 3000, 100, 1000, 100, 150, '50x40x35', 160, 'dashboard phone holder|windshield phone mount', '中控台支架|吸盘支架'],
  ['磁吸车载支架', 'magnetic car mount', '8505190000', 'pcs', 300, 2500, 100, 1000, 200, 300, '50x40x35', 60, 'magnetic phone holder|magsafe car mount', '磁性手机支架'],
  ['无线充电车载支架', 'wireless charging car mount', '8504400000', 'pcs', 2000, 8000, 50, 500, 60, 100, '50x40x35', 250, 'wireless car charger mount|qi car holder', '无线充支架|自动感应支架'],
]);
leaf('200203', 'power=60W/60W;120W/120W;150W/150W|power supply=车充12V/12V car socket;无线充电/cordless rechargeable', [
  ['车载吸尘器', 'car vacuum cleaner', '8508110000', 'pcs', 2500, 10000, 20, 200, 10, 20, '55x45x40', 1200, 'handheld car vacuum|portable car vacuum|12v car vacuum', '车用吸尘器|手持吸尘器'],
  ['无线车载吸尘器', 'cordless car vacuum', '8508110000', 'pcs', 4000, 15000, 20, 200, 10, 20, '55x45x40', 1000, 'rechargeable car vacuum|wireless handheld vacuum', '充电吸尘器|无线手持吸尘器'],
  ['吸吹两用吸尘器', 'vacuum and air duster', '8508110000', 'pcs', 4000, 15000, 20, 200, 10, 20, '55x45x40', 900, 'mini vacuum blower|computer air duster', '吹吸一体机|除尘枪'],
  ['吸尘器滤芯', 'vacuum filter', '8508700000', 'pcs', 200, 1500, 100, 1000, 200, 300, '50x40x35', 40, 'hepa filter|replacement filter|car vacuum filter', '替换滤网|HEPA滤芯'],
]);
leaf('200301', null, [
  ['洗车毛巾', 'microfiber car towel', '6307100000', 'pcs', 200, 2000, 200, 2000, 200, 300, '60x40x40', 80, 'car drying towel|microfibre cloth|detailing towel', '擦车巾|超细纤维毛巾'],
  ['洗车海绵', 'car wash sponge', '3921130000', 'pcs', 100, 800, 300, 3000, 200, 300, '60x40x40', 40, 'car sponge|coral sponge|detailing sponge', '擦车海绵|大号海绵'],
  ['洗车手套', 'wash mitt', '6307100000', 'pcs', 300, 1500, 200, 2000, 200, 300, '60x40x40', 80, 'chenille wash mitt|car wash glove|microfiber mitt', '雪尼尔手套|擦车手套'],
  ['洗车水枪', 'car wash spray gun', '8424200000', 'pcs', 800, 5000, 50, 500, 40, 60, '60x40x40', 350, 'hose nozzle|high pressure water gun|garden hose sprayer', '高压水枪|洗车喷头'],
  ['洗车刷', 'car wash brush', '9603900000', 'pcs', 500, 3500, 100, 1000, 30, 50, '80x40x40', 400, 'telescopic car brush|wheel brush|tire brush', '伸缩洗车刷|轮毂刷'],
  ['除雪铲', 'snow brush', '9603900000', 'pcs', 600, 3000, 100, 1000, 30, 50, '80x40x40', 400, 'ice scraper|snow brush with scraper|windshield scraper', '除冰铲|扫雪刷'],
]);
leaf('200302', 'volume=120ml/120 ml;300ml/300 ml;500ml/500 ml;1L/1 L;2L/2 L', [
  ['洗车液', 'car shampoo', '3402500000', 'pcs', 500, 3000, 100, 1000, 12, 20, '45x35x30', 1100, 'car wash soap|car wash liquid|foam shampoo', '洗车水蜡|汽车清洗剂'],
  ['车蜡', 'car wax', '3405300000', 'pcs', 800, 5000, 100, 1000, 30, 50, '45x35x30', 400, 'paste wax|carnauba wax|polish', '汽车蜡|固体蜡'],
  ['镀晶喷雾', 'ceramic coating spray', '3405300000', 'pcs', 800, 5000, 100, 1000, 24, 40, '45x35x30', 550, 'quick detailer|nano coating|spray wax', '镀膜剂|纳米镀晶'],
  ['玻璃水', 'windshield washer fluid', '3820000000', 'pcs', 300, 1500, 100, 1000, 6, 8, '45x35x30', 2200, 'screen wash|washer fluid|antifreeze washer fluid', '雨刷精|挡风玻璃清洗液'],
  ['内饰清洁剂', 'interior cleaner', '3402500000', 'pcs', 400, 2500, 100, 1000, 24, 40, '45x35x30', 550, 'leather cleaner|dashboard cleaner|upholstery cleaner', '多功能泡沫清洁剂|皮革护理剂'],
  ['轮胎光亮剂', 'tyre shine', '3405300000', 'pcs', 500, 3000, 100, 1000, 24, 40, '45x35x30', 550, 'tire shine|tire dressing|rubber protectant', '轮胎蜡|轮胎釉'],
]);
leaf('200401', null, [
  ['车贴', 'car sticker', '3919900000', 'pcs', 30, 500, 500, 5000, 1000, 2000, '50x40x35', 10, 'car decal|vinyl sticker|bumper sticker', '汽车贴纸|拉花'],
  ['反光贴', 'reflective sticker', '3919100000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '50x40x35', 10, 'reflective tape|safety reflector sticker|conspicuity tape', '反光条|警示贴'],
  ['金属车标', 'car emblem', '8310000000', 'pcs', 200, 2000, 100, 1000, 300, 500, '50x40x35', 40, 'car badge|3d emblem|chrome letters', '车标贴|字母贴'],
  ['车身改色膜', 'car wrap vinyl', '3919900000', 'roll', 20000, 120000, 5, 50, 1, 2, '160x25x25', 12000, 'vinyl wrap|car wrap film|colour change film', '改色膜|碳纤维贴膜'],
  ['车门防撞条', 'door edge guard', '4016990000', 'pcs', 200, 1500, 200, 2000, 200, 300, '50x40x35', 60, 'door protector|bumper guard|door edge protector', '防擦条|门边护条'],
]);
leaf('200402', null, [
  ['三角警示牌', 'warning triangle', '3926909000', 'pcs', 800, 3000, 50, 500, 20, 30, '50x40x35', 700, 'reflective triangle|road safety triangle|emergency triangle', '三脚架|故障警示牌'],
  ['应急启动电源', 'jump starter', '8507600000', 'pcs', 8000, 30000, 20, 200, 10, 20, '50x40x35', 1000, 'car jump starter|battery booster|jump starter power bank', '搭电宝|汽车启动电源'],
  ['车载充气泵', 'tyre inflator', '8414800000', 'pcs', 5000, 20000, 20, 200, 10, 20, '50x40x35', 1200, 'tire inflator|portable air compressor|12v air pump', '打气泵|轮胎充气泵'],
  ['搭火线', 'jumper cable', '8544420000', 'set', 2000, 8000, 50, 500, 10, 20, '50x40x35', 1500, 'booster cables|jump leads|battery cables', '电瓶线|搭电线'],
  ['拖车绳', 'tow rope', '5607500000', 'pcs', 1000, 5000, 50, 500, 20, 30, '50x40x35', 800, 'tow strap|recovery strap|towing rope', '牵引绳|拖车带'],
  ['安全锤', 'safety hammer', '8205200000', 'pcs', 300, 2000, 100, 1000, 100, 200, '50x40x35', 150, 'emergency hammer|window breaker|seatbelt cutter', '破窗锤|逃生锤'],
]);

// ─── 21 宠物用品 Pet supplies ─────────────────────────────────────────────────
leaf('210101', PET, [
  ['宠物衣服', 'pet clothes', '4201000000', 'pcs', 300, 3000, 100, 1000, 150, 250, '60x40x40', 80, 'dog clothes|cat clothes|pet apparel|dog shirt', '狗衣服|猫衣服'],
  ['宠物卫衣', 'dog hoodie', '4201000000', 'pcs', 800, 4000, 100, 1000, 100, 150, '60x40x40', 120, 'pet sweatshirt|dog sweater|dog hoodies', '狗狗卫衣|宠物毛衣'],
  ['宠物雨衣', 'dog raincoat', '4201000000', 'pcs', 800, 4000, 100, 1000, 100, 150, '60x40x40', 120, 'pet raincoat|waterproof dog coat|dog rain jacket', '狗雨衣|宠物冲锋衣'],
  ['宠物棉衣', 'dog winter coat', '4201000000', 'pcs', 1500, 6000, 50, 500, 50, 80, '60x40x40', 250, 'dog jacket|puffer dog coat|pet vest', '宠物马甲|加厚狗衣服'],
  ['宠物口水巾', 'pet bandana', '4201000000', 'pcs', 100, 800, 200, 2000, 500, 1000, '60x40x40', 20, 'dog bandana|cat scarf|pet bib', '宠物三角巾|宠物领巾'],
]);
leaf('210102', 'size=XS/XS;S/S;M/M;L/L;XL/XL|material=尼龙/nylon;PU皮/PU leather;反光织带/reflective webbing', [
  ['宠物项圈', 'dog collar', '4201000000', 'pcs', 150, 2000, 100, 1000, 300, 500, '60x40x40', 40, 'pet collar|cat collar|leather dog collar', '狗项圈|猫项圈'],
  ['牵引绳', 'dog leash', '4201000000', 'pcs', 300, 2500, 100, 1000, 150, 250, '60x40x40', 100, 'dog lead|pet leash|rope leash', '遛狗绳|狗绳'],
  ['胸背带', 'dog harness', '4201000000', 'pcs', 600, 4000, 100, 1000, 100, 200, '60x40x40', 120, 'no pull harness|pet harness|vest harness', '背心式牵引|胸背牵引'],
  ['伸缩牵引绳', 'retractable leash', '4201000000', 'pcs', 1000, 5000, 50, 500, 50, 80, '60x40x40', 300, 'retractable dog leash|extendable lead', '自动伸缩狗绳'],
  ['宠物铭牌', 'pet id tag', '8310000000', 'pcs', 50, 800, 200, 2000, 1000, 2000, '45x35x30', 10, 'dog tag|engraved pet tag|pet name tag', '狗牌|防丢牌'],
]);
leaf('210201', 'size=小号/small;中号/medium;大号/large|material=TPR/TPR;天然橡胶/natural rubber;棉绳/cotton rope;毛绒/plush', [
  ['狗狗咬胶玩具', 'dog chew toy', '4016990000', 'pcs', 200, 2000, 100, 1000, 150, 250, '60x40x40', 100, 'chew toy|teething toy|durable dog toy', '磨牙玩具|耐咬玩具'],
  ['棉绳玩具', 'rope toy', '5609000000', 'pcs', 150, 1500, 100, 1000, 150, 250, '60x40x40', 100, 'dog rope toy|tug toy|cotton rope chew', '绳结玩具|拔河玩具'],
  ['发声毛绒玩具', 'squeaky plush toy', '6307900000', 'pcs', 200, 2000, 100, 1000, 150, 250, '60x40x40', 80, 'squeaky toy|plush dog toy|squeaker toy', '宠物毛绒玩具|叫叫玩具'],
  ['宠物网球', 'dog tennis ball', '9506610000', 'pcs', 50, 500, 500, 5000, 300, 500, '60x40x40', 60, 'squeaky tennis ball|fetch ball|ball launcher ball', '狗狗网球|发声球'],
  ['漏食球', 'treat dispensing ball', '3926909000', 'pcs', 300, 2000, 100, 1000, 100, 200, '60x40x40', 120, 'treat ball|food dispensing toy|puzzle toy', '益智漏食玩具|嗅闻玩具'],
]);
leaf('210202', null, [
  ['逗猫棒', 'cat teaser wand', '3926909000', 'pcs', 50, 800, 300, 3000, 400, 800, '60x40x40', 25, 'cat wand|feather teaser|cat fishing rod toy', '逗猫杆|羽毛逗猫棒'],
  ['猫薄荷玩具', 'catnip toy', '6307900000', 'pcs', 50, 800, 300, 3000, 500, 1000, '60x40x40', 20, 'catnip pillow|catnip mouse|kicker toy', '猫草玩具|猫薄荷球'],
  ['猫隧道', 'cat tunnel', '6307900000', 'pcs', 800, 4000, 50, 500, 30, 50, '60x40x40', 400, 'collapsible cat tunnel|crinkle tunnel', '猫咪隧道|猫通道'],
  ['转盘球', 'cat ball track', '3926909000', 'pcs', 500, 3000, 50, 500, 30, 50, '60x40x40', 450, 'cat track toy|cat tower of tracks|interactive cat toy', '猫咪转盘|游乐盘'],
  ['电动猫玩具', 'electric cat toy', '9503008900', 'pcs', 1000, 5000, 50, 500, 50, 80, '60x40x40', 250, 'automatic cat toy|rolling ball|smart cat toy', '自动逗猫器|电动逗猫球'],
  ['仿真老鼠', 'toy mouse', '6307900000', 'pcs', 30, 300, 500, 5000, 1000, 2000, '60x40x40', 10, 'cat mouse toy|plush mice', '小老鼠玩具'],
]);
leaf('210301', PET, [
  ['宠物窝', 'pet bed', '6307900000', 'pcs', 1500, 8000, 20, 200, 10, 20, '60x60x50', 800, 'dog bed|cat bed|donut bed|round pet bed', '狗窝|猫窝'],
  ['封闭式猫窝', 'cat cave', '6307900000', 'pcs', 1500, 6000, 20, 200, 10, 20, '60x60x50', 700, 'covered cat bed|cat house|igloo bed', '猫屋|蒙古包猫窝'],
  ['宠物垫', 'pet mat', '6307900000', 'pcs', 500, 3000, 50, 500, 30, 50, '60x50x50', 400, 'crate mat|kennel pad|dog blanket', '狗垫|睡垫'],
  ['宠物冰垫', 'pet cooling mat', '3926909000', 'pcs', 800, 5000, 50, 500, 20, 30, '60x50x50', 700, 'cooling pad|self cooling dog mat|gel mat', '凉垫|冰丝垫'],
  ['行军床狗床', 'elevated dog bed', '9403200000', 'pcs', 3000, 12000, 20, 200, 5, 10, '80x40x30', 2500, 'raised dog cot|outdoor dog bed', '离地狗床|钢管宠物床'],
]);
leaf('210302', null, [
  ['猫爬架', 'cat tree', '4421990000', 'pcs', 5000, 40000, 10, 100, 1, 2, '70x50x40', 9000, 'cat tower|cat condo|cat climbing frame', '猫爬树|猫跳台'],
  ['瓦楞纸猫抓板', 'cardboard cat scratcher', '4823900000', 'pcs', 500, 3000, 50, 500, 20, 30, '60x50x45', 700, 'cat scratching pad|corrugated scratcher|scratch lounge', '猫抓板|猫沙发抓板'],
  ['剑麻猫抓柱', 'cat scratching post', '4421990000', 'pcs', 1500, 6000, 20, 200, 6, 10, '60x50x45', 1800, 'sisal scratching post|scratch post', '剑麻柱|猫抓柱'],
  ['墙上猫爬架', 'wall cat shelf', '4421990000', 'pcs', 3000, 15000, 10, 100, 5, 10, '70x40x40', 2000, 'wall mounted cat furniture|cat wall steps', '猫咪跳板|墙面猫架'],
  ['猫吊床', 'cat window perch', '6307900000', 'pcs', 1000, 5000, 20, 200, 20, 30, '60x50x45', 700, 'cat hammock|window hammock|suction cup cat bed', '吸盘猫床|窗台吊床'],
]);
leaf('210401', 'capacity=300ml/300 ml;500ml/500 ml;1L/1 L;2L/2 L;4L/4 L|material=PP塑料/PP plastic;不锈钢/stainless steel;陶瓷/ceramic', [
  ['宠物碗', 'pet bowl', '3924900000', 'pcs', 150, 1500, 200, 2000, 80, 150, '60x40x40', 150, 'dog bowl|cat bowl|pet food bowl', '狗碗|猫碗|食盆'],
  ['不锈钢狗碗', 'stainless steel dog bowl', '7323930000', 'pcs', 300, 2500, 100, 1000, 60, 100, '60x40x40', 250, 'metal dog bowl|steel pet bowl', '不锈钢食盆'],
  ['慢食碗', 'slow feeder bowl', '3924900000', 'pcs', 300, 2000, 100, 1000, 60, 100, '60x40x40', 200, 'slow feeder|anti gulping bowl|puzzle feeder', '防噎碗|慢食盆'],
  ['自动喂食器', 'automatic pet feeder', '8479890000', 'pcs', 8000, 30000, 10, 100, 4, 6, '60x45x45', 2500, 'smart feeder|timed feeder|auto feeder', '智能喂食器|定时喂食器'],
  ['宠物饮水机', 'pet water fountain', '8479890000', 'pcs', 3000, 15000, 20, 200, 10, 20, '60x45x45', 1000, 'cat water fountain|automatic water dispenser', '猫咪饮水机|循环饮水器'],
  ['随行水杯', 'dog travel water bottle', '3924900000', 'pcs', 500, 3000, 100, 1000, 60, 100, '60x40x40', 180, 'portable dog water bottle|pet drinking bottle', '宠物水壶|遛狗水杯'],
]);
leaf('210402', null, [
  ['宠物梳子', 'pet comb', '9615190000', 'pcs', 100, 1500, 200, 2000, 200, 400, '60x40x40', 60, 'dog comb|cat comb|flea comb|grooming comb', '排梳|开结梳'],
  ['针梳', 'slicker brush', '9603900000', 'pcs', 300, 2500, 100, 1000, 150, 250, '60x40x40', 90, 'self cleaning slicker brush|dog brush|deshedding brush', '宠物针梳|一键去浮毛梳'],
  ['宠物指甲剪', 'pet nail clipper', '8214900000', 'pcs', 200, 1500, 200, 2000, 300, 500, '60x40x40', 60, 'dog nail clipper|cat nail trimmer|claw clipper', '宠物指甲刀|宠物磨甲器'],
  ['宠物沐浴露', 'pet shampoo', '3307900000', 'pcs', 500, 3500, 100, 1000, 24, 40, '45x35x30', 550, 'dog shampoo|cat shampoo|flea shampoo', '宠物香波|狗狗沐浴液'],
  ['宠物电推剪', 'pet hair clipper', '8510200000', 'pcs', 2000, 10000, 20, 200, 30, 50, '60x40x40', 400, 'dog grooming clipper|cordless pet trimmer', '宠物剃毛器|电推子'],
  ['撸猫手套', 'grooming glove', '3926200000', 'pair', 200, 1500, 100, 1000, 200, 300, '60x40x40', 80, 'pet hair remover glove|deshedding glove|bathing glove', '宠物按摩手套|去毛手套'],
]);
leaf('210403', null, [
  ['拾便袋', 'poop bag', '3923290000', 'roll', 30, 300, 500, 5000, 500, 1000, '50x40x35', 25, 'dog poop bags|waste bags|biodegradable poop bags', '狗屎袋|宠物垃圾袋'],
  ['宠物尿垫', 'pee pad', '9619000000', 'pack', 1000, 5000, 50, 500, 8, 12, '60x45x40', 1800, 'puppy training pad|pet pad|wee pad', '狗尿布|尿片'],
  ['猫砂', 'cat litter', '2508100000', 'bag', 800, 4000, 50, 500, 2, 4, '50x35x30', 5000, 'bentonite cat litter|clumping litter|tofu cat litter', '膨润土猫砂|豆腐猫砂'],
  ['猫砂盆', 'litter box', '3924900000', 'pcs', 1500, 10000, 20, 200, 5, 10, '60x50x45', 1500, 'cat litter tray|covered litter box|litter pan', '猫厕所|封闭式猫砂盆'],
  ['猫砂铲', 'litter scoop', '3924900000', 'pcs', 100, 1000, 200, 2000, 150, 250, '60x40x40', 80, 'cat litter scooper|poop scoop', '铲屎勺'],
  ['粘毛器', 'pet hair remover', '9603900000', 'pcs', 200, 1500, 100, 1000, 100, 200, '60x40x40', 120, 'lint roller|pet hair roller|fur remover', '滚筒粘毛器|除毛刷'],
]);

// ─── 22 家纺床上用品 Home textiles & bedding ─────────────────────────────────
leaf('220101', BED, [
  ['床上四件套', 'bedding set', '6302210000', 'set', 5000, 25000, 20, 200, 6, 10, '60x45x40', 2500, 'duvet cover set|bed linen set|sheet set|4 piece bedding set', '四件套|床品套件'],
  ['被套', 'duvet cover', '6302210000', 'pcs', 2500, 12000, 30, 300, 10, 20, '60x45x40', 1200, 'quilt cover|comforter cover', '被罩'],
  ['床单', 'flat sheet', '6302310000', 'pcs', 1500, 8000, 50, 500, 15, 25, '60x45x40', 900, 'bed sheet|bedsheet', '单人床单|双人床单'],
  ['床笠', 'fitted sheet', '6302320000', 'pcs', 1500, 8000, 50, 500, 15, 25, '60x45x40', 900, 'fitted bed sheet|mattress cover|deep pocket sheet', '床罩|防尘罩'],
  ['枕套', 'pillowcase', '6302310000', 'pair', 500, 3000, 100, 1000, 60, 100, '60x45x40', 250, 'pillow cover|pillow slip|satin pillowcase', '枕头套|枕巾'],
]);
leaf('220102', 'size=1.5x2.0米/150 x 200 cm;1.8x2.2米/180 x 220 cm;2.0x2.3米/200 x 230 cm|filling=聚酯纤维/polyester fibre;羽绒/down;蚕丝/silk;大豆纤维/soybean fibre', [
  ['冬被', 'winter quilt', '9404400000', 'pcs', 5000, 25000, 20, 200, 4, 6, '70x55x50', 3000, 'comforter|duvet|duvet insert|quilt', '被子|被芯|加厚冬被'],
  ['空调被', 'summer quilt', '9404400000', 'pcs', 2500, 10000, 30, 300, 10, 15, '60x50x45', 1200, 'summer comforter|lightweight duvet|cooling blanket', '夏凉被|薄被'],
  ['羽绒被', 'down duvet', '9404400000', 'pcs', 20000, 80000, 10, 100, 4, 6, '70x55x50', 2500, 'down comforter|goose down duvet|duck down quilt', '鹅绒被|鸭绒被'],
  ['枕芯', 'pillow', '9404900000', 'pcs', 1000, 5000, 50, 500, 12, 20, '70x50x50', 1000, 'bed pillow|pillow insert|hotel pillow', '枕头|羽丝绒枕'],
  ['乳胶枕', 'latex pillow', '9404900000', 'pcs', 3000, 15000, 20, 200, 10, 16, '60x45x45', 1300, 'natural latex pillow|contour pillow', '泰国乳胶枕|颈椎枕'],
  ['记忆棉枕', 'memory foam pillow', '9404900000', 'pcs', 2500, 10000, 30, 300, 10, 16, '60x45x45', 1300, 'cervical pillow|orthopedic pillow|neck pillow', '慢回弹枕|护颈枕'],
]);
leaf('220103', 'size=100x150cm/100 x 150 cm;150x200cm/150 x 200 cm;200x230cm/200 x 230 cm|material=法兰绒/flannel;珊瑚绒/coral fleece;针织/knitted;羊羔绒/sherpa', [
  ['法兰绒毛毯', 'flannel blanket', '6301400000', 'pcs', 1500, 8000, 50, 500, 10, 20, '60x45x45', 1300, 'fleece blanket|throw blanket|flannel throw', '法兰绒毯|沙发毯'],
  ['珊瑚绒毯', 'coral fleece blanket', '6301400000', 'pcs', 1200, 6000, 50, 500, 10, 20, '60x45x45', 1200, 'plush blanket|microfiber blanket', '珊瑚绒毛毯|加厚毛毯'],
  ['针织盖毯', 'knitted throw', '6301400000', 'pcs', 2500, 12000, 30, 300, 10, 20, '60x45x45', 1100, 'knit blanket|chunky knit throw|sofa throw', '针织毯|流苏毯'],
  ['午睡毯', 'nap blanket', '6301400000', 'pcs', 800, 3500, 100, 1000, 20, 40, '60x45x45', 500, 'travel blanket|office blanket|small blanket', '空调毯|办公室毯'],
  ['羊羔绒毯', 'sherpa blanket', '6301400000', 'pcs', 3000, 12000, 30, 300, 6, 10, '60x45x45', 2000, 'sherpa fleece throw|double layer blanket', '双层加厚毯|羊羔绒毛毯'],
  ['电热毯', 'electric blanket', '6301100000', 'pcs', 4000, 15000, 30, 300, 8, 12, '60x45x45', 1500, 'heated blanket|electric heating pad', '电褥子|加热毯'],
]);
leaf('220201', 'size=34x34cm/34 x 34 cm;35x75cm/35 x 75 cm;40x80cm/40 x 80 cm|material=纯棉/cotton;超细纤维/microfibre;竹纤维/bamboo fibre', [
  ['毛巾', 'towel', '6302600000', 'pcs', 300, 2000, 200, 2000, 150, 200, '60x45x40', 120, 'hand towel|cotton towel|face towel', '纯棉毛巾|洗脸巾'],
  ['方巾', 'washcloth', '6302600000', 'pcs', 100, 800, 300, 3000, 400, 600, '60x45x40', 40, 'face cloth|flannel|square towel', '小方巾|口水巾'],
  ['超细纤维毛巾', 'microfibre towel', '6302930000', 'pcs', 100, 1000, 300, 3000, 300, 500, '60x45x40', 50, 'microfiber towel|quick dry towel|cleaning towel', '珊瑚绒毛巾|吸水毛巾'],
  ['干发帽', 'hair towel wrap', '6302930000', 'pcs', 300, 1500, 200, 2000, 200, 300, '60x45x40', 70, 'hair turban|hair drying towel|hair wrap', '干发巾|包头巾'],
  ['酒店毛巾', 'hotel towel', '6302600000', 'pcs', 800, 3000, 200, 2000, 100, 150, '60x45x40', 180, 'white hotel towel|hotel hand towel', '白毛巾|宾馆毛巾'],
]);
leaf('220202', 'size=70x140cm/70 x 140 cm;80x160cm/80 x 160 cm;90x180cm/90 x 180 cm|material=纯棉/cotton;超细纤维/microfibre;竹纤维/bamboo fibre', [
  ['浴巾', 'bath towel', '6302600000', 'pcs', 1500, 6000, 100, 1000, 30, 50, '60x45x40', 500, 'cotton bath towel|large towel|bath sheet', '纯棉浴巾|大浴巾'],
  ['沙滩巾', 'beach towel', '6302600000', 'pcs', 1200, 5000, 100, 1000, 30, 50, '60x45x40', 450, 'printed beach towel|round beach towel|sand free towel', '沙滩浴巾|圆形沙滩巾'],
  ['速干浴巾', 'quick dry bath towel', '6302930000', 'pcs', 800, 3500, 100, 1000, 50, 80, '60x45x40', 300, 'microfiber bath towel|travel towel|gym towel', '运动毛巾|旅行浴巾'],
  ['浴袍', 'bathrobe', '6208910000', 'pcs', 3500, 12000, 30, 300, 15, 25, '60x45x45', 1000, 'bath robe|dressing gown|hotel robe|spa robe', '睡袍|酒店浴袍'],
  ['浴裙', 'bath wrap', '6302930000', 'pcs', 800, 3000, 100, 1000, 50, 80, '60x45x40', 300, 'towel wrap|shower wrap|spa wrap', '可穿浴巾|抹胸浴巾'],
]);
leaf('220301', 'size=1.5x2.7米/150 x 270 cm;2x2.7米/200 x 270 cm;单片定制/custom size panel|heading=打孔/grommet top;挂钩/hook;穿杆/rod pocket', [
  ['遮光窗帘', 'blackout curtain', '6303920000', 'pcs', 2000, 10000, 50, 500, 15, 25, '60x45x40', 1000, 'blackout drapes|room darkening curtain|thermal curtain', '遮光布|全遮光窗帘'],
  ['纱帘', 'sheer curtain', '6303920000', 'pcs', 800, 4000, 50, 500, 40, 60, '60x45x40', 350, 'voile curtain|sheer drapes|net curtain', '窗纱|白纱'],
  ['卷帘', 'roller blind', '6303920000', 'pcs', 2000, 10000, 30, 300, 10, 20, '160x25x25', 1200, 'roller shade|blackout roller blind|window blind', '卷帘窗帘|遮光卷帘'],
  ['门帘', 'door curtain', '6303920000', 'pcs', 800, 5000, 50, 500, 30, 50, '60x45x40', 450, 'doorway curtain|magnetic screen door|partition curtain', '隔断帘|磁性纱门'],
  ['窗帘杆', 'curtain rod', '8302410000', 'pcs', 1500, 8000, 50, 500, 10, 20, '160x20x20', 1200, 'curtain pole|adjustable curtain rod|tension rod', '伸缩杆|罗马杆'],
  ['窗帘挂钩', 'curtain hook', '3926909000', 'pack', 100, 800, 200, 2000, 300, 500, '45x35x30', 50, 'curtain rings|curtain clips', '窗帘钩|窗帘环'],
]);
leaf('220302', 'size=45x45cm/45 x 45 cm;50x50cm/50 x 50 cm;30x50cm/30 x 50 cm;60x60cm/60 x 60 cm|material=棉麻/cotton linen;天鹅绒/velvet;短毛绒/short plush;涤纶/polyester', [
  ['抱枕', 'throw pillow', '9404900000', 'pcs', 1000, 5000, 50, 500, 20, 30, '70x50x50', 600, 'decorative pillow|sofa cushion|cushion', '靠枕|沙发靠垫'],
  ['抱枕套', 'cushion cover', '6304930000', 'pcs', 300, 2000, 100, 1000, 150, 250, '60x45x40', 100, 'pillow cover|throw pillow cover|decorative pillowcase', '靠垫套|抱枕皮'],
  ['椅子坐垫', 'chair cushion', '9404900000', 'pcs', 800, 4000, 50, 500, 20, 40, '60x45x45', 500, 'seat cushion|chair pad|dining chair cushion', '餐椅垫|坐垫'],
  ['蒲团', 'floor cushion', '9404900000', 'pcs', 2000, 8000, 30, 300, 10, 20, '60x60x50', 1200, 'meditation cushion|floor pillow|pouf', '地板坐垫|榻榻米坐垫'],
  ['靠背垫', 'reading pillow', '9404900000', 'pcs', 3000, 12000, 20, 200, 6, 10, '70x55x50', 2000, 'backrest pillow|bed rest pillow|wedge pillow', '床头靠垫|大靠背'],
]);
leaf('220303', 'size=140x140cm/140 x 140 cm;140x180cm/140 x 180 cm;140x220cm/140 x 220 cm|material=棉麻/cotton linen;涤纶/polyester;PVC/PVC;蕾丝/lace', [
  ['桌布', 'tablecloth', '6302530000', 'pcs', 800, 5000, 50, 500, 30, 50, '60x45x40', 450, 'table cover|polyester tablecloth|rectangular tablecloth', '台布|餐桌布'],
  ['棉麻桌布', 'cotton linen tablecloth', '6302510000', 'pcs', 1500, 6000, 50, 500, 30, 50, '60x45x40', 500, 'linen tablecloth|rustic tablecloth', '田园桌布|茶几布'],
  ['PVC防水桌布', 'pvc tablecloth', '3924900000', 'pcs', 500, 3000, 100, 1000, 30, 50, '60x45x40', 450, 'waterproof tablecloth|vinyl tablecloth|oilcloth', '防油桌布|免洗桌布'],
  ['餐垫', 'placemat', '3924100000', 'pcs', 100, 1000, 200, 2000, 200, 300, '50x40x35', 60, 'table mat|pvc placemat|woven placemat', '隔热垫|西餐垫'],
  ['桌旗', 'table runner', '6302530000', 'pcs', 500, 3000, 100, 1000, 80, 120, '60x45x40', 200, 'table flag|wedding table runner', '桌旗布'],
  ['布餐巾', 'cloth napkin', '6302530000', 'pcs', 100, 800, 300, 3000, 300, 500, '60x45x40', 50, 'dinner napkin|table napkin|linen napkin', '口布|餐巾布'],
]);
leaf('220401', 'size=40x60cm/40 x 60 cm;45x75cm/45 x 75 cm;50x80cm/50 x 80 cm;60x90cm/60 x 90 cm|backing=防滑TPR底/non-slip TPR backing;PVC底/PVC backing;橡胶底/rubber backing', [
  ['入户地垫', 'door mat', '5703390000', 'pcs', 800, 5000, 50, 500, 15, 25, '60x45x40', 1000, 'doormat|entrance mat|welcome mat', '门垫|进门地垫'],
  ['厨房地垫', 'kitchen mat', '5703390000', 'pcs', 1000, 5000, 50, 500, 15, 25, '60x45x40', 900, 'anti fatigue mat|kitchen rug|kitchen runner', '防油地垫|长条地垫'],
  ['浴室地垫', 'bath mat', '5703390000', 'pcs', 600, 4000, 50, 500, 20, 30, '60x45x40', 600, 'bathroom rug|absorbent bath mat|shower mat', '吸水地垫|卫生间脚垫'],
  ['丝圈地垫', 'pvc coil mat', '3918100000', 'pcs', 800, 4000, 50, 500, 10, 20, '60x45x40', 1300, 'vinyl loop mat|spaghetti mat|scraper mat', 'PVC丝圈垫|防尘垫'],
  ['橡胶地垫', 'rubber door mat', '4016910000', 'pcs', 1000, 5000, 50, 500, 8, 12, '60x45x40', 2000, 'rubber mat|outdoor mat|anti slip rubber mat', '防滑橡胶垫'],
]);
leaf('220402', 'size=80x120cm/80 x 120 cm;120x160cm/120 x 160 cm;160x230cm/160 x 230 cm;200x300cm/200 x 300 cm|style=北欧/Nordic;波斯/Persian;几何/geometric;卡通/cartoon', [
  ['地毯', 'area rug', '5703390000', 'pcs', 3000, 20000, 20, 200, 4, 6, '120x40x40', 3000, 'rug|carpet|living room rug', '客厅地毯|卧室地毯'],
  ['长毛地毯', 'shaggy rug', '5703390000', 'pcs', 3000, 15000, 20, 200, 4, 6, '120x40x40', 3000, 'shag rug|fluffy rug|faux fur rug', '毛绒地毯|仿兔毛地毯'],
  ['水晶绒印花地毯', 'printed rug', '5705000000', 'pcs', 1500, 8000, 30, 300, 6, 10, '120x40x40', 2000, 'crystal velvet rug|washable rug|3d printed carpet', '印花地毯|水晶绒地毯'],
  ['圆形地毯', 'round rug', '5705000000', 'pcs', 1500, 8000, 30, 300, 6, 10, '120x40x40', 1800, 'circle rug|chair mat rug', '圆地毯|吊篮垫'],
  ['簇绒地毯', 'tufted rug', '5703390000', 'pcs', 5000, 30000, 10, 100, 3, 5, '120x40x40', 4000, 'hand tufted rug|loop pile rug|custom shape rug', '手工簇绒地毯|异形地毯'],
]);

// ─── 23 人造花卉 Artificial flowers & plants ──────────────────────────────────
leaf('230101', FLOWER, [
  ['仿真玫瑰', 'artificial rose', '6702900000', 'pcs', 50, 800, 300, 3000, 300, 500, '100x50x50', 40, 'fake rose|silk rose|faux rose stem', '假玫瑰|单枝玫瑰'],
  ['手感保湿玫瑰', 'real touch rose', '6702100000', 'pcs', 200, 1500, 200, 2000, 200, 300, '100x50x50', 50, 'real touch flower|latex rose|pu rose', 'PU玫瑰|保湿花'],
  ['仿真牡丹', 'artificial peony', '6702900000', 'pcs', 150, 1200, 200, 2000, 200, 300, '100x50x50', 50, 'silk peony|fake peony|faux peony stem', '假牡丹|牡丹花枝'],
  ['仿真绣球', 'artificial hydrangea', '6702900000', 'pcs', 200, 1500, 200, 2000, 200, 300, '100x50x50', 60, 'silk hydrangea|fake hydrangea stem', '绣球花|婚庆绣球'],
  ['仿真尤加利', 'artificial eucalyptus', '6702100000', 'pcs', 100, 1000, 300, 3000, 200, 400, '100x50x50', 40, 'fake eucalyptus stem|faux greenery|artificial leaves', '尤加利叶|仿真叶子'],
  ['仿真樱花枝', 'artificial cherry blossom', '6702900000', 'pcs', 150, 1200, 200, 2000, 200, 300, '100x50x50', 50, 'fake cherry blossom branch|sakura branch', '樱花枝|桃花枝'],
]);
leaf('230102', FLOWER, [
  ['仿真花束', 'artificial bouquet', '6702900000', 'pcs', 500, 3500, 100, 1000, 60, 100, '100x50x50', 200, 'fake flower bouquet|silk flower bouquet|faux bouquet', '假花束|插花束'],
  ['仿真玫瑰花束', 'artificial rose bouquet', '6702900000', 'pcs', 500, 3500, 100, 1000, 60, 100, '100x50x50', 200, 'fake rose bunch|silk rose bouquet', '玫瑰花束|假玫瑰束'],
  ['香皂花束', 'soap flower bouquet', '3401110000', 'pcs', 1000, 5000, 50, 500, 30, 50, '80x60x50', 350, 'soap rose bouquet|soap flowers gift', '香皂花|肥皂花'],
  ['仿真向日葵花束', 'sunflower bouquet', '6702900000', 'pcs', 500, 3000, 100, 1000, 60, 100, '100x50x50', 200, 'artificial sunflower|fake sunflower bunch', '向日葵|太阳花'],
  ['仿真薰衣草', 'artificial lavender', '6702100000', 'pcs', 200, 1500, 200, 2000, 150, 250, '100x50x50', 80, 'fake lavender bunch|lavender bundle', '薰衣草花束'],
]);
leaf('230103', 'colour=红色/red;粉色/pink;白色/white;香槟色/champagne;蓝色/blue|packing=礼盒/gift box;玻璃罩/glass dome;散装/bulk', [
  ['永生玫瑰', 'preserved rose', '0603900000', 'pcs', 500, 3000, 100, 1000, 200, 400, '60x45x40', 40, 'eternal rose|forever rose|infinity rose', '永生花|保鲜花'],
  ['永生花礼盒', 'preserved flower gift box', '0603900000', 'box', 3000, 20000, 20, 200, 10, 20, '60x45x40', 800, 'preserved rose box|rose in glass dome|eternal flower gift', '玻璃罩永生花|永生花盒'],
  ['干花', 'dried flowers', '0603900000', 'pcs', 200, 2000, 100, 1000, 100, 200, '80x50x50', 80, 'dried flower bouquet|dried bunch|boho dried flowers', '干花束|天然干花'],
  ['满天星干花', 'dried baby\'s breath', '0603900000', 'pcs', 300, 2000, 100, 1000, 100, 200, '80x50x50', 80, 'gypsophila|dried gypsophila', '满天星'],
  ['蒲苇', 'pampas grass', '0604900000', 'pcs', 150, 1500, 200, 2000, 100, 200, '100x50x50', 60, 'dried pampas|pampas grass stems|bunny tails', '芦苇|兔尾草'],
]);
leaf('230201', 'height=30cm/30 cm;60cm/60 cm;90cm/90 cm;120cm/120 cm;150cm/150 cm;180cm/180 cm', [
  ['仿真盆栽', 'artificial potted plant', '6702100000', 'pcs', 800, 6000, 50, 500, 10, 20, '60x50x50', 800, 'fake potted plant|faux plant|artificial houseplant', '假盆栽|仿真绿植'],
  ['仿真多肉', 'artificial succulent', '6702100000', 'pcs', 100, 1500, 200, 2000, 150, 250, '60x50x50', 80, 'fake succulents|faux succulent plant', '多肉植物|小盆栽'],
  ['仿真橄榄树', 'artificial olive tree', '6702100000', 'pcs', 5000, 30000, 10, 100, 2, 4, '100x40x40', 3000, 'fake olive tree|faux olive tree', '橄榄树盆景'],
  ['仿真龟背竹', 'artificial monstera', '6702100000', 'pcs', 3000, 20000, 10, 100, 3, 6, '100x40x40', 2500, 'fake monstera|swiss cheese plant', '龟背叶|龟背竹盆栽'],
  ['仿真琴叶榕', 'artificial fiddle leaf fig', '6702100000', 'pcs', 5000, 30000, 10, 100, 2, 4, '100x40x40', 3000, 'fake fiddle leaf fig tree|faux ficus', '琴叶榕|仿真大型绿植'],
]);
leaf('230202', 'length=1.8米/1.8 m;2米/2 m;2.5米/2.5 m|material=丝绸/silk;PE/PE;塑料/plastic', [
  ['仿真藤条', 'artificial vine', '6702100000', 'pcs', 100, 1000, 200, 2000, 200, 400, '60x50x50', 50, 'fake vines|hanging vine|faux ivy vine', '假藤条|吊顶藤条'],
  ['仿真常春藤', 'artificial ivy garland', '6702100000', 'pcs', 150, 1200, 200, 2000, 200, 300, '60x50x50', 80, 'ivy garland|fake ivy|greenery garland', '常春藤|绿叶藤'],
  ['仿真紫藤花', 'artificial wisteria', '6702900000', 'pcs', 100, 800, 200, 2000, 200, 400, '60x50x50', 50, 'wisteria garland|hanging wisteria|wedding wisteria', '紫藤花串|吊顶花'],
  ['仿真花环', 'flower garland', '6702900000', 'pcs', 300, 2500, 100, 1000, 80, 150, '60x50x50', 150, 'flower vine garland|rose garland|floral garland', '花藤|玫瑰花藤'],
  ['门挂花环', 'wreath', '6702900000', 'pcs', 1000, 6000, 50, 500, 10, 20, '60x60x50', 800, 'door wreath|front door wreath|eucalyptus wreath', '花环|门饰花环'],
]);
leaf('230203', 'size=50x50cm/50 x 50 cm;60x40cm/60 x 40 cm;100x100cm/1 x 1 m|use=室内/indoor;户外抗UV/outdoor UV resistant', [
  ['仿真植物墙', 'artificial grass wall panel', '6702100000', 'pcs', 800, 4000, 50, 500, 20, 40, '60x50x50', 600, 'green wall panel|boxwood panel|artificial hedge panel', '绿植墙|草皮墙'],
  ['仿真绿篱', 'artificial hedge', '6702100000', 'pcs', 1500, 8000, 30, 300, 10, 20, '100x50x50', 1200, 'faux privacy hedge|artificial boxwood hedge', '仿真篱笆|隐私绿篱'],
  ['仿真花墙', 'flower wall', '6702900000', 'pcs', 3000, 15000, 20, 200, 5, 10, '100x60x50', 1500, 'flower wall panel|wedding backdrop flower wall|rose wall', '花墙|婚礼花墙'],
  ['人造草坪', 'artificial turf', '5703310000', 'roll', 15000, 60000, 5, 50, 1, 1, '200x40x40', 15000, 'artificial grass|fake grass|synthetic turf', '仿真草坪|塑料草皮'],
  ['伸缩篱笆', 'expandable trellis fence', '6702100000', 'pcs', 1500, 6000, 30, 300, 10, 20, '100x40x40', 1000, 'expandable fence with leaves|faux ivy privacy fence', '仿真伸缩栅栏'],
]);
leaf('230301', 'height=15cm/15 cm;20cm/20 cm;30cm/30 cm;40cm/40 cm|material=玻璃/glass;陶瓷/ceramic;塑料/plastic;金属/metal', [
  ['水培玻璃花瓶', 'hydroponic glass vase', '7013990000', 'pcs', 300, 3000, 100, 1000, 24, 48, '55x45x45', 500, 'clear flower vase|propagation vase|bud vase', '透明花瓶|水培花瓶'],
  ['陶瓷插花瓶', 'ceramic flower vase', '6913900000', 'pcs', 800, 6000, 50, 500, 24, 36, '55x45x45', 600, 'porcelain flower vase|nordic vase', '瓷花瓶|北欧花瓶'],
  ['塑料花盆', 'plastic flower pot', '3924900000', 'pcs', 50, 800, 300, 3000, 100, 200, '60x50x45', 100, 'plant pot|nursery pot|self watering pot', '花盆|树脂花盆'],
  ['陶瓷花盆', 'ceramic flower pot', '6914900000', 'pcs', 500, 5000, 50, 500, 20, 30, '55x45x45', 800, 'ceramic planter|succulent pot|indoor planter', '瓷花盆|多肉花盆'],
  ['铁艺花架', 'metal plant stand', '7326909000', 'pcs', 1500, 8000, 30, 300, 6, 10, '80x40x30', 2000, 'plant shelf|flower stand|plant rack', '花架|多层花架'],
]);
leaf('230302', null, [
  ['花泥', 'floral foam', '3921190000', 'pcs', 100, 800, 200, 2000, 20, 48, '50x45x35', 200, 'oasis foam|wet foam brick|flower foam', '吸水花泥|干花泥'],
  ['花艺铁丝', 'floral wire', '7217900000', 'pack', 100, 600, 200, 2000, 200, 300, '50x40x30', 80, 'paper covered wire|stem wire', '纸包铁丝|花杆铁丝'],
  ['花束包装纸', 'flower wrapping paper', '4811900000', 'pack', 300, 2000, 100, 1000, 40, 60, '60x45x30', 400, 'bouquet wrapping paper|korean flower paper|florist wrap', '花艺包装纸|欧雅纸'],
  ['花艺胶带', 'floral tape', '4823900000', 'roll', 30, 300, 500, 5000, 500, 1000, '50x40x30', 25, 'stem wrap tape|floral stem tape', '绿胶带|花杆胶带'],
  ['花盒', 'flower box', '4819200000', 'pcs', 200, 2000, 100, 1000, 30, 60, '60x45x45', 300, 'florist box|round flower box|rose box', '抱抱桶|鲜花盒'],
]);

// ─── 24 服装辅料 Garment trims & accessories ─────────────────────────────────
leaf('240101', RIBBON, [
  ['罗纹带', 'grosgrain ribbon', '5806320000', 'roll', 200, 1500, 100, 1000, 100, 200, '50x40x35', 150, 'grosgrain|ribbed ribbon|hair bow ribbon', '罗缎带|螺纹丝带'],
  ['缎带', 'satin ribbon', '5806320000', 'roll', 150, 1200, 100, 1000, 100, 200, '50x40x35', 120, 'double face satin ribbon|gift ribbon', '丝带|缎面丝带'],
  ['雪纱带', 'organza ribbon', '5806320000', 'roll', 100, 1000, 100, 1000, 150, 300, '50x40x35', 80, 'sheer ribbon|chiffon ribbon|voile ribbon', '雪纺丝带|欧根纱带'],
  ['尼龙织带', 'nylon webbing', '5806320000', 'roll', 1000, 6000, 20, 200, 20, 40, '50x40x35', 600, 'strap webbing|backpack webbing|pp webbing', '箱包织带|涤纶织带'],
  ['棉织带', 'cotton webbing', '5806310000', 'roll', 800, 5000, 20, 200, 20, 40, '50x40x35', 600, 'cotton tape|herringbone tape|twill tape', '人字带|棉带'],
]);
leaf('240102', 'width=1cm/1 cm;3cm/3 cm;5cm/5 cm;10cm/10 cm;15cm/15 cm|material=涤纶/polyester;纯棉/cotton;锦纶/nylon', [
  ['蕾丝花边', 'lace trim', '5804210000', 'roll', 300, 3000, 50, 500, 50, 100, '50x40x35', 250, 'lace ribbon|lace edging|lace tape', '花边|蕾丝'],
  ['棉线蕾丝', 'cotton lace', '5804290000', 'roll', 500, 4000, 50, 500, 50, 100, '50x40x35', 250, 'crochet lace|cotton lace trim|eyelet lace', '棉蕾丝|钩针花边'],
  ['水溶花边', 'guipure lace', '5810100000', 'm', 200, 2000, 100, 1000, 300, 500, '50x40x35', 40, 'chemical lace|venise lace|embroidered lace trim', '水溶蕾丝|化学花边'],
  ['弹力蕾丝', 'stretch lace', '5804210000', 'roll', 300, 2500, 50, 500, 50, 100, '50x40x35', 250, 'elastic lace|lingerie lace|stretch lace trim', '弹性花边|内衣蕾丝'],
  ['流苏花边', 'tassel fringe trim', '5808900000', 'roll', 500, 4000, 50, 500, 30, 60, '50x40x35', 400, 'fringe trim|pom pom trim|tassel trim', '流苏|毛球花边'],
]);
leaf('240103', 'width=3mm/3 mm;6mm/6 mm;1cm/1 cm;2.5cm/2.5 cm;5cm/5 cm|colour=白色/white;黑色/black;彩色/colour', [
  ['松紧带', 'elastic band', '5806200000', 'roll', 200, 2000, 50, 500, 50, 100, '50x40x35', 250, 'flat elastic|woven elastic|sewing elastic', '橡筋带|平松紧'],
  ['腰头松紧带', 'waistband elastic', '5806200000', 'roll', 1000, 6000, 20, 200, 20, 40, '50x40x35', 600, 'wide elastic|jacquard waistband|logo elastic', '提花松紧带|腰头带'],
  ['针织松紧带', 'knitted elastic', '6002400000', 'roll', 300, 2500, 50, 500, 50, 100, '50x40x35', 250, 'knit elastic|soft elastic|lingerie elastic', '针织橡筋'],
  ['圆松紧绳', 'elastic cord', '5604100000', 'roll', 200, 2000, 50, 500, 50, 100, '50x40x35', 250, 'round elastic|stretch cord|beading elastic', '圆橡筋|弹力绳'],
  ['口罩耳带', 'ear loop elastic', '5604100000', 'roll', 500, 3000, 20, 200, 20, 40, '50x40x35', 600, 'face mask elastic|earloop cord', '耳带绳|口罩绳'],
]);
leaf('240201', 'size=2x5cm/2 x 5 cm;3x6cm/3 x 6 cm;定制/custom|fold=平裁/straight cut;中折/centre fold;端折/end fold', [
  ['织唛', 'woven label', '5807100000', 'pcs', 3, 50, 1000, 10000, 10000, 20000, '50x40x35', 1, 'clothing label|brand label|neck label|damask label', '商标|领唛|主唛'],
  ['印唛', 'printed label', '5807900000', 'pcs', 2, 30, 1000, 10000, 10000, 20000, '50x40x35', 1, 'satin label|printed ribbon label', '缎带唛|印刷商标'],
  ['洗水唛', 'care label', '5807900000', 'pcs', 1, 20, 2000, 20000, 10000, 30000, '50x40x35', 1, 'wash care label|washing instruction label|size label', '洗标|成分标|尺码标'],
  ['PU皮标', 'pu leather label', '3926909000', 'pcs', 10, 150, 1000, 10000, 5000, 10000, '50x40x35', 2, 'leather patch|jeans leather tag|faux leather label', '皮牌|牛仔皮牌'],
  ['硅胶商标', 'silicone label', '3926909000', 'pcs', 10, 150, 1000, 10000, 5000, 10000, '50x40x35', 2, 'rubber patch|3d silicone logo|pvc label', '硅胶标|TPU商标'],
]);
leaf('240202', null, [
  ['吊牌', 'hang tag', '4821100000', 'pcs', 3, 50, 1000, 10000, 5000, 10000, '50x40x35', 2, 'swing tag|clothing tag|price tag|kraft tag', '纸吊牌|服装吊牌'],
  ['吊粒', 'tag fastener', '3926909000', 'box', 300, 1500, 50, 500, 50, 100, '50x40x35', 250, 'tagging barbs|tag pins|plastic fastener', '胶针|吊牌枪针'],
  ['吊牌绳', 'hang tag string', '5609000000', 'pcs', 2, 20, 2000, 20000, 10000, 20000, '50x40x35', 1, 'tag string|hang tag cord|seal tag string', '吊粒绳|手穿绳'],
  ['吊牌枪', 'tagging gun', '8472900000', 'pcs', 500, 3000, 50, 500, 60, 100, '50x40x35', 150, 'tag gun|price tag gun|clothing tag gun', '挂牌枪|胶针枪'],
  ['不干胶标签', 'sticker label', '4821100000', 'roll', 200, 2000, 100, 1000, 50, 100, '50x40x35', 200, 'price sticker|barcode label|adhesive label', '价格标签|条码贴'],
]);
leaf('240301', 'size=SS6/SS6;SS10/SS10;SS16/SS16;SS20/SS20;SS30/SS30|colour=白钻/crystal clear;AB色/crystal AB;彩色/assorted colours', [
  ['烫钻', 'hotfix rhinestone', '7018100000', 'pack', 300, 3000, 50, 500, 200, 400, '45x35x30', 60, 'hot fix crystals|iron on rhinestones|flatback rhinestones', '烫石|韩国烫钻'],
  ['水钻', 'sew-on rhinestone', '7018100000', 'pack', 300, 3000, 50, 500, 200, 400, '45x35x30', 60, 'sew on crystals|claw rhinestones|glass gems', '手缝钻|爪钻'],
  ['树脂钻', 'resin rhinestone', '3926909000', 'pack', 100, 1000, 100, 1000, 200, 400, '45x35x30', 60, 'acrylic rhinestones|flatback gems|nail rhinestones', '亚克力钻|平底钻'],
  ['烫钻图案', 'rhinestone transfer', '7018100000', 'pcs', 200, 3000, 100, 1000, 300, 500, '45x35x30', 40, 'iron on rhinestone motif|rhinestone applique|hotfix motif', '烫钻贴|烫画钻'],
  ['钻链', 'rhinestone chain', '7117900000', 'roll', 1000, 8000, 20, 200, 30, 60, '45x35x30', 300, 'cup chain|crystal chain trim', '爪链|水钻链'],
]);
leaf('240302', 'size=3mm/3 mm;5mm/5 mm;8mm/8 mm;10mm/10 mm|finish=镭射/laser;哑光/matte;电镀/metallic', [
  ['亮片', 'sequin', '3926909000', 'pack', 100, 1000, 100, 1000, 200, 400, '45x35x30', 60, 'loose sequins|paillettes|spangles', '散装亮片|珠片'],
  ['亮片布', 'sequin fabric', '5810920000', 'm', 1500, 8000, 20, 200, 50, 100, '60x40x40', 250, 'sequin fabric by the yard|sequin mesh fabric', '珠片布|亮片刺绣布'],
  ['亮片串', 'sequin trim', '5808900000', 'roll', 500, 3000, 50, 500, 50, 100, '45x35x30', 200, 'sequin string|strung sequins|sequin tape', '亮片带|串珠亮片'],
  ['翻转亮片贴', 'reversible sequin patch', '5810920000', 'pcs', 300, 2500, 100, 1000, 300, 500, '45x35x30', 40, 'flip sequin patch|magic sequin applique', '双色翻转亮片'],
]);
leaf('240303', 'size=3cm/3 cm;5cm/5 cm;8cm/8 cm;定制/custom|backing=烫胶/iron-on;魔术贴/hook and loop;缝制/sew-on', [
  ['刺绣布贴', 'embroidered patch', '5810920000', 'pcs', 50, 800, 200, 2000, 1000, 2000, '50x40x35', 8, 'iron on patch|embroidery patch|badge patch', '绣花贴|刺绣章'],
  ['烫画', 'heat transfer', '4908900000', 'pcs', 30, 500, 200, 2000, 1000, 2000, '50x40x35', 8, 'iron on transfer|dtf transfer|heat transfer vinyl print', '烫印图案|热转印'],
  ['毛巾绣布贴', 'chenille patch', '5810920000', 'pcs', 200, 1500, 100, 1000, 500, 1000, '50x40x35', 15, 'varsity letter patch|chenille letter', '毛巾绣|字母布贴'],
  ['PVC徽章', 'pvc patch', '3926909000', 'pcs', 100, 800, 200, 2000, 1000, 2000, '50x40x35', 10, 'rubber patch|tactical patch|3d pvc patch', '软胶臂章|PVC贴标'],
  ['魔术贴臂章', 'hook and loop patch', '5810920000', 'pcs', 100, 1000, 200, 2000, 1000, 2000, '50x40x35', 10, 'velcro patch|morale patch|tactical embroidered patch', '战术臂章|魔术贴章'],
]);
leaf('240401', 'width=16mm/16 mm;20mm/20 mm;25mm/25 mm;50mm/50 mm;100mm/100 mm|colour=黑色/black;白色/white;彩色/colour', [
  ['魔术贴', 'hook and loop tape', '5806100000', 'roll', 500, 3000, 50, 500, 30, 50, '50x40x35', 400, 'velcro tape|sew on hook and loop|fastening tape', '粘扣带|子母贴'],
  ['背胶魔术贴', 'adhesive hook and loop', '5806100000', 'roll', 800, 4000, 50, 500, 30, 50, '50x40x35', 450, 'self adhesive velcro|sticky back hook and loop', '自粘魔术贴|带胶粘扣'],
  ['魔术贴扎带', 'hook and loop cable tie', '5806100000', 'pack', 200, 1500, 100, 1000, 200, 400, '50x40x35', 60, 'velcro cable ties|reusable cable ties|cord organizer', '理线带|魔术贴绑带'],
  ['魔术贴圆点', 'hook and loop dots', '5806100000', 'pack', 100, 800, 100, 1000, 300, 600, '50x40x35', 30, 'velcro dots|adhesive coins|sticky dots', '圆形粘扣|魔术贴贴片'],
]);
leaf('240402', 'diameter=3mm/3 mm;5mm/5 mm;8mm/8 mm;10mm/10 mm|material=涤纶/polyester;棉/cotton;尼龙/nylon', [
  ['抽绳', 'drawstring', '5609000000', 'pcs', 20, 200, 1000, 10000, 2000, 4000, '50x40x35', 5, 'drawstring cord|waistband drawstring|cord with tips', '裤绳|腰绳'],
  ['卫衣帽绳', 'hoodie drawstring', '5609000000', 'pcs', 30, 300, 1000, 10000, 2000, 3000, '50x40x35', 8, 'hoodie string|flat drawstring|aglet cord', '帽绳|扁绳'],
  ['棉绳', 'cotton rope', '5607900000', 'roll', 500, 4000, 50, 500, 20, 40, '50x40x35', 500, 'macrame cord|cotton cord|braided cotton rope', '编织棉绳|挂毯绳'],
  ['蜡绳', 'waxed cord', '5607500000', 'roll', 200, 1500, 100, 1000, 60, 100, '50x40x35', 150, 'waxed thread|waxed polyester cord|jewelry cord', '韩国蜡线|手链绳'],
  ['弹力绳', 'bungee cord', '5604100000', 'roll', 500, 3000, 50, 500, 20, 40, '50x40x35', 600, 'shock cord|elastic rope|stretch rope', '弹力橡筋绳|伞绳'],
  ['编织绳', 'braided cord', '5607500000', 'roll', 500, 3000, 50, 500, 20, 40, '50x40x35', 500, 'paracord|polyester braided rope|utility cord', '伞绳|PP编织绳'],
]);

// ─── 25 手机配件 Phone accessories ───────────────────────────────────────────
leaf('250101', PHONE, [
  ['手机壳', 'phone case', '3926909000', 'pcs', 200, 2500, 100, 1000, 300, 500, '50x40x35', 40, 'mobile phone case|cell phone cover|phone cover', '手机保护壳|手机套'],
  ['透明手机壳', 'clear phone case', '3926909000', 'pcs', 100, 1200, 200, 2000, 300, 500, '50x40x35', 35, 'transparent case|tpu clear case|crystal clear case', '透明壳|TPU软壳'],
  ['防摔手机壳', 'shockproof phone case', '3926909000', 'pcs', 500, 3500, 100, 1000, 200, 300, '50x40x35', 70, 'rugged case|armor case|drop proof case', '四角气囊壳|军工防摔壳'],
  ['磁吸手机壳', 'magnetic phone case', '3926909000', 'pcs', 500, 3500, 100, 1000, 200, 300, '50x40x35', 50, 'magsafe case|magnetic case', 'MagSafe手机壳|磁吸壳'],
  ['皮套手机壳', 'wallet phone case', '4202320000', 'pcs', 800, 5000, 100, 1000, 150, 250, '50x40x35', 90, 'flip case|leather phone case|card holder case', '翻盖皮套|插卡手机壳'],
]);
leaf('250102', PHONE, [
  ['钢化膜', 'tempered glass screen protector', '7007190000', 'pcs', 80, 800, 200, 2000, 400, 800, '50x40x35', 30, 'screen protector|glass protector|9h tempered glass', '手机钢化膜|全屏钢化膜'],
  ['防窥膜', 'privacy screen protector', '7007190000', 'pcs', 200, 1500, 200, 2000, 400, 800, '50x40x35', 30, 'anti spy screen protector|privacy glass', '防偷窥膜'],
  ['水凝膜', 'hydrogel film', '3919900000', 'pcs', 50, 500, 200, 2000, 1000, 2000, '50x40x35', 10, 'hydrogel screen protector|tpu film|soft screen protector', '软膜|高清水凝膜'],
  ['镜头膜', 'camera lens protector', '7007190000', 'pcs', 80, 800, 200, 2000, 800, 1500, '50x40x35', 15, 'lens protector|camera protector|lens glass', '镜头保护膜|镜头圈'],
  ['贴膜神器', 'screen protector installer', '3926909000', 'pcs', 300, 2000, 100, 1000, 150, 250, '50x40x35', 60, 'installation kit|alignment frame|easy install tray', '贴膜器|秒贴盒'],
]);
leaf('250201', CABLE, [
  ['数据线', 'charging cable', '8544420000', 'pcs', 150, 1500, 200, 2000, 300, 500, '50x40x35', 40, 'usb cable|phone charger cable|charger cord', '充电线|手机数据线'],
  ['编织数据线', 'braided charging cable', '8544420000', 'pcs', 300, 2500, 200, 2000, 300, 500, '50x40x35', 50, 'nylon braided cable|durable charging cable', '尼龙编织线'],
  ['快充数据线', 'fast charging cable', '8544420000', 'pcs', 300, 3000, 200, 2000, 300, 500, '50x40x35', 45, 'pd fast charge cable|usb c to usb c cable|100w cable', 'PD快充线|超级快充线'],
  ['三合一数据线', '3-in-1 charging cable', '8544420000', 'pcs', 300, 2000, 200, 2000, 300, 500, '50x40x35', 50, 'multi charging cable|3 in 1 cable|universal charging cable', '一拖三数据线|多头充电线'],
  ['伸缩数据线', 'retractable charging cable', '8544420000', 'pcs', 400, 2500, 200, 2000, 200, 400, '50x40x35', 60, 'retractable cable|coiled charging cable', '收纳数据线'],
]);
leaf('250202', 'plug=中规/China plug;欧规/EU plug;英规/UK plug;美规/US plug|power=5W/5W;20W/20W;35W/35W;65W/65W', [
  ['充电头', 'usb wall charger', '8504400000', 'pcs', 300, 3000, 100, 1000, 200, 400, '50x40x35', 60, 'wall charger|usb charger|charging adapter|power adapter', '充电器|电源适配器'],
  ['氮化镓充电器', 'gan charger', '8504400000', 'pcs', 2000, 10000, 50, 500, 100, 200, '50x40x35', 120, 'gan fast charger|65w charger|laptop usb c charger', 'GaN快充|多口快充头'],
  ['无线充电器', 'wireless charger', '8504400000', 'pcs', 800, 5000, 100, 1000, 100, 200, '50x40x35', 120, 'qi charger|wireless charging pad|magsafe charger', '无线充|磁吸无线充'],
  ['三合一无线充电座', '3-in-1 wireless charging station', '8504400000', 'pcs', 3000, 15000, 50, 500, 20, 40, '50x40x35', 500, 'wireless charging stand|charging dock|phone watch earbuds charger', '三合一无线充|充电底座'],
  ['多口充电站', 'usb charging station', '8504400000', 'pcs', 2000, 10000, 50, 500, 30, 50, '50x40x35', 350, 'multi port charger|desktop charging hub', '多口充电器|桌面充电座'],
]);
leaf('250203', 'capacity=5000mAh/5000 mAh;10000mAh/10000 mAh;20000mAh/20000 mAh;30000mAh/30000 mAh', [
  ['充电宝', 'power bank', '8507600000', 'pcs', 2000, 10000, 50, 500, 40, 60, '50x40x35', 300, 'portable charger|battery pack|external battery', '移动电源|充电宝'],
  ['磁吸充电宝', 'magnetic power bank', '8507600000', 'pcs', 3000, 12000, 50, 500, 40, 60, '50x40x35', 250, 'magsafe power bank|wireless power bank|magnetic battery pack', '磁吸无线充电宝|背夹电源'],
  ['自带线充电宝', 'power bank with built-in cable', '8507600000', 'pcs', 2500, 10000, 50, 500, 40, 60, '50x40x35', 300, 'power bank with cables|all in one power bank', '自带线移动电源'],
  ['迷你充电宝', 'mini power bank', '8507600000', 'pcs', 1500, 6000, 50, 500, 60, 100, '50x40x35', 150, 'lipstick power bank|capsule power bank|pocket charger', '胶囊充电宝|口袋电源'],
  ['户外电源', 'portable power station', '8507600000', 'pcs', 50000, 250000, 5, 50, 1, 2, '50x40x35', 9000, 'solar generator|camping power station|outdoor power supply', '便携式储能电源|户外移动电源'],
]);
leaf('250301', 'material=ABS/ABS;铝合金/aluminium alloy;硅胶/silicone|colour=黑色/black;白色/white;银色/silver;粉色/pink', [
  ['桌面手机支架', 'phone stand', '3926909000', 'pcs', 200, 2000, 100, 1000, 100, 200, '50x40x35', 100, 'desk phone holder|cell phone stand|foldable stand', '懒人支架|桌面支架'],
  ['铝合金手机支架', 'aluminium phone stand', '7616990000', 'pcs', 800, 4000, 100, 1000, 50, 100, '50x40x35', 250, 'metal phone stand|adjustable phone stand', '金属支架|折叠铝支架'],
  ['懒人支架', 'gooseneck phone holder', '3926909000', 'pcs', 800, 4000, 100, 1000, 40, 60, '50x40x35', 350, 'flexible arm phone holder|bed phone holder|clamp phone mount', '床头支架|夹子支架'],
  ['手机指环扣', 'phone ring holder', '3926909000', 'pcs', 50, 500, 500, 5000, 1000, 2000, '50x40x35', 10, 'ring stand|finger ring holder|phone ring grip', '指环支架|指环扣'],
  ['气囊支架', 'phone grip', '3926909000', 'pcs', 50, 800, 500, 5000, 1000, 2000, '50x40x35', 12, 'pop grip|phone socket|collapsible grip', '伸缩支架|泡泡骚'],
  ['平板支架', 'tablet stand', '7616990000', 'pcs', 1500, 6000, 50, 500, 30, 50, '50x40x35', 400, 'ipad stand|tablet holder|adjustable tablet mount', 'iPad支架|平板电脑支架'],
]);
leaf('250302', null, [
  ['自拍杆', 'selfie stick', '9620000000', 'pcs', 800, 5000, 50, 500, 60, 100, '50x40x35', 200, 'selfie monopod|bluetooth selfie stick|extendable selfie stick', '蓝牙自拍杆|手机自拍杆'],
  ['手机三脚架', 'phone tripod', '9620000000', 'pcs', 1000, 6000, 50, 500, 40, 60, '50x40x35', 350, 'tripod stand|mini tripod|octopus tripod', '三脚架|直播支架'],
  ['补光灯', 'ring light', '9405420000', 'pcs', 1500, 8000, 50, 500, 10, 20, '60x50x40', 1200, 'selfie ring light|led ring light|circle light', '环形补光灯|直播补光灯'],
  ['蓝牙遥控器', 'bluetooth shutter remote', '8526920000', 'pcs', 200, 1500, 100, 1000, 500, 1000, '50x40x35', 15, 'camera remote|selfie remote|bluetooth remote shutter', '自拍遥控器|蓝牙快门'],
  ['手机稳定器', 'phone gimbal', '8479890000', 'pcs', 8000, 40000, 10, 100, 10, 20, '50x40x35', 900, 'gimbal stabilizer|handheld stabilizer|3 axis gimbal', '手持云台|防抖稳定器'],
]);
leaf('250303', null, [
  ['斜挎手机挂绳', 'crossbody phone lanyard', '6307900000', 'pcs', 200, 2000, 100, 1000, 300, 500, '50x40x35', 30, 'phone strap|crossbody lanyard|phone necklace', '手机背带|可调节挂绳'],
  ['手机短挂绳', 'phone wrist strap', '6307900000', 'pcs', 50, 800, 200, 2000, 1000, 2000, '50x40x35', 10, 'wrist lanyard|phone charm strap|hand strap', '手腕绳|短挂绳'],
  ['手机挂件', 'phone charm', '7117900000', 'pcs', 100, 1500, 100, 1000, 500, 1000, '50x40x35', 15, 'beaded phone charm|phone chain charm|kawaii phone charm', '手机链|串珠挂件'],
  ['防丢挂片', 'lanyard patch', '3926909000', 'pcs', 20, 200, 500, 5000, 2000, 4000, '50x40x35', 3, 'tether tab|lanyard card|phone lanyard pad', '挂绳垫片|手机挂片'],
  ['手机防尘塞', 'dust plug charm', '3926909000', 'pcs', 20, 300, 500, 5000, 2000, 4000, '50x40x35', 4, 'anti dust plug|charging port plug', '防尘塞|耳机孔塞'],
]);

// ─── 26 进口商品 Imported goods ───────────────────────────────────────────────
leaf('260101', 'origin=比利时/Belgium;瑞士/Switzerland;意大利/Italy;俄罗斯/Russia;马来西亚/Malaysia', [
  ['进口巧克力', 'imported chocolate', '1806320000', 'box', 1000, 8000, 24, 240, 24, 48, '45x35x30', 300, 'chocolate bar|european chocolate|dark chocolate', '黑巧克力|牛奶巧克力'],
  ['夹心巧克力', 'filled chocolate', '1806310000', 'box', 1500, 10000, 24, 240, 24, 48, '45x35x30', 350, 'hazelnut chocolate|praline chocolate|chocolate gift box', '榛果巧克力|巧克力礼盒'],
  ['进口软糖', 'gummy candy', '1704900000', 'bag', 500, 3000, 48, 480, 48, 96, '45x35x30', 200, 'gummies|gummy bears|jelly candy', '橡皮糖|QQ糖'],
  ['进口硬糖', 'hard candy', '1704900000', 'box', 600, 4000, 48, 480, 48, 96, '45x35x30', 200, 'boiled sweets|fruit drops|lollipops', '水果糖|棒棒糖'],
  ['口香糖', 'chewing gum', '1704100000', 'box', 500, 3000, 48, 480, 48, 96, '45x35x30', 150, 'gum|sugar free gum|bubble gum', '木糖醇口香糖|泡泡糖'],
]);
leaf('260102', 'origin=韩国/Korea;日本/Japan;马来西亚/Malaysia;泰国/Thailand;德国/Germany;丹麦/Denmark', [
  ['曲奇饼干', 'butter cookies', '1905310000', 'box', 1000, 6000, 24, 240, 12, 24, '45x35x30', 600, 'danish butter cookies|cookie tin|biscuits', '黄油曲奇|丹麦曲奇'],
  ['威化饼干', 'wafer', '1905320000', 'bag', 300, 2000, 48, 480, 24, 48, '45x35x30', 250, 'wafer biscuits|cream wafers|wafer rolls', '威化|夹心威化'],
  ['薯片', 'potato chips', '2005200000', 'bag', 300, 2000, 48, 480, 24, 48, '55x40x35', 150, 'crisps|potato crisps|snack chips', '进口薯片|膨化零食'],
  ['混合坚果', 'mixed nuts', '2008190000', 'bag', 1000, 6000, 24, 240, 24, 48, '45x35x30', 400, 'roasted nuts|trail mix|daily nuts', '每日坚果|综合果仁'],
  ['海苔零食', 'seaweed snack', '2008990000', 'bag', 200, 1500, 48, 480, 96, 144, '55x40x35', 60, 'roasted seaweed|nori snack|laver snack', '即食海苔|烤海苔'],
]);
leaf('260103', 'origin=意大利/Italy;越南/Vietnam;马来西亚/Malaysia;泰国/Thailand;韩国/Korea', [
  ['速溶咖啡', 'instant coffee', '2101120000', 'box', 1000, 6000, 24, 240, 24, 48, '45x35x30', 350, '3 in 1 coffee|coffee mix|instant coffee sticks', '三合一咖啡|白咖啡'],
  ['咖啡豆', 'coffee beans', '0901210000', 'bag', 3000, 15000, 12, 120, 20, 30, '45x35x30', 550, 'roasted coffee beans|whole bean coffee|espresso beans', '烘焙咖啡豆|意式咖啡豆'],
  ['进口果汁', 'fruit juice', '2009890000', 'pcs', 500, 2500, 48, 480, 12, 24, '45x35x30', 1100, 'juice drink|nfc juice|100% juice', '果汁饮料|NFC果汁'],
  ['奶茶粉', 'milk tea powder', '2106900000', 'bag', 500, 3000, 48, 480, 24, 48, '45x35x30', 400, 'bubble tea powder|instant milk tea|thai tea mix', '速溶奶茶|泰式奶茶'],
  ['进口气泡水', 'sparkling water', '2201100000', 'pcs', 300, 1500, 48, 480, 12, 24, '45x35x30', 1000, 'mineral water|carbonated water|soda water', '苏打水|矿泉水'],
  ['能量饮料', 'energy drink', '2202990000', 'pcs', 300, 1500, 48, 480, 24, 24, '45x35x30', 300, 'sports drink|canned energy drink', '功能饮料|运动饮料'],
]);
leaf('260201', 'origin=法国/France;意大利/Italy;西班牙/Spain;智利/Chile;澳大利亚/Australia|volume=187ml/187 ml;375ml/375 ml;750ml/750 ml;1.5L/1.5 L', [
  ['进口红酒', 'red wine', '2204210000', 'pcs', 3000, 50000, 12, 120, 6, 12, '35x25x33', 1400, 'dry red wine|cabernet sauvignon|merlot|bordeaux wine', '干红葡萄酒|红葡萄酒'],
  ['进口白葡萄酒', 'white wine', '2204210000', 'pcs', 3000, 40000, 12, 120, 6, 12, '35x25x33', 1400, 'dry white wine|chardonnay|sauvignon blanc', '干白葡萄酒|白葡萄酒'],
  ['起泡酒', 'sparkling wine', '2204100000', 'pcs', 4000, 60000, 12, 120, 6, 12, '35x25x33', 1600, 'prosecco|champagne|moscato|cava', '香槟|气泡酒'],
  ['桃红葡萄酒', 'rose wine', '2204210000', 'pcs', 3000, 30000, 12, 120, 6, 12, '35x25x33', 1400, 'rose|pink wine|blush wine', '桃红酒|粉红葡萄酒'],
  ['冰酒', 'ice wine', '2204210000', 'pcs', 8000, 60000, 6, 60, 6, 12, '35x25x33', 900, 'icewine|dessert wine|sweet wine', '甜白|冰葡萄酒'],
]);
leaf('260202', 'origin=德国/Germany;比利时/Belgium;荷兰/Netherlands;捷克/Czech Republic;墨西哥/Mexico|package=330ml罐装/330 ml can;500ml罐装/500 ml can;330ml瓶装/330 ml bottle;5L桶装/5 L keg', [
  ['进口啤酒', 'imported beer', '2203000000', 'pcs', 500, 2500, 48, 480, 24, 24, '40x27x25', 550, 'lager|pilsner|beer', '拉格啤酒|黄啤'],
  ['小麦啤酒', 'wheat beer', '2203000000', 'pcs', 800, 3000, 48, 480, 24, 24, '40x27x25', 550, 'weissbier|hefeweizen|german wheat beer', '白啤|德国小麦啤'],
  ['精酿啤酒', 'craft beer', '2203000000', 'pcs', 1000, 5000, 24, 240, 24, 24, '40x27x25', 550, 'ipa|craft ale|stout', 'IPA|精酿'],
  ['比利时修道院啤酒', 'belgian abbey beer', '2203000000', 'pcs', 1500, 6000, 24, 240, 24, 24, '40x27x25', 600, 'trappist beer|belgian ale|dubbel|tripel', '修道院啤酒|比利时啤酒'],
  ['桶装啤酒', 'beer keg', '2203000000', 'pcs', 6000, 20000, 10, 100, 2, 4, '40x30x40', 5800, '5l beer keg|party keg|mini keg', '5L桶啤|鲜啤桶'],
]);
leaf('260301', 'origin=日本/Japan;韩国/Korea;法国/France;泰国/Thailand;澳大利亚/Australia', [
  ['进口面霜', 'imported face cream', '3304990000', 'pcs', 2000, 20000, 12, 120, 48, 96, '45x35x30', 180, 'korean moisturizer|japanese face cream|k-beauty cream', '韩国面霜|日本面霜'],
  ['进口面膜', 'imported sheet mask', '3304990000', 'box', 1500, 8000, 24, 240, 48, 96, '45x35x30', 250, 'korean sheet mask|k-beauty mask|mask pack', '韩国面膜|日本面膜'],
  ['进口精华', 'imported serum', '3304990000', 'pcs', 3000, 30000, 12, 120, 48, 96, '45x35x30', 150, 'essence|ampoule|k-beauty serum', '安瓶精华|精华水'],
  ['进口防晒', 'imported sunscreen', '3304990000', 'pcs', 1500, 10000, 24, 240, 48, 96, '45x35x30', 120, 'japanese sunscreen|sun milk|spf50 sunscreen', '日本防晒|防晒乳'],
  ['马油霜', 'horse oil cream', '3304990000', 'pcs', 1500, 8000, 24, 240, 48, 96, '45x35x30', 150, 'horse fat cream|japanese horse oil', '马油|马油面霜'],
]);
leaf('260302', 'origin=日本/Japan;德国/Germany;韩国/Korea;泰国/Thailand;美国/USA', [
  ['进口洗衣液', 'laundry detergent', '3402500000', 'pcs', 2000, 8000, 24, 240, 4, 6, '40x30x30', 3200, 'liquid detergent|laundry liquid|washing liquid', '洗衣露|浓缩洗衣液'],
  ['洗衣凝珠', 'laundry pods', '3402500000', 'box', 2000, 8000, 24, 240, 8, 12, '40x30x30', 1200, 'laundry capsules|detergent pods|washing pods', '洗衣球|洗衣胶囊'],
  ['洗碗机洗涤块', 'dishwasher tablets', '3402500000', 'box', 3000, 10000, 24, 240, 8, 12, '40x30x30', 1200, 'dishwasher pods|dishwasher detergent', '洗碗块|洗碗粉'],
  ['衣物柔顺剂', 'fabric softener', '3809910000', 'pcs', 1500, 6000, 24, 240, 6, 8, '40x30x30', 2200, 'fabric conditioner|softener', '柔顺剂|护理剂'],
  ['马桶清洁剂', 'toilet cleaner', '3402500000', 'pcs', 800, 3000, 24, 240, 12, 24, '40x30x30', 600, 'toilet bowl cleaner|toilet gel|toilet blocks', '洁厕灵|洁厕宝'],
  ['除菌喷雾', 'disinfectant spray', '3808940000', 'pcs', 1500, 5000, 24, 240, 12, 24, '40x30x30', 450, 'antibacterial spray|sanitizer spray', '消毒喷雾|抗菌喷雾'],
]);
leaf('260401', 'origin=俄罗斯/Russia;土耳其/Türkiye;印度/India;泰国/Thailand;肯尼亚/Kenya;捷克/Czech Republic', [
  ['俄罗斯套娃', 'matryoshka doll', '4420190000', 'set', 3000, 30000, 10, 100, 20, 40, '50x40x35', 400, 'russian nesting doll|nesting dolls|babushka doll', '套娃|木制套娃'],
  ['土耳其马赛克灯', 'turkish mosaic lamp', '9405210000', 'pcs', 5000, 30000, 10, 100, 10, 20, '50x40x40', 1200, 'moroccan lamp|mosaic glass lamp|turkish lamp', '土耳其灯|马赛克台灯'],
  ['印度线香', 'incense sticks', '3307410000', 'box', 500, 3000, 50, 500, 100, 200, '50x40x35', 100, 'agarbatti|indian incense|incense sticks pack', '印度香|香薰线香'],
  ['非洲木雕', 'african wood carving', '4420190000', 'pcs', 3000, 50000, 5, 50, 10, 20, '60x40x40', 1000, 'african sculpture|ebony carving|wooden figurine', '黑檀木雕|木雕摆件'],
  ['泰国手工香皂', 'handmade soap', '3401110000', 'pcs', 500, 3000, 50, 500, 100, 200, '50x40x35', 120, 'thai soap|natural soap|essential oil soap', '精油皂|手工皂'],
  ['波西米亚水晶摆件', 'bohemian crystal ornament', '7013990000', 'pcs', 5000, 50000, 5, 50, 10, 20, '50x40x40', 800, 'czech crystal|bohemia glass|crystal vase', '捷克水晶|水晶玻璃摆件'],
]);
leaf('260402', 'origin=日本/Japan;德国/Germany;韩国/Korea;土耳其/Türkiye;意大利/Italy', [
  ['进口保温杯', 'imported vacuum flask', '9617001900', 'pcs', 8000, 30000, 10, 100, 24, 36, '55x45x40', 500, 'japanese thermos|insulated tumbler|vacuum bottle', '日本保温杯|保温瓶'],
  ['进口刀具', 'imported kitchen knife', '8211920000', 'pcs', 5000, 50000, 6, 60, 20, 40, '50x40x30', 400, 'german kitchen knife|japanese chef knife|santoku knife', '德国刀|日本厨刀'],
  ['进口餐具', 'imported tableware', '6911101900', 'set', 5000, 40000, 6, 60, 6, 12, '55x45x40', 2000, 'japanese tableware|porcelain dinner set|ceramic bowl set', '日式餐具|陶瓷碗碟'],
  ['土耳其毛巾', 'turkish towel', '6302600000', 'pcs', 3000, 15000, 20, 200, 30, 50, '60x45x40', 400, 'peshtemal|hammam towel|turkish cotton towel', '土耳其浴巾|棉质浴巾'],
  ['进口香薰蜡烛', 'imported scented candle', '3406000000', 'pcs', 5000, 30000, 10, 100, 24, 48, '50x40x35', 450, 'luxury candle|scented jar candle|soy candle', '香薰蜡烛|香氛蜡烛'],
  ['不锈钢筷子', 'stainless steel chopsticks', '8215990000', 'set', 1000, 5000, 24, 240, 50, 100, '50x40x30', 250, 'korean chopsticks|metal chopsticks|reusable chopsticks', '韩国钢筷|金属筷子'],
]);

export const PRODUCT_KINDS: readonly ProductKind[] = KINDS;
