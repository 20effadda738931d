/**
 * Orders as a spreadsheet for the operator (and any party, over its own
 * orders): one row per order line with the order's terms, amounts as numbers
 * in the currency's decimal units (Excel can sum them), headers in Chinese or
 * English.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { exponentOf } from '../../core/money.ts';
import { getOrder, listOrders } from './orders.ts';

const HEADERS = {
  zh: [
    '订单号',
    '采购单号',
    '买家',
    '商户',
    '状态',
    '币种',
    '订单金额',
    '定金',
    '尾款',
    '已付',
    '交期(天)',
    '下单时间',
    '行号',
    '货号',
    '品名',
    '单位',
    '数量',
    '单价',
    '小计',
    'HS编码',
  ],
  en: [
    'Order',
    'Purchase',
    'Buyer',
    'Merchant',
    'Status',
    'Currency',
    'Order total',
    'Deposit',
    'Balance',
    'Paid',
    'Lead time (days)',
    'Placed at',
    'Line',
    'SKU',
    'Title',
    'Unit',
    'Quantity',
    'Unit price',
    'Line total',
    'HS code',
  ],
} as const;

/** At most this many orders in one export (a page of the order list at a time). */
export const MAX_EXPORT_ORDERS = 50_000;

/**
 * The actor's orders (filtered like the order list) as an xlsx workbook.
 * @example
 * ```ts
 * const xlsx = await ordersWorkbook(db, SYSTEM, { status: 'confirmed' }, 'zh');
 * ```
 */
export async function ordersWorkbook(
  db: Kysely<DB>,
  actor: Actor,
  filter: Record<string, unknown>,
  lang: 'zh' | 'en',
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '订单' : 'Orders');
  ws.addRow([...HEADERS[lang]]).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  let done = 0;
  for (let page = 1; ; page++) {
    const p = await listOrders(db, actor, { ...filter, page, pageSize: 100 });
    for (const summary of p.items) {
      const o = await getOrder(db, actor, summary.id);
      const exp = exponentOf(o.currency);
      const fmt = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
      const dec = (minor: number) => minor / 10 ** exp;
      for (const l of o.lines ?? []) {
        const row = ws.addRow([
          o.id,
          o.purchaseId,
          o.buyerId,
          o.merchantId,
          o.status,
          o.currency,
          dec(o.total),
          dec(o.deposit),
          dec(o.balance),
          dec(o.paid),
          o.leadTimeDays,
          new Date(o.createdAt),
          l.lineNo,
          l.sku,
          (lang === 'zh' ? (l.titleZh ?? l.titleEn) : (l.titleEn ?? l.titleZh)) ?? '',
          l.unit,
          l.qty,
          dec(l.unitPrice),
          dec(l.lineTotal),
          l.hsCode ?? '',
        ]);
        for (const c of [7, 8, 9, 10, 18, 19]) row.getCell(c).numFmt = fmt;
        row.getCell(12).numFmt = 'yyyy-mm-dd hh:mm';
      }
      done++;
    }
    onProgress(done, Math.min(p.total, MAX_EXPORT_ORDERS));
    if (p.items.length < 100 || done >= MAX_EXPORT_ORDERS) break;
  }
  ws.columns.forEach((c) => {
    c.width = 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
