import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { tinyMarket, type Market } from './fixtures.ts';

/** A built web UI as web/vite.config.ts leaves it: hashed files under assets/ with .br/.gz copies beside them. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yiwu-web-'));
  mkdirSync(join(dir, 'assets'));
  const write = (name: string, text: string, precompressed: boolean) => {
    writeFileSync(join(dir, name), text);
    if (!precompressed) return;
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
  };
  write('index.html', `<!doctype html><html lang="zh-CN"><head><title>shell</title></head><body>${' '.repeat(1200)}</body></html>`, true);
  write('assets/index-AbCd1234.js', `console.log(${JSON.stringify('x'.repeat(4000))});`, true);
  write('robots.txt', 'User-agent: *\nAllow: /\n', false);
  return dir;
}

/** Vary names Accept-Encoding exactly once. */
function variesOnEncodingOnce(vary: unknown): boolean {
  return (
    String(vary)
      .split(',')
      .filter((t) => t.trim().toLowerCase() === 'accept-encoding').length === 1
  );
}

/** A WebP as the picture routes serve it: compressed media must go out as they are. */
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(4000, 7)]);

for (const engine of testEngines()) {
  describe(`web assets and compression on ${engine}`, () => {
    let m: Market;
    let app: FastifyInstance;
    let webDir: string;
    before(async () => {
      webDir = fakeWebDist();
      m = await tinyMarket(engine);
      app = await buildApp({
        database: m.d,
        webDir,
        extraRoutes: [
          (api) => {
            api.get('/media/test.webp', { schema: { hide: true } }, async (_req, reply) => reply.type('image/webp').send(WEBP));
          },
        ],
      });
    });
    after(async () => {
      await app?.close();
      await m?.d.close();
      rmSync(webDir, { recursive: true, force: true });
    });

    const JS = '/assets/index-AbCd1234.js';

    test('a hashed asset is immutable for a year and sent brotli-compressed when brotli is accepted', async () => {
      const r = await app.inject({ url: JS, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(r.headers['content-encoding'], 'br');
      assert.match(String(r.headers['content-type']), /javascript/);
      assert.ok(variesOnEncodingOnce(r.headers.vary), String(r.headers.vary));
      assert.match(brotliDecompressSync(r.rawPayload).toString(), /^console\.log\("x{4000}"\);$/);
    });

    test('the same asset goes out gzip when only gzip is accepted, and plain when nothing is', async () => {
      const g = await app.inject({ url: JS, headers: { 'accept-encoding': 'gzip' } });
      assert.equal(g.statusCode, 200);
      assert.equal(g.headers['content-encoding'], 'gzip');
      assert.equal(g.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.match(gunzipSync(g.rawPayload).toString(), /^console\.log/);
      const plain = await app.inject({ url: JS });
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(variesOnEncodingOnce(plain.headers.vary), String(plain.headers.vary));
      assert.match(plain.body, /^console\.log/);
      const identity = await app.inject({ url: JS, headers: { 'accept-encoding': 'identity' } });
      assert.equal(identity.headers['content-encoding'], undefined);
    });

    test('the compressed copies are not addressable by URL, and a missing hashed file is a 404, not the shell', async () => {
      const br = await app.inject({ url: `${JS}.br` });
      assert.equal(br.statusCode, 404);
      const gone = await app.inject({ url: '/assets/index-OldBuild1.js', headers: { 'accept-encoding': 'br' } });
      assert.equal(gone.statusCode, 404);
      assert.equal(gone.json().error.code, 'NOT_FOUND');
    });

    test('the app shell (/, client-side routes) is no-cache with an ETag, compressed, and revalidates to 304', async () => {
      for (const url of ['/', '/index.html', '/product/1', '/category/0101?page=2']) {
        const r = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
        assert.equal(r.statusCode, 200, url);
        assert.equal(r.headers['cache-control'], 'no-cache', url);
        assert.equal(r.headers['content-encoding'], 'br', url);
        assert.match(String(r.headers['content-type']), /text\/html/, url);
        assert.ok(variesOnEncodingOnce(r.headers.vary), `${url}: ${r.headers.vary}`);
        assert.match(brotliDecompressSync(r.rawPayload).toString(), /<title>shell<\/title>/, url);
        const etag = r.headers.etag;
        assert.ok(etag, url);
        const again = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip', 'if-none-match': String(etag) } });
        assert.equal(again.statusCode, 304, url);
      }
      const robots = await app.inject({ url: '/robots.txt', headers: { 'accept-encoding': 'br' } });
      assert.equal(robots.statusCode, 200);
      assert.equal(robots.headers['cache-control'], 'no-cache');
      assert.equal(robots.headers['content-encoding'], undefined, 'a file under 1 KiB is sent as it is');
    });

    test('API JSON is compressed above 1 KiB (brotli or gzip) and not below; unknown API paths stay JSON 404s', async () => {
      const url = '/api/products?pageSize=20';
      const plain = await app.inject({ url });
      assert.equal(plain.statusCode, 200);
      assert.ok(plain.rawPayload.length > 1024, `the product page is ${plain.rawPayload.length} bytes`);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(variesOnEncodingOnce(plain.headers.vary), String(plain.headers.vary));
      const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.ok(variesOnEncodingOnce(br.headers.vary), String(br.headers.vary));
      const decoded = brotliDecompressSync(br.rawPayload);
      assert.ok(br.rawPayload.length < decoded.length / 2, `${br.rawPayload.length} of ${decoded.length} bytes`);
      assert.deepEqual(JSON.parse(decoded.toString()), plain.json());
      const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.ok(variesOnEncodingOnce(gz.headers.vary), String(gz.headers.vary));
      assert.deepEqual(JSON.parse(gunzipSync(gz.rawPayload).toString()), plain.json());

      const small = await app.inject({ url: '/health', headers: { 'accept-encoding': 'br, gzip' } });
      assert.equal(small.statusCode, 200);
      assert.ok(small.rawPayload.length < 1024);
      assert.equal(small.headers['content-encoding'], undefined);

      const missing = await app.inject({ url: '/api/no-such-thing', headers: { 'accept-encoding': 'br' } });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.code, 'NOT_FOUND');

      const openapi = await app.inject({ url: '/openapi.json', headers: { 'accept-encoding': 'br' } });
      assert.equal(openapi.headers['content-encoding'], 'br');
    });

    test('already-compressed media (WebP) go out as they are', async () => {
      const r = await app.inject({ url: '/media/test.webp', headers: { 'accept-encoding': 'br, gzip' } });
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'image/webp');
      assert.equal(r.headers['content-encoding'], undefined);
      assert.deepEqual(r.rawPayload, WEBP);
    });
  });
}
