import { makeUscc } from '../market/index.ts';
import { Rng } from '../../core/random.ts';
import type { Scale } from './scale.ts';
import { BRAND_SYLLABLES, DISTRICTS, FIRM_SUFFIXES, MARKETS, TRADES } from './market-words.ts';

/**
 * The physical market and its people, generated deterministically: stalls laid
 * out by district/floor/street as in the International Trade City, merchants
 * specialised in their district's categories, and use-right histories.
 */
export interface GenStall {
  id: number;
  marketId: number;
  districtId: number;
  districtNo: number;
  floor: number;
  street: number;
  number: number;
  area: number;
}
export interface GenMerchant {
  id: number;
  nameZh: string;
  nameEn: string;
  brandZh: string;
  brandEn: string;
  uscc: string;
  topCategory: string;
  stalls: number[];
}
export interface GenMarket {
  markets: { id: number; code: string; zh: string; en: string }[];
  districts: { id: number; marketId: number; no: number; zh: string; en: string; floors: number; topCategories: string[] }[];
  stalls: GenStall[];
  merchants: GenMerchant[];
  former: { id: number; nameZh: string; nameEn: string; uscc: string }[];
  buyers: { id: number; nameZh: string | null; nameEn: string; country: string }[];
  agents: { id: number; nameZh: string; nameEn: string; uscc: string }[];
  holdings: { stallId: number; entityId: number; from: string; to: string | null; note: string | null }[];
}

const COUNTRIES = ['US', 'AE', 'RU', 'BR', 'IN', 'DE', 'GB', 'SA', 'NG', 'KZ', 'MX', 'IQ', 'EG', 'TR', 'PK', 'ID', 'VN', 'ES', 'FR', 'KR'];
const BUYER_WORDS = ['Global', 'Star', 'Golden', 'Ocean', 'Royal', 'Prime', 'Sunrise', 'Atlas', 'Delta', 'Eagle', 'Nova', 'Falcon'];
const BUYER_KINDS = ['Trading LLC', 'Import & Export', 'General Trading', 'Wholesale Ltd', 'Distribution GmbH', 'Retail Group'];

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Generate a market of a scale in memory: markets, districts, stalls, merchants
 * (with valid USCCs), buyers, agents and the stall holdings history.
 * Deterministic for the same scale and seed; writes nothing.
 * @example
 * ```ts
 * const market = generateMarket(scaleOf('tiny'));
 * console.log(market.stalls.length, market.merchants.length);
 * ```
 */
