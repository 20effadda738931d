/**
 * The operator's dashboard as an xlsx workbook: one sheet per panel (stalls by
 * grade and district, idle stalls, open rounds, service items by state and by
 * department, trade by week, the commodity index), headers in Chinese or English.
 */
import ExcelJS from 'exceljs';
import { exponentOf } from '../core/money.ts';
import type { Dashboard } from './dashboard.ts';

const L = {
  zh: {
    grades: ['商位评级', ['区', '区名', '星级', '商位数']],
    idle: ['闲置商位', ['商位', '持有人', '区', '得分', '星级', '预警状态', '整改期限']],
    rounds: ['公开配置轮次', ['轮次', '商位', '方式', '状态', '截止日', '起始日', '申请数']],
    service: ['服务事项', ['部门代码', '部门', '在办', '超期']],
    states: ['状态', '件数'],
    trade: ['每周交易', ['周（周一）', '订单数', '币种', '金额', '活跃商户', '活跃采购商']],
    index: ['小商品指数', ['周', '价格指数', '景气指数']],
  },
  en: {
    grades: ['Stall grades', ['District', 'District name', 'Grade (stars)', 'Stalls']],
    idle: ['Idle stalls', ['Stall', 'Holder', 'District', 'Score', 'Grade', 'Warning', 'Deadline']],
    rounds: ['Open rounds', ['Round', 'Stall', 'Method', 'Status', 'Closes on', 'Starts on', 'Applications']],
    service: ['Service items', ['Department code', 'Department', 'Open', 'Overdue']],
    states: ['State', 'Items'],
    trade: ['Trade by week', ['Week (Monday)', 'Orders', 'Currency', 'Value', 'Active merchants', 'Active buyers']],
    index: ['Commodity index', ['Week', 'Price index', 'Prosperity index']],
  },
} as const;

function sheet(wb: ExcelJS.Workbook, name: string, headers: readonly string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow([...headers]).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  return ws;
}

/**
 * The dashboard's figures as xlsx (amounts in the currency's major units, e.g. yuan).
 * @example
 * ```ts
 * const xlsx = await dashboardWorkbook(await dashboard(db, operator), 'zh');
 * ```
 */
export async function dashboardWorkbook(d: Dashboard, lang: 'zh' | 'en'): Promise<Buffer> {
  const h = L[lang];
  const wb = new ExcelJS.Workbook();
  const name = (x: { nameZh: string; nameEn: string }) => (lang === 'zh' ? x.nameZh : x.nameEn);
  const districts = new Map(d.stalls.districts.map((x) => [x.id, x]));
  const g = sheet(wb, `${h.grades[0]} ${d.stalls.period ?? ''}`.trim(), h.grades[1]);
  for (const r of d.stalls.byDistrict) {
    const dist = districts.get(r.districtId);
    g.addRow([dist ? `${dist.market}-${dist.no}` : r.districtId, dist ? name(dist) : '', r.grade, r.stalls]);
  }
  const idle = sheet(wb, h.idle[0], h.idle[1]);
  for (const s of d.idleStalls) idle.addRow([s.stallId, s.holderId, s.districtId, s.score, s.grade, s.flag?.status ?? '', s.flag?.deadline ?? '']);
  const rounds = sheet(wb, h.rounds[0], h.rounds[1]);
  for (const r of d.openRounds) rounds.addRow([r.id, r.stallId, r.method, r.status, r.closesOn, r.startsOn, r.applications]);
  const service = sheet(wb, h.service[0], h.service[1]);
  for (const x of d.service.byDepartment) service.addRow([x.departmentCode, name(x), x.open, x.overdue]);
  service.addRow([]);
  service.addRow([...h.states]).font = { bold: true };
  for (const [state, n] of Object.entries(d.service.byStatus)) service.addRow([state, n]);
  service.addRow(['overdue', d.service.overdue]);
  service.addRow(['escalated', d.service.escalated]);
  const trade = sheet(wb, h.trade[0], h.trade[1]);
  for (const w of d.trade) {
    const currencies = Object.keys(w.value);
    if (currencies.length === 0) trade.addRow([w.week, w.orders, '', 0, w.activeMerchants, w.activeBuyers]);
    for (const c of currencies) {
      const exp = exponentOf(c);
      const row = trade.addRow([w.week, w.orders, c, w.value[c]! / 10 ** exp, w.activeMerchants, w.activeBuyers]);
      row.getCell(4).numFmt = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
    }
  }
  const index = sheet(wb, h.index[0], h.index[1]);
  const weeks = [...new Set([...d.commodityIndex.price.map((p) => p.week), ...d.commodityIndex.prosperity.map((p) => p.week)])].sort();
  for (const w of weeks)
    index.addRow([w, d.commodityIndex.price.find((p) => p.week === w)?.value ?? null, d.commodityIndex.prosperity.find((p) => p.week === w)?.value ?? null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
