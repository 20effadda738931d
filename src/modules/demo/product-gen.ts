import { categoryIdOf, PRODUCT_KINDS, type ProductKind } from '../catalog/index.ts';
import { Rng } from '../../core/random.ts';
import type { GenMarket, GenMerchant } from './market-gen.ts';
import type { Scale } from './scale.ts';
import { CATEGORY_MODIFIERS, COLOURS, STYLES, type Modifier } from './market-words.ts';

/** One generated product, in the column order of PRODUCT_COLUMNS. */
export const PRODUCT_COLUMNS = [
  'id',
  'merchant_id',
  'stall_id',
  'category_id',
  'sku',
  'title_zh',
  'title_en',
  'description_zh',
  'description_en',
  'attributes',
  'unit',
  'moq',
  'currency',
  'price_tiers',
  'base_price',
  'stock',
  'hs_code',
  'carton_units',
  'carton_length_mm',
  'carton_width_mm',
  'carton_height_mm',
  'carton_gross_g',
  'created_at',
  'updated_at',
] as const;

const UNIT_ZH: Record<string, string> = {
  pcs: '个',
  set: '套',
  pair: '双',
  dozen: '打',
  box: '盒',
  pack: '包',
  roll: '卷',
  m: '米',
  kg: '千克',
  bag: '袋',
  carton: '箱',
};

const kindsByTop = new Map<string, ProductKind[]>();
for (const k of PRODUCT_KINDS) {
  const top = k.category.slice(0, 2);
  const list = kindsByTop.get(top) ?? [];
  list.push(k);
  kindsByTop.set(top, list);
}

const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());

function niceQty(x: number): number {
  if (x < 20) return Math.max(1, Math.round(x));
  if (x < 200) return Math.round(x / 10) * 10;
  if (x < 2000) return Math.round(x / 50) * 50;
  return Math.round(x / 500) * 500;
}
function nicePrice(fen: number): number {
  if (fen < 100) return Math.max(1, Math.round(fen));
  if (fen < 2000) return Math.round(fen / 5) * 5;
  return Math.round(fen / 10) * 10;
}

/** A merchant's range: a few kinds from its speciality, mostly from one sub-category, as stalls really are. */
function merchantKinds(rng: Rng, m: GenMerchant): ProductKind[] {
  const pool = kindsByTop.get(m.topCategory) ?? PRODUCT_KINDS;
  const anchor = rng.pick(pool);
  const near = pool.filter((k) => k.category.slice(0, 4) === anchor.category.slice(0, 4));
  const chosen = new Set<ProductKind>([anchor]);
  const n = rng.int(2, 5);
  for (let i = 0; i < n * 3 && chosen.size < n; i++) chosen.add(rng.chance(0.75) ? rng.pick(near) : rng.pick(pool));
  return [...chosen];
}

export interface GeneratedProduct {
  values: (string | number)[];
}

/**
 * Products for every merchant, deterministic per merchant (so any slice of the
 * market can be regenerated alone). Total = stalls × productsPerMerchant… spread
 * over merchants by the stalls they hold.
 * @example
 * ```ts
 * for (const row of generateProducts(market, scaleOf('tiny'))) rows.push(row);
 * ```
 */
export function* generateProducts(market: GenMarket, scale: Scale, seed = 7): Generator<(string | number)[]> {
  const total = scale.stalls * scale.productsPerMerchant;
  const heldStalls = market.merchants.reduce((s, m) => s + m.stalls.length, 0);
  let id = 0;
  let owed = 0;
  const now = Date.UTC(2026, 10, 1);
  for (const m of market.merchants) {
    const rng = new Rng(seed * 1_000_003 + m.id);
    owed += (total * m.stalls.length) / heldStalls;
    const count = Math.max(0, Math.round(owed) - id);
    const kinds = merchantKinds(rng, m);
    const district = market.districts.find((d) => market.stalls[m.stalls[0]! - 1]?.districtId === d.id)?.no ?? 1;
    for (let i = 0; i < count; i++) {
      const kind = kinds[i % kinds.length]!;
      id++;
      yield productRow(rng, id, m, kind, i + 1, district, now);
    }
  }
}

