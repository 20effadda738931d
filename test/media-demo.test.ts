/**
 * Demo pictures: every demo product shows an illustration of its kind on a
 * background tinted by its colour, drawn once per kind × colour and shared.
 * Needs the icon set (@iconify-json/fluent-emoji-flat); skipped without it.
 * The icon choice and colour rules: src/modules/demo/pictures.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import { testEngines } from '../src/core/db/testing.ts';
import { marketApp } from './market-app.ts';

/** Whether the icon set is installed (the demo loads without pictures otherwise). */
const hasIcons = (() => {
  try {
    createRequire(import.meta.url).resolve('@iconify-json/fluent-emoji-flat/icons.json');
    return true;
  } catch {
    return false;
  }
})();

for (const engine of testEngines()) {
  describe(`demo pictures on ${engine}`, { skip: !hasIcons && 'icon set not installed' }, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    before(async () => {
      ({ app, close } = await marketApp(engine, [], { pictures: true }));
    });
    after(() => close());

    test('every demo product has a main picture; same kind and colour share one file; a red product has a red background', async () => {
      const page = (await app.inject({ url: '/api/products?pageSize=100' })).json();
      assert.equal(page.items.length, 100);
      for (const p of page.items) assert.ok(p.mainImage, `product ${p.id} has a picture`);
      const hashes = new Set(page.items.map((p: { mainImage: { hash: string } }) => p.mainImage.hash));
      assert.ok(hashes.size > 20 && hashes.size < 100, `${hashes.size} different pictures over 100 products: shared, yet varied`);
      const red = page.items.find((p: { titleEn: string; attributes: Record<string, string> }) => !p.attributes.colour && / red /i.test(` ${p.titleEn} `));
      if (red) {
        const file = await app.inject({ url: red.mainImage.renditions[1].url });
        assert.equal(file.statusCode, 200);
        const { data } = await sharp(file.rawPayload).extract({ left: 4, top: 4, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
        assert.ok(data[0]! > data[1]! + 20 && data[0]! > data[2]! + 20, `a red tint in the corner: rgb(${[...data].join(',')})`);
      }
      const small = await app.inject({ url: page.items[0].mainImage.renditions[0].url });
      const meta = await sharp(small.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 160, 160]);
    });
  });
}