export function generateMarket(scale: Scale, seed = 20140501): GenMarket {
  const rng = new Rng(seed);
  const markets = MARKETS.map((m, i) => ({ id: i + 1, code: m.code, zh: m.zh, en: m.en }));
  const marketId = new Map(markets.map((m) => [m.code, m.id]));
  const districts = DISTRICTS.map((d, i) => ({
    id: i + 1,
    marketId: marketId.get(d.market) ?? 1,
    no: d.no,
    zh: d.zh,
    en: d.en,
    floors: d.floors,
    topCategories: [...d.topCategories],
  }));

  // Stalls: spread over districts in proportion to their floors; streets of up to 80 stalls.
  const totalFloors = districts.reduce((s, d) => s + d.floors, 0);
  const stalls: GenStall[] = [];
  let stallId = 0;
  districts.forEach((d, di) => {
    const share = di === districts.length - 1 ? scale.stalls - stalls.length : Math.round((scale.stalls * d.floors) / totalFloors);
    const perFloor = Math.ceil(share / d.floors);
    const base = perFloor > 9999 ? 100000 : 10000; // stall numbers: floor digit + running number on the floor
    let made = 0;
    for (let floor = 1; floor <= d.floors && made < share; floor++) {
      let onFloor = 0;
      const streets = Math.max(1, Math.ceil(perFloor / 80));
      const perStreet = Math.ceil(perFloor / streets);
      for (let street = 1; street <= streets && made < share; street++) {
        for (let k = 1; k <= perStreet && made < share; k++, made++) {
          stalls.push({
            id: ++stallId,
            marketId: d.marketId,
            districtId: d.id,
            districtNo: d.no,
            floor,
            street,
            number: floor * base + ++onFloor,
            area: rng.pick([9, 12, 12, 15, 18, 24]),
          });
        }
      }
    }
  });

  // Merchants: one or two neighbouring stalls each; ~3 % of stalls idle.
  const merchants: GenMerchant[] = [];
  const holdings: GenMarket['holdings'] = [];
  const former: GenMarket['former'] = [];
  let entityId = 0;
  const firmName = (r: Rng, top: string) => {
    const s = r.pick(BRAND_SYLLABLES);
    const given = r.pick(BRAND_SYLLABLES);
    const fits = TRADES.filter((t) => t.top === top);
    const trade = r.pick(fits.length ? fits : TRADES);
    const suffix = r.pick(FIRM_SUFFIXES);
    const brandZh = `${s.zh}${given.zh}`;
    const brandEn = cap(s.pinyin) + given.pinyin;
    return {
      nameZh: `义乌市${brandZh}${trade.zh}${suffix.zh}`,
      nameEn: `Yiwu ${brandEn} ${trade.en} ${suffix.en}`,
      brandZh: `${brandZh}${trade.zh}`,
      brandEn: `${brandEn} ${trade.en}`,
    };
  };
  for (let i = 0; i < stalls.length; i++) {
    const stall = stalls[i]!;
    if (rng.chance(0.03)) continue; // idle
    const district = districts[stall.districtId - 1]!;
    const id = ++entityId;
    const top = rng.pick(district.topCategories);
    const names = firmName(rng, top);
    const held = [stall.id];
    const next = stalls[i + 1];
    if (next && next.districtId === stall.districtId && next.street === stall.street && rng.chance(0.06)) {
      held.push(next.id);
      i++;
    }
    merchants.push({ id, ...names, uscc: makeUscc(id, rng.chance(0.6) ? '2' : '1'), topCategory: top, stalls: held });
  }
  // Use-right histories: a quarter of the stalls changed hands before.
  for (const m of merchants) {
    for (const sid of m.stalls) {
      const since = isoDate(rng.int(2012, 2025), rng.int(1, 12), rng.int(1, 28));
      if (rng.chance(0.25) && since > '2014-01-01') {
        const f = ++entityId;
        const names = firmName(rng, m.topCategory);
        former.push({ id: f, nameZh: names.nameZh, nameEn: names.nameEn, uscc: makeUscc(f, '2') });
        holdings.push({ stallId: sid, entityId: f, from: isoDate(rng.int(2005, 2013), rng.int(1, 12), rng.int(1, 28)), to: since, note: '商位流转 transfer' });
      }
      holdings.push({ stallId: sid, entityId: m.id, from: since, to: null, note: null });
    }
  }
  const buyers: GenMarket['buyers'] = [];
  const nBuyers = Math.max(10, Math.round(scale.stalls / 10));
  for (let b = 0; b < nBuyers; b++) {
    const country = rng.pick(COUNTRIES);
    buyers.push({ id: ++entityId, nameZh: null, nameEn: `${rng.pick(BUYER_WORDS)} ${rng.pick(BUYER_WORDS)} ${rng.pick(BUYER_KINDS)}`, country });
  }
  const agents: GenMarket['agents'] = [];
  const nAgents = Math.max(3, Math.round(scale.stalls / 500));
  for (let a = 0; a < nAgents; a++) {
    const s = rng.pick(BRAND_SYLLABLES);
    const id = ++entityId;
    agents.push({
      id,
      nameZh: `义乌${s.zh}通供应链管理有限公司`,
      nameEn: `Yiwu ${cap(s.pinyin)}tong Supply Chain Management Co., Ltd.`,
      uscc: makeUscc(id, '1'),
    });
  }
  return { markets, districts, stalls, merchants, former, buyers, agents, holdings };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