function productRow(rng: Rng, id: number, m: GenMerchant, kind: ProductKind, seq: number, district: number, now: number): (string | number)[] {
  const top = kind.category.slice(0, 2);
  const attrs: Record<string, Modifier> = {};
  for (const [key, values] of Object.entries(kind.attributes ?? {})) if (values.length) attrs[key] = rng.pick(values);
  const catMods = CATEGORY_MODIFIERS[top] ?? [];
  const lead: Modifier | undefined = catMods.length && rng.chance(0.5) ? rng.pick(catMods) : rng.chance(0.5) ? rng.pick(STYLES) : undefined;
  const colour = !attrs.colour && !attrs.plating && !attrs.shade && rng.chance(0.4) ? rng.pick(COLOURS) : undefined;
  const material = attrs.material;
  const spec = Object.entries(attrs).find(([k]) => k !== 'material' && k !== 'colour')?.[1];
  const zhParts = [lead?.zh, colour?.zh, material?.zh, kind.zh].filter(Boolean).join('');
  const titleZh = spec ? `${zhParts} ${spec.zh}` : zhParts;
  const titleEn = titleCase([lead?.en, colour?.en, material?.en, kind.en].filter(Boolean).join(' ')) + (spec ? ` ${spec.en}` : '');

  const moq = niceQty(rng.logUniform(kind.moq[0], Math.max(kind.moq[0], kind.moq[1])));
  const p1 = nicePrice(rng.logUniform(kind.priceFen[0], Math.max(kind.priceFen[0], kind.priceFen[1])));
  const tiers = [{ minQty: moq, unitPrice: p1 }];
  const nTiers = rng.int(1, 3);
  if (nTiers >= 2) tiers.push({ minQty: moq * 5, unitPrice: Math.max(1, Math.min(p1, nicePrice(p1 * 0.93))) });
  if (nTiers >= 3) tiers.push({ minQty: moq * 20, unitPrice: Math.max(1, Math.min(tiers[1]!.unitPrice, nicePrice(p1 * 0.86))) });

  const units = rng.int(kind.unitsPerCarton[0], Math.max(kind.unitsPerCarton[0], kind.unitsPerCarton[1]));
  const jitter = () => 0.9 + rng.next() * 0.2;
  const [l, w, h] = kind.cartonCm.map((c) => Math.max(10, Math.round(c * 10 * jitter()))) as [number, number, number];
  const grossG = Math.min(1_000_000, Math.max(100, Math.round(units * kind.unitGrossG * jitter())));
  const unitZh = UNIT_ZH[kind.unit] ?? '个';
  const attrZh = Object.entries(attrs)
    .map(([k, v]) => `${ATTR_ZH[k] ?? k}：${v.zh}`)
    .join('，');
  const attrEn = Object.entries(attrs)
    .map(([k, v]) => `${k}: ${v.en}`)
    .join(', ');
  const descZh = `${titleZh}。${attrZh ? `${attrZh}。` : ''}每箱${units}${unitZh}，外箱${l / 10}×${w / 10}×${h / 10}cm，毛重${grossG / 1000}kg。起订量${moq}${unitZh}，义乌国际商贸城${district}区现货批发，支持来样定制、印制logo。`;
  const descEn = `${titleEn}. ${attrEn ? `${attrEn}. ` : ''}${units} ${kind.unit} per carton, carton ${l / 10}×${w / 10}×${h / 10} cm, ${grossG / 1000} kg gross. MOQ ${moq} ${kind.unit}. In stock at Yiwu International Trade City, District ${district}; OEM and custom logo welcome.`;
  const created = new Date(now - rng.int(0, 3 * 365) * 86400_000 - rng.int(0, 86399) * 1000).toISOString();
  return [
    id,
    m.id,
    m.stalls[0]!,
    categoryIdOf(kind.category),
    `${kind.category}-${String(seq).padStart(4, '0')}`,
    titleZh,
    titleEn,
    descZh,
    descEn,
    JSON.stringify(Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, v.en]))),
    kind.unit,
    moq,
    'CNY',
    JSON.stringify(tiers),
    p1,
    rng.int(0, 50) * moq,
    kind.hs,
    units,
    l,
    w,
    h,
    grossG,
    created,
    created,
  ];
}

const ATTR_ZH: Record<string, string> = {
  material: '材质',
  colour: '颜色',
  size: '尺寸',
  capacity: '容量',
  age: '适用年龄',
  plating: '电镀',
  height: '高度',
  length: '长度',
  width: '宽度',
  voltage: '电压',
  plug: '插头',
  power: '功率',
  base: '灯头',
  strap: '表带',
  volume: '规格',
  shade: '色号',
  frame: '镜框',
  lens: '镜片',
  pattern: '图案',
  filling: '填充物',
  scale: '比例',
  battery: '电池',
  paper: '纸张',
  tip: '笔尖',
  'ink colour': '墨水颜色',
  ribs: '伞骨',
  fabric: '面料',
  handle: '手柄',
  model: '适用机型',
  connector: '接口',
  holes: '扣眼',
  pet: '适用宠物',
  'roll length': '卷长',
  'water resistance': '防水',
  'colour temperature': '色温',
};
