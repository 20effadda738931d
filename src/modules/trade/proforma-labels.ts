/**
 * The words of the proforma invoice in Chinese and English, and the amount
 * and term texts both renderings (PDF, xlsx) print.
 */
import { formatDecimal } from '../../core/money.ts';
import { unitName } from '../../core/units.ts';
import type { ProformaData, ProformaLang, ProformaLine } from './proforma.ts';

export const LABELS = {
  zh: {
    title: '形式发票',
    subtitle: 'PROFORMA INVOICE',
    number: '发票号',
    date: '开票日期',
    validUntil: '有效期至',
    order: '订单号',
    purchase: '采购单号',
    seller: '卖方',
    buyer: '买方',
    stall: '商位',
    uscc: '统一社会信用代码',
    country: '国家/地区',
    phone: '电话',
    lineNo: '序号',
    sku: '货号',
    description: '品名',
    hs: 'HS编码',
    qty: '数量',
    unit: '单位',
    unitPrice: '单价',
    amount: '金额',
    currency: '币种',
    total: '合计',
    deposit: '定金',
    balance: '尾款',
    paid: '已付',
    incoterm: '贸易术语',
    port: '目的港',
    leadTime: '交期',
    days: '天',
    paymentTerms: '付款条件',
    validity: '有效期',
    notTaxInvoice: '本形式发票不是税务发票（非增值税发票），仅用于确认订单、办理付款或开立信用证；最终结算以实际发货及正式票据为准。不接受现金付款。',
    sheetName: '形式发票',
  },
  en: {
    title: 'PROFORMA INVOICE',
    subtitle: '形式发票',
    number: 'Invoice No.',
    date: 'Date',
    validUntil: 'Valid until',
    order: 'Order',
    purchase: 'Purchase',
    seller: 'Seller',
    buyer: 'Buyer',
    stall: 'Stall',
    uscc: 'USCC',
    country: 'Country',
    phone: 'Phone',
    lineNo: 'No.',
    sku: 'SKU',
    description: 'Description',
    hs: 'HS code',
    qty: 'Qty',
    unit: 'Unit',
    unitPrice: 'Unit price',
    amount: 'Amount',
    currency: 'Currency',
    total: 'Total',
    deposit: 'Deposit',
    balance: 'Balance',
    paid: 'Paid',
    incoterm: 'Incoterm',
    port: 'Port of destination',
    leadTime: 'Lead time',
    days: 'days',
    paymentTerms: 'Payment terms',
    validity: 'Validity',
    notTaxInvoice:
      'This proforma invoice is not a tax invoice (not a VAT fapiao). It confirms the order for payment or a letter of credit; the final amount follows the goods shipped and the commercial invoice. Cash is not accepted.',
    sheetName: 'Proforma invoice',
  },
} as const;

export type Labels = (typeof LABELS)[ProformaLang];

/** 1234567 CNY → "12,345.67". */
export function money(amount: number, currency: string): string {
  const [whole, frac] = formatDecimal(amount, currency).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A line's description in the reading language first, the other below it. */
export function description(l: ProformaLine, lang: ProformaLang): string {
  const [first, second] = lang === 'zh' ? [l.titleZh, l.titleEn] : [l.titleEn, l.titleZh];
  return [first, second].filter((s): s is string => !!s && s.trim() !== '').join('\n') || l.sku;
}

export const unitLabel = (l: ProformaLine, lang: ProformaLang): string => unitName(l.unit, lang, l.qty);

/** A party's name in the reading language, the other in brackets. */
export function partyName(p: { nameZh: string | null; nameEn: string | null }, lang: ProformaLang): string {
  const [a, b] = lang === 'zh' ? [p.nameZh, p.nameEn] : [p.nameEn, p.nameZh];
  return a && b && a !== b ? `${a} (${b})` : (a ?? b ?? '—');
}

/** The payment terms: deposit share and amount on confirmation, balance before delivery to the consolidation warehouse. */
export function paymentTerms(d: ProformaData, lang: ProformaLang): string {
  const pct = `${(d.depositBp / 100).toFixed(d.depositBp % 100 === 0 ? 0 : 2)}%`;
  const dep = `${d.currency} ${money(d.deposit, d.currency)}`;
  const bal = `${d.currency} ${money(d.balance, d.currency)}`;
  if (lang === 'zh')
    return d.deposit > 0
      ? `确认订单后支付定金 ${pct}（${dep}），货物送达集货仓前付清尾款（${bal}）。付款方式：银行转账、支付宝、微信支付、信用证等，不收现金。`
      : `货物送达集货仓前付清全款（${bal}）。付款方式：银行转账、支付宝、微信支付、信用证等，不收现金。`;
  return d.deposit > 0
    ? `Deposit ${pct} (${dep}) on confirmation of the order; balance (${bal}) before delivery to the consolidation warehouse. By bank transfer, Alipay, WeChat Pay, letter of credit or similar; no cash.`
    : `Full amount (${bal}) before delivery to the consolidation warehouse. By bank transfer, Alipay, WeChat Pay, letter of credit or similar; no cash.`;
}

/** The seller's stall as one line: "国际商贸城 2区3楼21街12345" / "International Trade City D2-F3-S21-12345". */
export function stallLine(d: ProformaData, lang: ProformaLang): string | null {
  const s = d.seller.stall;
  if (!s) return null;
  return lang === 'zh' ? `${s.marketZh} ${s.addressZh}` : `${s.marketEn} ${s.address}`;
}
