import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testEngines } from '../platform/testing.ts';
import type { AppError } from '../core/errors.ts';
import { createProduct } from '../modules/catalog/index.ts';
import { checkout } from '../modules/trade/index.ts';
import { serviceOverview } from '../modules/service-desk/index.ts';
import { gradeSummary } from '../modules/stall-evaluation/index.ts';
import { sampleProduct, tinyMarket, type Market } from '../../test/fixtures.ts';
import { dashboard } from './dashboard.ts';
import { dashboardWorkbook } from './dashboard-sheet.ts';

for (const engine of testEngines()) {
  describe(`operator's dashboard on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine);
      const cup = await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'DASH-CUP'));
      await checkout(m.d.db, m.buyer, 'dashboard-key-0001', { lines: [{ productId: cup.id, qty: 200 }] });
    });
    after(() => m.d.close());

    test('the panels are what the modules report; the week of the order just placed counts it', async () => {
      await assert.rejects(dashboard(m.d.db, m.merchant), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(dashboard(m.d.db, m.operator, { weeks: 2 }), (e: AppError) => e.code === 'VALIDATION');
      const now = new Date();
      const d = await dashboard(m.d.db, m.operator, { weeks: 8 }, now);
      assert.deepEqual(d.service, await serviceOverview(m.d.db, m.operator, now));
      const g = await gradeSummary(m.d.db);
      assert.deepEqual(d.stalls.byGrade, g.byGrade);
      assert.equal(d.stalls.idle, g.idle);
      assert.equal(d.trade.length, 8);
      // the order just placed is in the last week (or the one before, had the week turned meanwhile)
      const week = d.trade.slice(-2).find((w) => w.orders > 0)!;
      assert.ok(week && week.activeMerchants >= 1 && (week.value.CNY ?? 0) >= 200 * 1090, JSON.stringify(d.trade.slice(-2)));
      assert.ok(d.trade.every((w, i) => i === 0 || Date.parse(w.week) - Date.parse(d.trade[i - 1]!.week) === 7 * 86400_000));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await dashboardWorkbook(d, 'en')) as unknown as ArrayBuffer);
      assert.equal(wb.worksheets.length, 6);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name.split(' ')[0]),
        ['Stall', 'Idle', 'Open', 'Service', 'Trade', 'Commodity'],
      );
      const trade = wb.worksheets[4]!;
      assert.equal(trade.getRow(1).getCell(1).value, 'Week (Monday)');
    });
  });
}
