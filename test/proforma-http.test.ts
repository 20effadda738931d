/**
 * The proforma invoice of a merchant order over HTTP, as PDF and xlsx, in
 * Chinese and English: its buyer, its merchant and the operator get it, other
 * merchants 404, other roles 403; the PDF embeds a subset of the CJK font and
 * its text can be extracted; the workbook reads back with the order's totals.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testEngines } from '../src/core/db/testing.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { checkout, moveOrder } from '../src/modules/trade/index.ts';
import { sampleProduct } from './fixtures.ts';
import { marketApp, type MarketApp } from './market-app.ts';
import { pdfFontNames, pdfText } from './pdf-text.ts';

for (const engine of testEngines()) {
  describe(`proforma invoice API on ${engine}`, () => {
    let t: MarketApp;
    let orderId: number;
    let number: string;
    let agent: { authorization: string };
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      const cup = await createProduct(t.m.d.db, t.m.merchant, sampleProduct(t.m.categoryLeaf, 'PI-CUP'));
      const { purchase } = await checkout(t.m.d.db, t.m.buyer, 'proforma-http-0001', { lines: [{ productId: cup.id, qty: 500 }] });
      orderId = purchase.orders[0]!.id;
      await moveOrder(t.m.d.db, t.m.merchant, orderId, { action: 'confirm', leadTimeDays: 20 });
      number = `PI-${new Date().toISOString().slice(0, 4)}-${String(orderId).padStart(6, '0')}`;
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'agent', password: 'agent123' } });
      assert.equal(login.statusCode, 200, login.body);
      agent = { authorization: `Bearer ${login.json().token}` };
    });
    after(() => t.close());

    const get = (path: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/orders/${orderId}/${path}`, headers });

    test('the buyer gets a Chinese PDF with an embedded subset of Noto Sans SC and extractable text', async () => {
      const r = await get('proforma.pdf?lang=zh', t.as('buyer'));
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.headers['content-type'], 'application/pdf');
      assert.match(String(r.headers['content-disposition']), new RegExp(`${number}-zh\\.pdf`));
      const pdf = r.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.match(pdf.toString('latin1'), /\/FontFile2 \d+ 0 R/, 'the font program is embedded');
      const fonts = pdfFontNames(pdf);
      assert.ok(
        fonts.some((f) => /^[A-Z]{6}\+NotoSansSC-Regular$/.test(f)),
        `a subset (tagged) of Noto Sans SC: ${fonts}`,
      );
      assert.ok(!fonts.some((f) => /Helvetica|Times|Courier/.test(f)), 'no standard (non-embedded) font');
      assert.ok(pdf.length < 150_000, `${pdf.length} bytes: a subset, not the 10 MB font`);
      const text = pdfText(pdf).join('\n');
      for (const want of [
        '形式发票',
        number,
        'PI-CUP',
        '9617001900',
        '不锈钢保温杯 500ml',
        'Stainless Steel Thermos Cup 500ml',
        '5,900.00',
        '1,770.00',
        '4,130.00',
        '20 天',
        '税务发票',
      ])
        assert.ok(text.includes(want), `the PDF's text has ${want}`);
    });

    test('the merchant gets it in English; the operator too; another merchant 404, an agent 403, a visitor 401', async () => {
      const r = await get('proforma.pdf?lang=en', t.as('merchant'));
      assert.equal(r.statusCode, 200, r.body);
      const text = pdfText(r.rawPayload).join('\n');
      for (const want of ['PROFORMA INVOICE', number, 'not a tax invoice', 'Deposit 30%', 'consolidation warehouse']) assert.ok(text.includes(want), want);
      assert.equal((await get('proforma.pdf', t.as('operator'))).statusCode, 200);
      for (const file of ['proforma.pdf', 'proforma.xlsx']) {
        const other = await get(file, t.as('merchant2'));
        assert.equal(other.statusCode, 404, file);
        assert.equal(other.json().error.code, 'NOT_FOUND');
        assert.equal((await get(file, agent)).statusCode, 403, file);
        assert.equal((await get(file)).statusCode, 401, file);
      }
      assert.equal((await get('proforma.pdf?lang=fr', t.as('buyer'))).statusCode, 400);
      const missing = await t.app.inject({ method: 'GET', url: '/api/orders/99999999/proforma.pdf', headers: t.as('operator') });
      assert.equal(missing.statusCode, 404);
    });

    test('the xlsx reads back with the lines and the right totals (formulas with their values)', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const r = await get(`proforma.xlsx?lang=${lang}`, t.as('buyer'));
        assert.equal(r.statusCode, 200, r.body);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
        const ws = wb.worksheets[0]!;
        const rows: unknown[][] = [];
        ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        const flat = JSON.stringify(rows);
        assert.ok(flat.includes(number));
        const line = rows.find((x) => x[1] === 'PI-CUP')!;
        assert.deepEqual([line[0], line[3], line[4], line[6], line[7]], [1, '9617001900', 500, 11.8, 5900]);
        const value = (label: RegExp) => {
          const row = rows.find((x) => typeof x[6] === 'string' && label.test(x[6]))!;
          const cell = row[7] as number | { result: number };
          return typeof cell === 'number' ? cell : cell.result;
        };
        const L = lang === 'zh' ? { total: /^合计/, deposit: /^定金/, balance: /^尾款/ } : { total: /^Total/, deposit: /^Deposit/, balance: /^Balance/ };
        assert.deepEqual([value(L.total), value(L.deposit), value(L.balance)], [5900, 1770, 4130]);
      }
    });
  });
}
