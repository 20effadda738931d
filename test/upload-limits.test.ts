import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { repeat, xlsx } from '../src/core/spreadsheet/xlsx-fixtures.ts';
import { marketApp, type SignedIn } from './market-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

for (const engine of testEngines()) {
  describe(`spreadsheet upload limits over HTTP on ${engine}`, () => {
    let app: FastifyInstance;
    let as: SignedIn;
    let close: () => Promise<void>;
    before(async () => {
      ({ app, as, close } = await marketApp(engine, ['operator', 'merchant', 'buyer']));
    });
    after(() => close());

    test('a refused caller posting 70 MB to an upload route gets 401/403, not 413: the role is checked before the body is read', async () => {
      const big = Buffer.alloc(70 * MB, 0x41); // over the 64 MB body limit: a 413 would mean the body was looked at first
      const cases = [
        { url: '/api/products/import', headers: {}, status: 401, code: 'UNAUTHENTICATED' },
        { url: '/api/products/import', headers: as('buyer'), status: 403, code: 'FORBIDDEN' },
        { url: '/api/index/surveys', headers: {}, status: 401, code: 'UNAUTHENTICATED' },
        { url: '/api/index/surveys', headers: as('merchant'), status: 403, code: 'FORBIDDEN' },
      ];
      for (const c of cases) {
        const r = await app.inject({ method: 'POST', url: c.url, payload: big, headers: { ...c.headers, 'content-type': XLSX } });
        assert.equal(r.statusCode, c.status, `${c.url}: ${r.body.slice(0, 200)}`);
        assert.equal(r.json().error.code, c.code);
      }
      const ok = await app.inject({ method: 'POST', url: '/api/products/import', payload: big, headers: { ...as('merchant'), 'content-type': XLSX } });
      assert.equal(ok.statusCode, 413, 'an allowed caller reaches the body limit');
    });

    test('the public lots upload takes at most 2 MB, and other routes no longer buffer 64 MB raw bodies', async () => {
      const r = await app.inject({ method: 'POST', url: '/api/load-plans/lots', payload: Buffer.alloc(3 * MB, 0x20), headers: { 'content-type': 'text/csv' } });
      assert.equal(r.statusCode, 413);
      assert.equal(r.json().error.code, 'PAYLOAD_TOO_LARGE');
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: Buffer.alloc(5 * MB, 0x20),
        headers: { 'content-type': 'application/octet-stream' },
      });
      assert.equal(login.statusCode, 413, login.body.slice(0, 200));
    });

    test('an anonymous 1.6 KB xlsx with one cell at row 999,999,999 posted as lots is refused with 413 naming the row limit', async () => {
      const file = await xlsx(['<row r="1"><c r="A1" t="inlineStr"><is><t>lot</t></is></c></row>', '<row r="999999999"><c r="A999999999"><v>1</v></c></row>']);
      const before = process.memoryUsage().rss;
      const r = await app.inject({ method: 'POST', url: '/api/load-plans/lots', payload: file, headers: { 'content-type': XLSX } });
      const grewMb = (process.memoryUsage().rss - before) / MB;
      assert.equal(r.statusCode, 413, r.body.slice(0, 300));
      const e = r.json().error;
      assert.equal(e.code, 'SHEET_TOO_LARGE');
      assert.equal(e.details.limit, 'maxRows');
      assert.equal(e.details.value, 5001);
      assert.match(e.message, /5,001 rows/);
      assert.ok(grewMb < 200, `resident memory grew by ${grewMb.toFixed(0)} MB`);
      assert.equal((await app.inject('/health')).statusCode, 200);
    });

    test("a merchant's 600 KB zip bomb (600 MB unpacked) is refused with 413 while other requests keep being answered", async () => {
      const bomb = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>', ...repeat(' ', 600 * MB)], { declaredSize: 1000 });
      let done = false;
      const upload = app
        .inject({ method: 'POST', url: '/api/products/import', payload: bomb, headers: { ...as('merchant'), 'content-type': XLSX } })
        .finally(() => (done = true));
      let answered = 0;
      while (!done) {
        const h = await app.inject('/health');
        assert.equal(h.statusCode, 200);
        if (!done) answered++;
        await new Promise((r) => setTimeout(r, 5)); // let the event loop turn, as between real requests
      }
      const r = await upload;
      assert.equal(r.statusCode, 413, r.body.slice(0, 300));
      assert.equal(r.json().error.details.limit, 'maxSheetXmlBytes');
      assert.ok(answered >= 3, `only ${answered} other requests were answered while the bomb was read`);
    });

    test('the import template is for merchants only, in Chinese or English, with drop-down lists for category and unit; it imports as it is', async () => {
      assert.equal((await app.inject({ url: '/api/products/template?lang=zh&format=xlsx' })).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/products/template?lang=zh', headers: as('buyer') })).statusCode, 403);
      assert.equal((await app.inject({ url: '/api/products/template?lang=fr', headers: as('merchant') })).statusCode, 400);
      for (const [lang, sku, unit] of [
        ['zh', '货号', '个'],
        ['en', 'SKU', 'piece'],
      ] as const) {
        const r = await app.inject({ url: `/api/products/template?lang=${lang}&format=xlsx`, headers: as('merchant') });
        assert.equal(r.statusCode, 200);
        assert.equal(r.headers['content-type'], XLSX);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
        assert.equal(wb.worksheets.length, 3, 'products, instructions, lists');
        const ws = wb.worksheets[0]!;
        assert.equal(ws.getRow(1).getCell(1).value, sku);
        assert.equal(ws.getRow(2).getCell(7).value, unit, 'the example row names its unit in the language of the sheet');
        const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
        const lists = Object.entries(validations).filter(([, v]) => v?.type === 'list');
        // (the reader expands each range into its cells)
        assert.deepEqual([...new Set(lists.map(([cell]) => cell.replace(/\d+/g, '')))].sort(), ['B', 'G'], 'category and unit columns');
        assert.ok(lists.some(([cell]) => cell === 'B200001') && lists.some(([cell]) => cell === 'G2'), 'over every row an import may have');
        const listSheet = wb.worksheets[2]!;
        assert.match(String(listSheet.getRow(2).getCell(1).value), /^\d{6} \S/);
        // the template's example row imports as it is
        const imported = await app.inject({
          method: 'POST',
          url: '/api/products/import',
          payload: r.rawPayload,
          headers: { ...as('merchant'), 'content-type': XLSX },
        });
        assert.equal(imported.statusCode, 200, imported.body.slice(0, 500));
      }
    });

    test('the export has its headers in the language asked for and reads back; a bad row is reported as codes with parameters', async () => {
      for (const [lang, first] of [
        ['zh', '货号'],
        ['en', 'SKU'],
      ] as const) {
        const r = await app.inject({ url: `/api/products/export?format=csv&lang=${lang}`, headers: as('merchant') });
        assert.equal(r.statusCode, 200);
        assert.equal(r.body.replace(/^\uFEFF/, '').split(',')[0], first);
        const back = await app.inject({
          method: 'POST',
          url: '/api/products/import',
          payload: r.rawPayload,
          headers: { ...as('merchant'), 'content-type': 'text/csv' },
        });
        assert.equal(back.statusCode, 200, back.body.slice(0, 300));
      }
      const bad =
        'SKU,Category,Title (English),Unit,MOQ,Price 1,HS code,Units per carton,Carton length cm,Carton width cm,Carton height cm,Carton gross weight kg\nB1,0000,Clip,bottle,0,1.999,123,500,50,40,30,10\n';
      const r = await app.inject({ method: 'POST', url: '/api/products/import', payload: bad, headers: { ...as('merchant'), 'content-type': 'text/csv' } });
      assert.equal(r.statusCode, 422);
      const e = r.json().error;
      assert.equal(e.details.errorCount, 5);
      assert.deepEqual(
        e.details.errors.map((x: { column: string; code: string }) => `${x.column}:${x.code}`),
        ['category:UNKNOWN_CATEGORY', 'unit:UNKNOWN_UNIT', 'price_1:TOO_MANY_DECIMALS', 'moq:TOO_SMALL', 'hs_code:BAD_FORMAT'],
      );
    });

    test('a clean lots sheet as xlsx still reads after the limits', async () => {
      const rows = [
        '<row r="1">' +
          ['lot', 'owner', 'count', 'length_cm', 'width_cm', 'height_cm', 'gross_kg']
            .map((h, i) => `<c r="${'ABCDEFG'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`)
            .join('') +
          '</row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>L-1</t></is></c><c r="B2" t="inlineStr"><is><t>M1</t></is></c><c r="C2"><v>12</v></c><c r="D2"><v>60</v></c><c r="E2"><v>40</v></c><c r="F2"><v>35.5</v></c><c r="G2"><v>12.5</v></c></row>',
      ];
      const r = await app.inject({ method: 'POST', url: '/api/load-plans/lots', payload: await xlsx(rows), headers: { 'content-type': XLSX } });
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      const lots = r.json();
      assert.equal(lots.length, 1);
      assert.equal(lots[0].heightCm, 35.5);
    });
  });
}
