import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { tinyMarket, sampleProduct, type Market } from './fixtures.ts';

for (const engine of testEngines()) {
  describe(`text guard on ${engine}`, () => {
    let m: Market;
    let app: FastifyInstance;
    let auth: { authorization: string };
    let productCount: () => Promise<number>;
    before(async () => {
      m = await tinyMarket(engine);
      app = await buildApp({ database: m.d });
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'merchant', password: 'merchant123' } });
      assert.equal(r.statusCode, 200, r.body);
      auth = { authorization: `Bearer ${r.json().token as string}` };
      productCount = async () =>
        Number(
          (
            await m.d.db
              .selectFrom('products')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
    });
    after(async () => {
      await app.close();
      await m.d.close();
    });

    const errorOf = (r: { statusCode: number; json: () => unknown }) => ({
      status: r.statusCode,
      ...(r.json() as { error: { code: string; message: string; details?: { path?: string } } }).error,
    });
    const post = (payload: string | Buffer, contentType = 'application/json') =>
      app.inject({ method: 'POST', url: '/api/products', headers: { ...auth, 'content-type': contentType }, payload });

    test('a NUL in a product title, description or attribute key is 400 BAD_TEXT naming the JSON path (was a 500), and nothing is written', async () => {
      const before = await productCount();
      const cases: [unknown, string][] = [
        [{ ...sampleProduct(m.categoryLeaf, 'N1'), titleZh: '保温\u0000杯' }, 'body.titleZh'],
        [{ ...sampleProduct(m.categoryLeaf, 'N2'), descriptionEn: 'x\u0000' }, 'body.descriptionEn'],
        [{ ...sampleProduct(m.categoryLeaf, 'N3'), attributes: { 'bad\u0000key': 'v' } }, 'body.attributes'],
        [{ ...sampleProduct(m.categoryLeaf, 'N4'), priceTiers: [{ minQty: 100, unitPrice: 1 }], titles: { fr: 'ok', de: 'a\u0000' } }, 'body.titles.de'],
      ];
      for (const [body, path] of cases) {
        const e = errorOf(await post(JSON.stringify(body)));
        assert.equal(e.status, 400, JSON.stringify(e));
        assert.equal(e.code, 'BAD_TEXT');
        assert.equal(e.details?.path, path);
        assert.match(e.message, /NUL/);
      }
      assert.equal(await productCount(), before);
    });

    test('a NUL in the sign-in user name is 400 BAD_TEXT, not a 500', async () => {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mer\u0000chant', password: 'merchant123' } });
      assert.deepEqual([r.statusCode, errorOf(r).code], [400, 'BAD_TEXT']);
    });

    test('a lone UTF-16 surrogate ("\\ud800") in JSON is refused instead of being stored as U+FFFD', async () => {
      const body = JSON.stringify({ ...sampleProduct(m.categoryLeaf, 'SUR-1') }).replace('不锈钢', '\\ud800');
      const e = errorOf(await post(body));
      assert.deepEqual([e.status, e.code, e.details?.path], [400, 'BAD_TEXT', 'body.titleZh']);
      assert.equal((await m.d.db.selectFrom('products').select('id').where('sku', '=', 'SUR-1').execute()).length, 0);
    });

    test('a body that is not valid UTF-8 is 400 BAD_TEXT instead of being stored with replacement characters', async () => {
      const json = Buffer.from(JSON.stringify({ ...sampleProduct(m.categoryLeaf, 'UTF-1'), titleEn: 'XX' }), 'utf8');
      const at = json.indexOf('XX');
      json[at] = 0xff;
      json[at + 1] = 0xfe;
      const e = errorOf(await post(json));
      assert.deepEqual([e.status, e.code], [400, 'BAD_TEXT']);
      assert.equal((await m.d.db.selectFrom('products').select('id').where('sku', '=', 'UTF-1').execute()).length, 0);
    });

    test('JSON sent as charset=utf-16 is 415 UNSUPPORTED_MEDIA asking for UTF-8', async () => {
      const body = Buffer.from(JSON.stringify(sampleProduct(m.categoryLeaf, 'U16-1')), 'utf16le');
      const e = errorOf(await post(body, 'application/json; charset=utf-16'));
      assert.deepEqual([e.status, e.code], [415, 'UNSUPPORTED_MEDIA']);
      assert.match(e.message, /UTF-8/);
      const ok = await post(JSON.stringify(sampleProduct(m.categoryLeaf, 'U8-1')), 'application/json; charset="UTF-8"');
      assert.equal(ok.statusCode, 201, ok.body);
    });

    test('%00 or broken percent-encoding in the query string or path is 400 BAD_TEXT (?market=%00 was a 500)', async () => {
      for (const url of [
        '/api/districts?market=%00',
        '/api/districts?market=%E4%B9',
        '/api/districts?market=%zz',
        '/api/products/1%00',
        '/api/districts?market=%C0%80',
      ]) {
        const r = await app.inject({ url });
        assert.deepEqual([r.statusCode, errorOf(r).code], [400, 'BAD_TEXT'], url);
      }
      const fine = await app.inject({ url: `/api/districts?market=${encodeURIComponent('义乌')}` });
      assert.equal(fine.statusCode, 200, fine.body);
    });
  });
}
