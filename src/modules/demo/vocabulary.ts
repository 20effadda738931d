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
