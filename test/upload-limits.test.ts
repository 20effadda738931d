import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
