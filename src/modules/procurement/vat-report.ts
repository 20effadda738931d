/**
 * The monthly per-merchant report of VAT-exempt export sales under 1039
 * (免征不退: exempt, no refund): each merchant's trade records of the month, by
 * currency, for the exemption it files the month after. JSON and xlsx.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/index.ts';
import { exponentOf } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import { me } from './access.ts';
import { procDb } from './tables.ts';

export const VatMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM');

export interface VatReportRow {
  merchantId: number;
  merchantName: string;
  currency: string;
  records: number;
  lines: number;
  /** Sales value, integer minor units of `currency`. */
  salesMinor: number;
}

export interface VatReport {
  month: string;
  /** The month in which the merchants file the exemption (the month after). */
  fileIn: string;
  rows: VatReportRow[];
}

function monthBounds(month: string): { from: string; to: string; next: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const next = `${ny}-${String(nm).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01`, next };
}

/**
 * VAT-exempt export sales of a month, per merchant and currency: operator and
 * customs all merchants, an agent over its records, a merchant its own.
 * @example
 * ```ts
 * const r = await vatReport(db, operator, '2026-10'); // r.rows[0].salesMinor
 * ```
 */
export async function vatReport(db0: Kysely<DB>, actor: Actor, rawMonth: unknown): Promise<VatReport> {
  requireRole(actor, 'operator', 'customs', 'agent', 'merchant');
  const month = parseInput(VatMonth, rawMonth, 'month');
  const { from, to, next } = monthBounds(month);
  const db = procDb(db0);
  const scope = actor.role === 'merchant' ? 't.merchant_id' : actor.role === 'agent' ? 't.agent_id' : null;
  let q = db
    .selectFrom('proc_trade_records as t')
    .leftJoin('proc_trade_record_lines as l', 'l.record_id', 't.id')
    .select([
      't.merchant_id',
      't.currency',
      (eb) => eb.fn.count<number>('t.id').distinct().as('records'),
      (eb) => eb.fn.count<number>('l.order_line_no').as('lines'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('l.value_minor'), eb.lit(0)).as('sales'),
    ])
    .where('t.status', '=', 'recorded')
    .where('t.recorded_on', '>=', from)
    .where('t.recorded_on', '<', to)
    .groupBy(['t.merchant_id', 't.currency'])
    .orderBy('t.merchant_id')
    .orderBy('t.currency');
  if (scope) q = q.where(scope, '=', me(actor));
  const rows = await q.execute();
  const ids = [...new Set(rows.map((r) => r.merchant_id))];
  const names = ids.length ? await db.selectFrom('proc_registrations').select(['entity_id', 'name']).where('entity_id', 'in', ids).execute() : [];
  return {
    month,
    fileIn: next,
    rows: rows.map((r) => ({
      merchantId: r.merchant_id,
      merchantName: names.find((n) => n.entity_id === r.merchant_id)?.name ?? '',
      currency: r.currency,
      records: Number(r.records),
      lines: Number(r.lines),
      salesMinor: Number(r.sales),
    })),
  };
}

const HEAD = {
  zh: ['商户编号', '商户名称', '币种', '交易记录数', '商品行数', '免征不退出口销售额'],
  en: ['Merchant', 'Merchant name', 'Currency', 'Trade records', 'Goods lines', 'VAT-exempt export sales'],
} as const;

/** The report as an xlsx workbook (amounts as numbers in the currency's decimal units). */
export async function vatReportXlsx(report: VatReport, lang: 'zh' | 'en' = 'zh'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? `免征不退 ${report.month}` : `VAT-exempt ${report.month}`);
  ws.addRow([
    lang === 'zh'
      ? `市场采购贸易出口免征不退销售月报 ${report.month}（${report.fileIn} 申报）`
      : `Market procurement VAT-exempt export sales ${report.month} (file in ${report.fileIn})`,
  ]).font = { bold: true };
  ws.addRow([...HEAD[lang]]).font = { bold: true };
  for (const r of report.rows) {
    const exp = exponentOf(r.currency);
    const row = ws.addRow([r.merchantId, r.merchantName, r.currency, r.records, r.lines, r.salesMinor / 10 ** exp]);
    row.getCell(6).numFmt = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 36 : 16;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
