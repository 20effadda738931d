import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { sampleProduct, type Market } from './fixtures.ts';
import { marketApp, type SignedIn } from './market-app.ts';

for (const engine of testEngines()) {
  describe(`HTTP API on ${engine}`, () => {
    let m: Market;
    let app: FastifyInstance;
    let as: SignedIn;
    let close: () => Promise<void>;
    before(async () => {
      ({ m, app, as, close } = await marketApp(engine, ['operator', 'merchant', 'merchant2', 'buyer']));
    });
    after(() => close());

    test('health and OpenAPI 3.1 document', async () => {
      const h = await app.inject('/health');
      assert.equal(h.statusCode, 200);
      assert.equal(h.json().status, 'ok');
      const doc = (await app.inject('/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      for (const p of [
        '/api/products',
        '/api/products/{id}',
        '/api/stalls/by-address',
        '/api/stalls/{id}/transfer',
        '/api/products/import',
        '/api/categories',
      ]) {
        assert.ok(doc.paths[p], `documents ${p}`);
      }
      assert.equal((await app.inject('/docs')).statusCode < 400, true);
    });

    test('sign-in refuses wrong passwords and bad tokens', async () => {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'merchant', password: 'nope' } });
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().error.code, 'BAD_CREDENTIALS');
      const me = await app.inject({ url: '/api/auth/me', headers: { authorization: 'Bearer forged' } });
      assert.equal(me.statusCode, 401);
      assert.equal((await app.inject({ url: '/api/auth/me', headers: as('merchant') })).json().role, 'merchant');
    });

    test('catalogue reads: tree, category page, product with stall and tiers, stall by address', async () => {
      const tree = (await app.inject('/api/categories')).json();
      assert.equal(tree.length, 26);
      const list = (await app.inject('/api/products?pageSize=5')).json();
      assert.equal(list.items.length, 5);
      const p = list.items[0];
      const one = (await app.inject(`/api/products/${p.id}`)).json();
      assert.ok(one.priceTiers.length >= 1 && one.stall.address);
      const byAddr = await app.inject(`/api/stalls/by-address?address=${encodeURIComponent(one.stall.addressZh)}`);
      assert.equal(byAddr.json().id, one.stall.id);
      const stall = (await app.inject(`/api/stalls/${one.stall.id}`)).json();
      assert.ok(stall.holder);
    });

    test('refusals: each role changes only what is its own', async () => {
      const create = (who: string | null, body: unknown, q = '') =>
        app.inject({ method: 'POST', url: `/api/products${q}`, payload: body as object, headers: who ? as(who) : {} });
      const leaf = m.categoryLeaf;
      assert.equal((await create(null, sampleProduct(leaf, 'H-0'))).statusCode, 401);
      assert.equal((await create('buyer', sampleProduct(leaf, 'H-1'))).statusCode, 403);
      const mine = await create('merchant', sampleProduct(leaf, 'H-2'));
      assert.equal(mine.statusCode, 201, mine.body);
      const id = mine.json().id;
      const patch = (who: string, body: object) => app.inject({ method: 'PATCH', url: `/api/products/${id}`, payload: body, headers: as(who) });
      const r403 = await patch('merchant2', { stock: 1 });
      assert.equal(r403.statusCode, 403);
      assert.equal(r403.json().error.code, 'FORBIDDEN');
      assert.equal((await patch('buyer', { stock: 1 })).statusCode, 403);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/products/${id}`, headers: as('merchant2') })).statusCode, 403);
      assert.equal((await patch('merchant', { stock: 3 })).json().stock, 3);
      // Stall data: only its holder; transfers: only the operator.
      const stallId = mine.json().stall.id;
      assert.equal(
        (await app.inject({ method: 'PATCH', url: `/api/stalls/${stallId}`, payload: { introZh: '抢' }, headers: as('merchant2') })).statusCode,
        403,
      );
      assert.equal(
        (await app.inject({ method: 'PATCH', url: `/api/stalls/${stallId}`, payload: { introZh: '欢迎选购' }, headers: as('merchant') })).statusCode,
        200,
      );
      const tr = await app.inject({
        method: 'POST',
        url: `/api/stalls/${stallId}/transfer`,
        payload: { toEntityId: m.merchant2.entityId, date: '2026-12-01' },
        headers: as('merchant'),
      });
      assert.equal(tr.statusCode, 403);
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/entities', payload: { kind: 'buyer', nameEn: 'X' }, headers: as('merchant') })).statusCode,
        403,
      );
      // Exports: a merchant only its own.
      assert.equal((await app.inject({ url: `/api/products/export?format=csv&merchantId=${m.merchant2.entityId}`, headers: as('merchant') })).statusCode, 403);
      assert.equal((await app.inject({ url: '/api/products/export?format=csv', headers: as('buyer') })).statusCode, 403);
      // The operator may act for a named merchant.
      assert.equal((await create('operator', sampleProduct(leaf, 'H-3'), `?merchantId=${m.merchant2.entityId}`)).statusCode, 201);
    });

    test('hostile input gets a 4xx with a stable code, never a 500', async () => {
      const leaf = m.categoryLeaf;
      const cases: { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: unknown; headers?: Record<string, string> }[] = [
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z1'), moq: 'many' } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z2'), evil: true } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z3'), titleZh: '长'.repeat(100_000) } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z4'), priceTiers: [{ minQty: 1, unitPrice: -100 }] } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z5'), hsCode: "1'; drop table products;--" } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z6'), sku: 'a\u0000b' } },
        { method: 'POST', url: '/api/products', payload: { ...sampleProduct(leaf, 'Z7'), priceTiers: [{ minQty: 1, unitPrice: 1e300 }] } },
        { method: 'POST', url: '/api/products', payload: '{"sku": ', headers: { 'content-type': 'application/json' } },
        { method: 'POST', url: '/api/products', payload: [] },
        { method: 'POST', url: '/api/products', payload: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } },
        { method: 'POST', url: '/api/products', payload: '<xml/>', headers: { 'content-type': 'application/xml' } },
        { method: 'GET', url: '/api/products/abc' },
        { method: 'GET', url: '/api/products/99999999999999999999' },
        { method: 'GET', url: '/api/products/-1' },
        { method: 'GET', url: '/api/products?page=0' },
        { method: 'GET', url: '/api/products?category=%27%3B--' },
        { method: 'GET', url: '/api/products?pageSize=100000' },
        { method: 'GET', url: `/api/stalls/by-address?address=${encodeURIComponent('x'.repeat(5000))}` },
        { method: 'GET', url: '/api/stalls/by-address?address=%00%01' },
        { method: 'GET', url: '/api/stalls/by-address' },
        { method: 'GET', url: '/api/categories/abc' },
        { method: 'GET', url: '/api/products/123456789' },
        { method: 'PATCH', url: '/api/products/1', payload: { moq: -1 } },
        { method: 'POST', url: '/api/stalls/1/transfer', payload: { toEntityId: 2, date: '2026-02-30' } },
        { method: 'POST', url: '/api/stalls/1/transfer', payload: { toEntityId: 999999, date: '2026-02-01' } },
        { method: 'POST', url: '/api/entities', payload: { kind: 'merchant', uscc: '91330782MA2DC1FB6X', nameZh: '坏' } },
        { method: 'POST', url: '/api/products/import?format=csv', payload: 'sku\n\u0000', headers: { 'content-type': 'text/csv' } },
        { method: 'POST', url: '/api/products/import?format=xlsx', payload: 'not a zip', headers: { 'content-type': 'application/octet-stream' } },
        { method: 'POST', url: '/api/products/import', payload: { a: 1 } },
      ];
      for (const c of cases) {
        const who = c.url.includes('transfer') || c.url.includes('entities') ? 'operator' : 'merchant';
        const r = await app.inject({ method: c.method, url: c.url, payload: c.payload as string, headers: { ...as(who), ...(c.headers ?? {}) } });
        assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${c.method} ${c.url.slice(0, 60)} → ${r.statusCode} ${r.body.slice(0, 200)}`);
        const e = r.json().error;
        assert.match(e.code, /^[A-Z_]+$/);
        assert.ok(e.message.length > 5);
      }
    });

    test('spreadsheet upload over HTTP: errors reported per row, clean file applied', async () => {
      const header = 'sku,category,title_zh,unit,moq,price_1,hs_code,carton_units,carton_length_cm,carton_width_cm,carton_height_cm,carton_gross_kg\n';
      const bad = `${header}U1,${m.categoryLeaf},发夹,pcs,100,0.8,9615190000,500,50,40,30,10\nU2,${m.categoryLeaf},发夹,pcs,100,-1,9615190000,500,50,40,30,10\n`;
      const r = await app.inject({ method: 'POST', url: '/api/products/import', payload: bad, headers: { ...as('merchant'), 'content-type': 'text/csv' } });
      assert.equal(r.statusCode, 422);
      assert.deepEqual(
        r.json().error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [[3, 'price_1']],
      );
      const good = `${header}U1,${m.categoryLeaf},发夹,pcs,100,0.8,9615190000,500,50,40,30,10\n`;
      const ok = await app.inject({ method: 'POST', url: '/api/products/import', payload: good, headers: { ...as('merchant'), 'content-type': 'text/csv' } });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().created, 1);
      const xlsx = await app.inject({ url: '/api/products/export?format=xlsx', headers: as('merchant') });
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    });
  });
}
