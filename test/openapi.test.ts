import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { testEngines, freshDatabase } from '../src/platform/testing.ts';
import type { Database } from '../src/core/db/database.ts';
import { ERROR_STATUS } from '../src/core/errors.ts';
import { buildApp } from '../src/http/app.ts';
import { createResponseSerializerCompiler } from '../src/http/openapi.ts';
import { tinyMarket, sampleProduct, type Market } from './fixtures.ts';
import { checkGeneratedClient, lintOpenApi } from './openapi-contract.ts';

type Op = {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Doc = { paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const operations = (doc: Doc) => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

/** The documented operation a request goes to (literal paths before templated ones). */
function operationOf(doc: Doc, method: string, url: string): Op | undefined {
  const path = url.split('?')[0]!;
  const paths = Object.keys(doc.paths).sort((a, b) => a.split('{').length - b.split('{').length);
  const hit = paths.find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path) && doc.paths[p]![method.toLowerCase()]);
  return hit ? doc.paths[hit]![method.toLowerCase()] : undefined;
}

describe('the OpenAPI document', () => {
  let d: Database;
  let app: FastifyInstance;
  let doc: Doc;
  before(async () => {
    d = await freshDatabase('pglite');
    app = await buildApp({ database: d });
    doc = (await app.inject('/openapi.json')).json();
  });
  after(async () => {
    await app.close();
    await d.close();
  });

  test('every operation has a unique camelCase operationId, its success schema, its errors on the shared Error schema, and says whether it needs sign-in', () => {
    const ops = operations(doc);
    assert.ok(ops.length >= 40, `${ops.length} operations`);
    const ids = new Set<string>();
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.match(op.operationId ?? '', /^[a-z][A-Za-z0-9]*$/, `${where} has a camelCase operationId`);
      assert.ok(!ids.has(op.operationId!), `${where}: operationId ${op.operationId} is unique`);
      ids.add(op.operationId!);
      const ok = Object.entries(op.responses).filter(([s]) => /^2\d\d$/.test(s));
      assert.ok(ok.length >= 1, `${where} documents its success status`);
      for (const [status, r] of ok) {
        if (status === '204') continue;
        const media = Object.entries(r.content ?? {});
        assert.ok(media.length >= 1 && media.every(([, m]) => m.schema), `${where} ${status} has a schema for each media type`);
      }
      for (const s of ['401', '500']) assert.ok(op.responses[s], `${where} documents ${s}`);
      for (const [status, r] of Object.entries(op.responses).filter(([s]) => /^[45]\d\d$/.test(s))) {
        assert.deepEqual(r.content?.['application/json']?.schema, { $ref: '#/components/schemas/Error' }, `${where} ${status} is the shared Error`);
      }
      assert.ok(Array.isArray(op.security), `${where} states its security`);
      assert.ok(op.security.length === 0 || JSON.stringify(op.security) === '[{"bearer":[]}]', `${where}: public ([]) or bearer`);
    }
    assert.deepEqual(doc.paths['/api/products/{id}']!.get!.security, [], 'reading a product needs no sign-in');
    assert.deepEqual(doc.paths['/api/products/{id}']!.patch!.security, [{ bearer: [] }], 'changing one does');
    assert.ok(doc.paths['/api/products/{id}']!.get!.responses['404'], 'a missing product is a documented 404');
    assert.ok(doc.paths['/api/products/{id}']!.delete!.responses['204'], 'delete answers 204');
  });

  test('the shared error schema lists exactly the codes of src/core/errors.ts', () => {
    assert.deepEqual([...(doc.components.schemas.ErrorCode!.enum ?? [])].sort(), Object.keys(ERROR_STATUS).sort());
    assert.deepEqual(Object.keys(doc.components.schemas.Error!.properties ?? {}), ['error']);
  });

  test('spreadsheet uploads document their raw csv/xlsx bodies and downloads their file media types', () => {
    for (const [path, method] of [
      ['/api/products/import', 'post'],
      ['/api/load-plans/lots', 'post'],
      ['/api/index/surveys', 'post'],
    ] as const) {
      const body = doc.paths[path]![method]!.requestBody;
      assert.ok(body, `${path} has a request body`);
      for (const type of ['text/csv', XLSX])
        assert.deepEqual(
          body.content[type],
          { schema: { type: 'string', format: 'binary', description: 'The file itself as the raw request body' } },
          `${path} takes ${type}`,
        );
    }
    for (const path of ['/api/products/export', '/api/index/series/download']) {
      const content = doc.paths[path]!.get!.responses['200']!.content ?? {};
      assert.deepEqual(Object.keys(content).sort(), ['text/csv', XLSX].sort(), `${path} answers a file`);
    }
    assert.ok(doc.paths['/api/products/import']!.post!.responses['422'], 'a rejected import is a documented 422');
    assert.ok(doc.paths['/api/auth/login']!.post!.responses['429'], 'sign-in documents its rate limit');
  });

  test('Redocly lint finds no error and no warning in the document', async () => {
    const lint = await lintOpenApi(doc);
    assert.equal(lint.errors + lint.warnings, 0, lint.report);
  });

  test('a client generated with openapi-typescript and used through openapi-fetch type-checks with zero errors', async () => {
    const client = await checkGeneratedClient(doc);
    assert.equal(client.output, '', 'tsc --noEmit reports nothing');
    assert.ok(client.ok);
    assert.match(client.types, /importProducts: \{/, 'operations are named by their operationId');
  });

  test('a route added without operationId or response schema stops the server from starting', async () => {
    const undocumented = buildApp({ database: d, extraRoutes: [(a) => void a.get('/api/undocumented', async () => ({ ok: true }))] });
    await assert.rejects(undocumented, /route GET \/api\/undocumented has no schema: add operationId and response/);
    const unnamed = buildApp({
      database: d,
      extraRoutes: [(a) => void a.get('/api/unnamed', { schema: { response: { 200: z.object({}) } } }, async () => ({}))],
    });
    await assert.rejects(unnamed, /route GET \/api\/unnamed has no camelCase operationId/);
    const noSchema = buildApp({ database: d, extraRoutes: [(a) => void a.get('/api/x', { schema: { operationId: 'getX' } }, async () => ({}))] });
    await assert.rejects(noSchema, /documents no 2xx response/);
    const twice = buildApp({
      database: d,
      extraRoutes: [(a) => void a.get('/api/y', { schema: { operationId: 'getProduct', response: { 200: z.object({}) } } }, async () => ({}))],
    });
    await assert.rejects(twice, /operationId getProduct is used by both/);
  });

  test('a field the response schema forgets fails the request under test instead of being silently dropped; in production the body is sent whole', async () => {
    const extra = (a: FastifyInstance) =>
      void a
        .withTypeProvider<ZodTypeProvider>()
        .get(
          '/api/forgetful',
          { schema: { operationId: 'getForgetful', security: [], response: { 200: z.object({ a: z.number() }) } } },
          async () => ({ a: 1, secret: 2 }) as { a: number },
        );
    const strictApp = await buildApp({ database: d, extraRoutes: [extra] });
    const r = await strictApp.inject('/api/forgetful');
    await strictApp.close();
    assert.equal(r.statusCode, 500, r.body);
    const lenient = Fastify().withTypeProvider<ZodTypeProvider>();
    lenient.setSerializerCompiler(createResponseSerializerCompiler(() => false));
    lenient.get('/forgetful', { schema: { response: { 200: z.object({ a: z.number() }) } } }, async () => ({ a: 1, secret: 2 }) as { a: number });
    lenient.get('/mistyped', { schema: { response: { 200: z.object({ a: z.number() }) } } }, async () => ({ a: 'one' }) as unknown as { a: number });
    assert.deepEqual((await lenient.inject('/forgetful')).json(), { a: 1, secret: 2 });
    const warned = new Promise<Error>((res) => process.once('warning', res));
    const p = await lenient.inject('/mistyped');
    await lenient.close();
    assert.equal(p.statusCode, 200);
    assert.deepEqual(p.json(), { a: 'one' });
    assert.match((await warned).message, /response 200 of GET \/mistyped does not match its OpenAPI schema/);
  });

  test('in production a sample of the responses is checked: the first 16 per route and status, then one in 64', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setSerializerCompiler(createResponseSerializerCompiler(() => false));
    // Each route answers a body its schema does not describe on one call only (numbered from 0).
    const route = (url: string, badAt: number) => {
      let n = 0;
      app.get(url, { schema: { response: { 200: z.object({ a: z.number() }) } } }, async () => (n++ === badAt ? { a: 'one' } : { a: 1 }) as { a: number });
    };
    route('/bad-at-3', 3);
    route('/bad-at-20', 20);
    route('/bad-at-128', 128);
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 130; i++) for (const url of ['/bad-at-3', '/bad-at-20', '/bad-at-128']) assert.equal((await app.inject(url)).statusCode, 200);
      await new Promise((res) => setImmediate(res)); // warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
      await app.close();
    }
    assert.deepEqual(
      warnings.filter((w) => /does not match its OpenAPI schema/.test(w)).map((w) => /GET (\S+)/.exec(w)![1]),
      ['/bad-at-3', '/bad-at-128'],
    );
  });
});

