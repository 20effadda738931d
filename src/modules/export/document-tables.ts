/**
 * The three documents of a consignment as printable tables, one spec that the
 * xlsx and the PDF renderers both draw: the goods list (商品清单), the
 * declarations (报关单, one section each) and the packing lists (装箱单, one
 * section per container). Labels are bilingual (中文 / English).
 */
import { exponentOf, formatDecimal } from '../../core/money.ts';
import type { ConsignmentDocuments } from './documents.ts';

export const DOCUMENT_KINDS = ['goods-list', 'declarations', 'packing-list'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Cell = string | number | { minor: number; currency: string };
export interface Column {
  label: string;
  /** Width in character units (xlsx) and relative width (PDF). */
  width: number;
  align: 'left' | 'right';
}
export interface Section {
  /** Sheet name (at most 31 characters) and section heading. */
  name: string;
  meta: [string, string][];
  columns: Column[];
  rows: Cell[][];
  total: Cell[] | null;
}
export interface DocumentTables {
  title: string;
  sections: Section[];
}

const T = (label: string, width: number): Column => ({ label, width, align: 'left' });
const N = (label: string, width: number): Column => ({ label, width, align: 'right' });

/** A money cell as text: "CNY 1,234.50". */
export function moneyText(c: { minor: number; currency: string }): string {
  const [whole, frac] = formatDecimal(c.minor, c.currency).split('.');
  return `${c.currency} ${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
}
/** A money cell as a number of major units (what a spreadsheet sums). */
export const moneyNumber = (c: { minor: number; currency: string }): number => c.minor / 10 ** exponentOf(c.currency);

function head(d: ConsignmentDocuments): [string, string][] {
  return [
    ['托运编号 Consignment', `#${d.consignmentId}`],
    ['日期 Date', d.date],
    ['经营单位 Consignor', `${d.consignor.name}${d.consignor.code ? ` (${d.consignor.code})` : ''}`],
    ['目的港 Destination', d.destination],
    ['成交方式 Incoterm', d.incoterm],
    ['贸易方式 Mode', '1039 市场采购 Market procurement'],
    ['备注 Remarks', d.remarks],
  ];
}

/** The tables of one document kind. */
export function documentTables(d: ConsignmentDocuments, kind: DocumentKind): DocumentTables {
  if (kind === 'goods-list') {
    const t = d.goodsList.totals;
    return {
      title: '商品清单 Goods list',
      sections: [
        {
          name: '商品清单 Goods list',
          meta: [...head(d), ['汇率 Rates (CNY per unit)', d.rates.map((r) => `${r.currency} ${r.cnyPerUnit} (${r.rateDate})`).join('; ') || '—']],
          columns: [
            N('#', 5),
            N('批次 Lot', 8),
            N('商户 Merchant', 10),
            T('商品名称 Goods', 28),
            T('HS', 12),
            N('数量 Qty', 10),
            T('单位 Unit', 7),
            N('箱数 Cartons', 8),
            N('净重 Net kg', 10),
            N('毛重 Gross kg', 10),
            N('货值 Value', 16),
          ],
          rows: d.goodsList.lots.map((l, i) => [
            i + 1,
            l.id,
            l.merchantId,
            l.goodsName,
            l.hs,
            l.quantity,
            l.unit,
            l.cartons,
            l.netKg,
            l.grossKg,
            { minor: l.valueMinor, currency: l.currency },
          ]),
          total: [
            '',
            '',
            '',
            `合计 Total: ${t.lots}`,
            '',
            '',
            '',
            t.cartons,
            t.netKg,
            t.grossKg,
            t.values.map((v) => moneyText({ minor: v.valueMinor, currency: v.currency })).join('; '),
          ],
        },
      ],
    };
  }
  if (kind === 'declarations') {
    const n = d.declarations.length;
    return {
      title: '报关单 Declarations',
      sections: d.declarations.map((dec) => ({
        name: `报关单 ${dec.no} of ${n}`,
        meta: [...head(d), ['总价 Total (USD)', moneyText({ minor: dec.totalUsdMinor, currency: 'USD' })]],
        columns: [
          N('项 No.', 5),
          T('HS', 12),
          T('商品名称 Goods', 26),
          N('数量 Qty', 10),
          T('单位 Unit', 7),
          N('箱数 Cartons', 8),
          N('净重 Net kg', 10),
          N('毛重 Gross kg', 10),
          N('货值 Value', 16),
          N('美元 USD', 14),
          T('归并 Merged', 7),
          T('批次 Lots (cartons)', 24),
        ],
        rows: dec.lines.map((l, i) => [
          i + 1,
          l.hs,
          l.goodsName,
          l.quantity,
          l.unit,
          l.cartons,
          l.netKg,
          l.grossKg,
          { minor: l.valueMinor, currency: l.currency },
          { minor: l.usdMinor, currency: 'USD' },
          l.merged ? '是 yes' : '',
          l.lots.map((x) => `${String(x.id)} (${x.cartons})`).join(', '),
        ]),
        total: ['', '', '合计 Total', '', '', dec.lines.reduce((a, l) => a + l.cartons, 0), '', '', '', { minor: dec.totalUsdMinor, currency: 'USD' }, '', ''],
      })),
    };
  }
  return {
    title: '装箱单 Packing lists',
    sections: d.packingLists.map((p) => ({
      name: `装箱单 ${p.seq} ${p.isoNumber ?? p.typeCode}`,
      meta: [
        ...head(d).slice(0, 5),
        ['箱号 Container', p.isoNumber ?? '— (not numbered yet)'],
        ['封号 Seal', p.sealNumber ?? '— (not sealed yet)'],
        ['箱型 Type', p.typeCode],
      ],
      columns: [
        N('批次 Lot', 8),
        N('商户 Merchant', 10),
        T('商品名称 Goods', 28),
        T('HS', 12),
        N('箱数 Cartons', 8),
        T('箱规 Carton mm', 16),
        T('朝上 Up', 6),
        N('净重 Net kg', 10),
        N('毛重 Gross kg', 10),
        N('体积 m³', 9),
      ],
      rows: p.rows.map((r) => [
        r.lotId,
        r.merchantId,
        r.goodsName,
        r.hs,
        r.cartons,
        r.cartonMm.join('×'),
        r.thisSideUp ? '↑' : '',
        r.netKg,
        r.grossKg,
        r.volumeM3,
      ]),
      total: ['', '', '合计 Total', '', p.totals.cartons, '', '', p.totals.netKg, p.totals.grossKg, p.totals.volumeM3],
    })),
  };
}
