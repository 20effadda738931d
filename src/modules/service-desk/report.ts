/**
 * The monthly service report (xlsx): the index of the month by department,
 * and every item raised or closed in the month with its handling, in Chinese
 * or English. Rates are numbers formatted as percentages (Excel can average them).
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { parseInput } from '../../core/validation.ts';
import { itemsQuery } from './items.ts';
import { Month, monthStart, nextMonth, serviceIndex } from './service-index.ts';
import { serviceDb } from './tables.ts';

const HEADERS = {
  zh: {
    index: [
      '月份',
      '部门代码',
      '部门',
      '受理件数',
      '办结件数',
      '按时办结',
      '按时率',
      '重开件数',
      '重开率',
      '评价件数',
      '平均评分',
      '平均办结时长(小时)',
      '办结时长中位数(小时)',
    ],
    items: [
      '编号',
      '提出方',
      '身份',
      '商位',
      '类别',
      '紧急程度',
      '部门',
      '状态',
      '期限',
      '是否超期',
      '升级级别',
      '重开次数',
      '评分',
      '提出时间',
      '答复时间',
      '办结时间',
      '问题描述',
      '答复',
    ],
    sheets: ['服务指数', '事项明细'],
  },
  en: {
    index: [
      'Month',
      'Department code',
      'Department',
      'Raised',
      'Closed',
      'Closed on time',
      'On-time rate',
      'Reopened',
      'Reopen rate',
      'Rated',
      'Mean rating',
      'Mean hours to close',
      'Median hours to close',
    ],
    items: [
      'Item',
      'Raised by',
      'Role',
      'Stall',
      'Category',
      'Urgency',
      'Department',
      'Status',
      'Due',
      'Missed deadline',
      'Escalation level',
      'Reopened',
      'Rating',
      'Raised at',
      'Replied at',
      'Closed at',
      'Problem',
      'Reply',
    ],
    sheets: ['Service index', 'Items'],
  },
} as const;

/** At most this many items in the items sheet. */
export const MAX_REPORT_ITEMS = 50_000;

/**
 * The report of one month (CST) as xlsx. Operator and regulator: every department; a department: its own.
 * @example
 * ```ts
 * const xlsx = await monthlyReport(db, SYSTEM, '2026-10', 'zh');
 * ```
 */
export async function monthlyReport(db: Kysely<DB>, actor: Actor, month: string, lang: 'zh' | 'en' = 'zh'): Promise<Buffer> {
  requireRole(actor, 'operator', 'regulator', 'department');
  const m = parseInput(Month, month, 'month');
  const h = HEADERS[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(h.sheets[0]);
  ws.addRow([...h.index]).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of await serviceIndex(db, actor, { from: m, to: m })) {
    const row = ws.addRow([
      r.month,
      r.departmentCode,
      lang === 'zh' ? r.nameZh : r.nameEn,
      r.raised,
      r.closed,
      r.onTime,
      r.onTimeRate,
      r.reopened,
      r.reopenRate,
      r.rated,
      r.meanRating,
      r.meanHoursToClose,
      r.medianHoursToClose,
    ]);
    row.getCell(7).numFmt = '0.0%';
    row.getCell(9).numFmt = '0.0%';
    for (const c of [11, 12, 13]) row.getCell(c).numFmt = '0.0';
  }
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  const a = monthStart(m);
  const b = monthStart(nextMonth(m));
  let q = itemsQuery(serviceDb(db)).where((eb) =>
    eb.or([eb.and([eb('i.created_at', '>=', a), eb('i.created_at', '<', b)]), eb.and([eb('i.closed_at', '>=', a), eb('i.closed_at', '<', b)])]),
  );
  if (actor.role === 'department') q = q.where('i.department_id', '=', actor.entityId ?? -1);
  const items = await q.orderBy('i.id').limit(MAX_REPORT_ITEMS).execute();
  const wi = wb.addWorksheet(h.sheets[1]);
  wi.addRow([...h.items]).font = { bold: true };
  wi.views = [{ state: 'frozen', ySplit: 1 }];
  const at = (d: Date | string | null) => (d ? new Date(d) : null);
  for (const i of items) {
    const row = wi.addRow([
      i.id,
      i.raiser_id,
      i.raiser_role,
      i.stall_id,
      i.category,
      i.urgency,
      i.department_code,
      i.status,
      at(i.due_at),
      i.missed_deadline ? 1 : 0,
      i.escalation_level,
      i.reopen_count,
      i.rating,
      at(i.created_at),
      at(i.replied_at),
      at(i.closed_at),
      i.description,
      i.reply ?? '',
    ]);
    for (const c of [9, 14, 15, 16]) row.getCell(c).numFmt = 'yyyy-mm-dd hh:mm';
  }
  wi.columns.forEach((c) => {
    c.width = 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