for (const engine of testEngines()) {
  describe(`real answers match the documented contract on ${engine}`, () => {
    let m: Market;
    let app: FastifyInstance;
    let doc: Doc;
    const tokens: Record<string, string> = {};
    before(async () => {
      m = await tinyMarket(engine);
      app = await buildApp({ database: m.d });
      doc = (await app.inject('/openapi.json')).json();
      for (const [u, p] of [
        ['operator', 'operator123'],
        ['merchant', 'merchant123'],
        ['merchant2', 'merchant123'],
      ] as const) {
        tokens[u] = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: p } })).json().token;
      }
    });
    after(async () => {
      await app.close();
      await m.d.close();
    });

    test('every answer, success or error, has a status its operation documents and passes its response schema (no 500)', async () => {
      const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
      const call = async (method: string, url: string, opts: { who?: string; payload?: unknown; type?: string; expect: number }) => {
        const headers: Record<string, string> = { ...(opts.who ? as(opts.who) : {}), ...(opts.type ? { 'content-type': opts.type } : {}) };
        const r = await app.inject({ method: method as 'GET', url, headers, ...(opts.payload !== undefined ? { payload: opts.payload as string } : {}) });
        const op = operationOf(doc, method, url);
        assert.ok(op, `${method} ${url} is documented`);
        assert.equal(r.statusCode, opts.expect, `${method} ${url}: ${r.body.slice(0, 300)}`);
        assert.ok(op.responses[String(r.statusCode)], `${method} ${url} answered ${r.statusCode}, which ${op.operationId} documents`);
        if (r.statusCode >= 400) assert.ok(Object.keys(ERROR_STATUS).includes(r.json().error.code));
        return r;
      };
      const product = (await call('GET', '/api/products?pageSize=3', { expect: 200 })).json().items[0];
      await call('GET', `/api/products/${product.id}`, { expect: 200 });
      await call('GET', '/api/products/999999999', { expect: 404 });
      await call('GET', '/api/products?pageSize=100000', { expect: 400 });
      const created = (await call('POST', '/api/products', { who: 'merchant', payload: sampleProduct(m.categoryLeaf, 'OPENAPI-1'), expect: 201 })).json();
      await call('POST', '/api/products', { who: 'merchant', payload: sampleProduct(m.categoryLeaf, 'OPENAPI-1'), expect: 409 });
      await call('PATCH', `/api/products/${created.id}`, { who: 'merchant', payload: { moq: 200 }, expect: 200 });
      await call('PATCH', `/api/products/${created.id}`, { who: 'merchant2', payload: { moq: 300 }, expect: 403 });
      await call('PATCH', `/api/products/${created.id}`, { payload: { moq: 300 }, expect: 401 });
      await call('DELETE', `/api/products/${created.id}`, { who: 'merchant', expect: 204 });
      const csv = (await call('GET', '/api/products/export?format=csv', { who: 'merchant', expect: 200 })).body;
      await call('POST', '/api/products/import?format=csv', { who: 'merchant', payload: csv, type: 'text/csv', expect: 200 });
      await call('POST', '/api/products/import', { who: 'merchant', payload: '{}', type: 'application/json', expect: 415 });
      await call('GET', '/api/categories', { expect: 200 });
      await call('GET', `/api/categories/${m.categoryLeaf}`, { expect: 200 });
      await call('GET', '/api/spreadsheet-columns', { expect: 200 });
      await call('GET', '/health', { expect: 200 });
      await call('GET', '/api/auth/me', { who: 'merchant', expect: 200 });
      await call('GET', '/api/auth/me', { expect: 401 });
      await call('GET', '/api/markets', { expect: 200 });
      await call('GET', '/api/districts', { expect: 200 });
      const stall = (await call('GET', '/api/stalls?pageSize=1', { expect: 200 })).json().items[0];
      await call('GET', `/api/stalls/${stall.id}`, { expect: 200 });
      await call('GET', `/api/stalls/by-address?address=${encodeURIComponent(stall.addressZh)}`, { expect: 200 });
      await call('GET', `/api/stalls/${stall.id}/holdings`, { expect: 200 });
      await call('PATCH', `/api/stalls/${stall.id}`, { who: 'operator', payload: { shopNameEn: 'Contract Test Shop' }, expect: 200 });
      const entities = (await call('GET', '/api/entities?pageSize=2', { expect: 200 })).json();
      await call('GET', `/api/entities/${entities.items[0].id}`, { expect: 200 });
      await call('GET', '/api/uscc/91330782MA2EXAMPLE', { expect: 200 });
      await call('GET', '/api/index/method', { expect: 200 });
      await call('GET', '/api/index/releases', { expect: 200 });
      await call('GET', '/api/index/releases/999999', { expect: 404 });
      await call('GET', '/api/container-types', { expect: 200 });
      const lots = 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg\nL1,A,10,60,40,40,18\n';
      await call('POST', '/api/load-plans/lots', { payload: lots, type: 'text/csv', expect: 200 });
      const plan = {
        lots: [{ id: 'L1', owner: 'A', count: 10, lengthCm: 60, widthCm: 40, heightCm: 40, grossKg: 18 }],
        containers: [{ code: '20GP' }],
        timeLimitSeconds: 1,
      };
      await call('POST', '/api/load-plans', { payload: plan, expect: 200 });
      await call('GET', '/api/search?q=cup', { expect: 404 });
    });
  });
}
