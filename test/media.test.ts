/**
 * Product pictures over HTTP on every engine: the real type is judged by
 * content, metadata is stripped, orientation applied, only the product's
 * merchant (or the operator) may change its pictures, and renditions are
 * served content-addressed with immutable caching.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { MemoryBlobStore } from '../src/core/blob-store/index.ts';
import { zip } from '../src/core/spreadsheet/xlsx-fixtures.ts';
import * as catalog from '../src/modules/catalog/index.ts';
import { marketApp, type SignedIn } from './market-app.ts';
import type { Market } from './fixtures.ts';

const MB = 1024 * 1024;

/** A 300×200 JPEG with EXIF (camera, GPS position) and orientation 6 (rotate 90° clockwise to view). */
async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'Secret 1', Artist: 'Someone Private' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 4/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const png = (w = 64, h = 48, r = 20) =>
  sharp({ create: { width: w, height: h, channels: 4, background: { r, g: 120, b: 200, alpha: 1 } } })
    .png()
    .toBuffer();

/** A PNG whose header claims 20000×20000 pixels (a decompression bomb's header) with no real image data. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const engine of testEngines()) {
  describe(`product pictures on ${engine}`, () => {
    let app: FastifyInstance;
    let as: SignedIn;
    let m: Market;
    let close: () => Promise<void>;
    let store: MemoryBlobStore;
    let own: number; // a product of `merchant`
    let other: number; // a product of `merchant2`
    before(async () => {
      ({ app, as, m, close } = await marketApp(engine, ['operator', 'merchant', 'merchant2', 'buyer']));
      store = new MemoryBlobStore();
      catalog.images.useMediaStore(m.d, store);
      const pick = async (merchantId: number) =>
        (await m.d.db.selectFrom('products').select('id').where('merchant_id', '=', merchantId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
      own = await pick(m.merchant.entityId!);
      other = await pick(m.merchant2.entityId!);
    });
    after(() => close());

    const upload = (productId: number, body: Buffer, who: string | null, type = 'image/jpeg') =>
      app.inject({
        method: 'POST',
        url: `/api/products/${productId}/images`,
        payload: body,
        headers: { ...(who ? as(who) : {}), 'content-type': type },
      });
    const clear = async (productId: number) => {
      const list = (await app.inject({ url: `/api/products/${productId}/images` })).json().items as { id: number }[];
      for (const i of list) await app.inject({ method: 'DELETE', url: `/api/products/${productId}/images/${i.id}`, headers: as('operator') });
    };

    test('a JPEG loses its EXIF (GPS, camera, author) and is turned upright; renditions are WebP at 160, 480 and 1200', async () => {
      await clear(own);
      const original = await jpegWithExif();
      const before = await sharp(original).metadata();
      assert.equal(before.orientation, 6, 'the fixture carries an orientation');
      assert.ok(before.exif && original.includes(Buffer.from('Someone Private')), 'and EXIF with an author');
      const r = await upload(own, original, 'merchant');
      assert.equal(r.statusCode, 201, r.body);
      const [img] = r.json().items;
      assert.deepEqual(
        img.renditions.map((x: { size: number }) => x.size),
        [160, 480, 1200],
      );
      assert.equal(img.width, 200, 'orientation 6 applied: the 300×200 picture stands 200 wide');
      assert.equal(img.height, 300);
      for (const rend of img.renditions) {
        const file = await app.inject({ url: rend.url });
        assert.equal(file.statusCode, 200);
        const meta = await sharp(file.rawPayload).metadata();
        assert.equal(meta.format, 'webp');
        assert.equal(meta.exif, undefined, 'no EXIF left');
        assert.equal(meta.xmp, undefined);
        assert.equal(meta.icc, undefined);
        assert.equal(meta.orientation, undefined);
        assert.ok(!file.rawPayload.includes(Buffer.from('Someone Private')) && !file.rawPayload.includes(Buffer.from('SpyCam')));
        assert.ok(Math.max(meta.width!, meta.height!) <= rend.size);
      }
      const small = await sharp((await app.inject({ url: img.renditions[0].url })).rawPayload).metadata();
      assert.deepEqual([small.width, small.height], [107, 160]);
    });

    test('the type is judged by content: a PNG sent as image/jpeg is accepted; text, a damaged JPEG and a pixel bomb are refused with stable codes', async () => {
      await clear(own);
      const ok = await upload(own, await png(), 'merchant', 'image/jpeg');
      assert.equal(ok.statusCode, 201, ok.body);
      const text = await upload(own, Buffer.from('hello, I am not a picture\n'.repeat(10)), 'merchant', 'image/png');
      assert.equal(text.statusCode, 415);
      assert.equal(text.json().error.code, 'UNSUPPORTED_MEDIA');
      const html = await upload(own, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'merchant', 'application/octet-stream');
      assert.equal(html.statusCode, 415, 'SVG is not accepted (it is a document, not a picture)');
      const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]);
      const bad = await upload(own, damaged, 'merchant');
      assert.equal(bad.statusCode, 400, bad.body);
      assert.equal(bad.json().error.code, 'VALIDATION');
      assert.equal(bad.json().error.details.reason, 'undecodable');
      const bomb = await upload(own, pngBomb(), 'merchant', 'image/png');
      assert.equal(bomb.statusCode, 413, bomb.body);
      assert.equal(bomb.json().error.details.limit, 'maxPixels');
      const listed = (await app.inject({ url: `/api/products/${own}/images` })).json().items;
      assert.equal(listed.length, 1, 'only the PNG was kept');
    });

    test("roles: a buyer or a visitor cannot upload (refused before the body is read); a merchant cannot touch another merchant's pictures; the operator can", async () => {
      const big = Buffer.alloc(12 * MB, 0x41); // over the 10 MB limit: a 413 would mean the body was read first
      assert.equal((await upload(own, big, null)).statusCode, 401);
      const buyer = await upload(own, big, 'buyer');
      assert.equal(buyer.statusCode, 403, buyer.body);
      const foreign = await upload(other, big, 'merchant');
      assert.equal(foreign.statusCode, 403, foreign.body);
      assert.equal((await upload(own, big, 'merchant')).statusCode, 413, 'the owner reaches the body limit');
      await clear(other);
      const op = await upload(other, await png(40, 40, 90), 'operator', 'image/png');
      assert.equal(op.statusCode, 201, op.body);
      const id = op.json().items[0].id;
      const del = await app.inject({ method: 'DELETE', url: `/api/products/${other}/images/${id}`, headers: as('merchant') });
      assert.equal(del.statusCode, 403);
      const main = await app.inject({ method: 'POST', url: `/api/products/${other}/images/${id}/main`, headers: as('merchant') });
      assert.equal(main.statusCode, 403);
      const order = await app.inject({ method: 'PUT', url: `/api/products/${other}/images/order`, payload: { imageIds: [id] }, headers: as('merchant') });
      assert.equal(order.statusCode, 403);
      const own2 = await app.inject({ method: 'DELETE', url: `/api/products/${other}/images/${id}`, headers: as('merchant2') });
      assert.equal(own2.statusCode, 200, own2.body);
      assert.equal((await upload(999_999_999, await png(), 'merchant', 'image/png')).statusCode, 404);
    });

    test('ordered, one main: reorder, set main and delete; the product carries its main picture; deleted files go', async () => {
      await clear(own);
      const ids: number[] = [];
      for (const shade of [10, 80, 160]) {
        const r = await upload(own, await png(50, 50, shade), 'merchant', 'image/png');
        assert.equal(r.statusCode, 201, r.body);
        ids.push(r.json().items.at(-1).id);
      }
      let product = (await app.inject({ url: `/api/products/${own}` })).json();
      assert.equal(product.mainImage.id, ids[0], 'the first upload is the main picture');
      const re = await app.inject({
        method: 'PUT',
        url: `/api/products/${own}/images/order`,
        payload: { imageIds: [ids[2], ids[0], ids[1]] },
        headers: as('merchant'),
      });
      assert.equal(re.statusCode, 200, re.body);
      assert.deepEqual(
        re.json().items.map((i: { id: number }) => i.id),
        [ids[2], ids[0], ids[1]],
      );
      const wrong = await app.inject({ method: 'PUT', url: `/api/products/${own}/images/order`, payload: { imageIds: [ids[0]] }, headers: as('merchant') });
      assert.equal(wrong.statusCode, 400);
      const main = await app.inject({ method: 'POST', url: `/api/products/${own}/images/${ids[1]}/main`, headers: as('merchant') });
      assert.deepEqual(
        main.json().items.map((i: { id: number }) => i.id),
        [ids[1], ids[2], ids[0]],
      );
      product = (await app.inject({ url: `/api/products/${own}` })).json();
      assert.equal(product.mainImage.id, ids[1]);
      const listed = (await app.inject({ url: `/api/products?merchant=${m.merchant.entityId}&pageSize=100` }))
        .json()
        .items.find((p: { id: number }) => p.id === own);
      assert.equal(listed.mainImage.id, ids[1], 'lists carry the main picture too');
      const gone = main.json().items[0];
      const del = await app.inject({ method: 'DELETE', url: `/api/products/${own}/images/${ids[1]}`, headers: as('merchant') });
      assert.equal(del.statusCode, 200);
      assert.equal(del.json().items[0].id, ids[2], 'the next picture becomes the main one');
      assert.equal((await app.inject({ url: gone.renditions[1].url })).statusCode, 404, 'its files are deleted');
      assert.ok(!store.keys().some((k) => k.startsWith(gone.hash)));
    });

    test('at most 10 pictures per product', async () => {
      await clear(own);
      for (let i = 0; i < 10; i++) assert.equal((await upload(own, await png(20, 20, i * 20), 'merchant', 'image/png')).statusCode, 201);
      const r = await upload(own, await png(20, 20, 250), 'merchant', 'image/png');
      assert.equal(r.statusCode, 400);
      assert.equal(r.json().error.details.reason, 'too-many-images');
      await clear(own);
    });

    test('renditions are served content-addressed with immutable caching and an ETag; a matching If-None-Match gets 304', async () => {
      await clear(own);
      const img = (await upload(own, await png(), 'merchant', 'image/png')).json().items[0];
      const url = img.renditions[2].url as string;
      assert.match(url, /^\/media\/[0-9a-f]{32}-1200\.webp$/);
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'image/webp');
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
      const etag = r.headers.etag as string;
      assert.equal(etag, `"${img.hash}-1200"`);
      const again = await app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.rawPayload.length, 0);
      assert.equal((await app.inject({ url: '/media/../../etc/passwd' })).statusCode, 404);
      assert.equal((await app.inject({ url: `/media/${img.hash}-999.webp` })).statusCode, 404);
      assert.equal((await app.inject({ url: `/media/${'0'.repeat(32)}-160.webp` })).statusCode, 404);
      // The same file uploaded to another product shares the files; deleting one keeps them for the other.
      await clear(other);
      const twin = await upload(other, await png(), 'merchant2', 'image/png');
      assert.equal(twin.json().items[0].hash, img.hash);
      await clear(own);
      assert.equal((await app.inject({ url })).statusCode, 200, 'still used by the other product');
      await clear(other);
      assert.equal((await app.inject({ url })).statusCode, 404);
    });

    test('an import bundle (a sheet and picture files in a zip) attaches the named files; URLs stay external, never fetched; a missing file is reported on its row', async () => {
      const header = 'sku,category,title_en,unit,moq,price_1,hs_code,carton_units,carton_length_cm,carton_width_cm,carton_height_cm,carton_gross_kg,images';
      const row = (sku: string, images: string) => `${sku},${m.categoryLeaf},Bundle Cup ${sku},pcs,100,12.50,9617001900,50,52,38,30.5,18.6,"${images}"`;
      const cup = await png(30, 30, 200);
      const good = await zip([
        {
          name: 'goods/products.csv',
          parts: [`${header}\n${row('BUNDLE-1', 'pics/CUP.png; https://img.example.com/a.jpg')}\n${row('BUNDLE-2', 'cup.png')}\n`],
        },
        { name: 'goods/pics/cup.png', parts: [cup] },
        { name: '__MACOSX/goods/._cup.png', parts: ['junk'] },
      ]);
      const post = (body: Buffer, who = 'merchant') =>
        app.inject({ method: 'POST', url: '/api/products/import-bundle', payload: body, headers: { ...as(who), 'content-type': 'application/zip' } });
      assert.equal((await post(good, 'buyer')).statusCode, 403);
      const r = await post(good);
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(r.json(), { rows: 2, created: 2, updated: 0, pictures: 1 });
      const mine = (await app.inject({ url: `/api/products?merchant=${m.merchant.entityId}&pageSize=100`, headers: as('merchant') })).json().items;
      const one = mine.find((p: { sku: string }) => p.sku === 'BUNDLE-1');
      const two = mine.find((p: { sku: string }) => p.sku === 'BUNDLE-2');
      assert.ok(one.mainImage && two.mainImage, 'both rows got the file');
      assert.equal(one.mainImage.hash, two.mainImage.hash, 'one file, processed once, shared');
      assert.deepEqual(one.images, ['https://img.example.com/a.jpg'], 'the URL is kept as an external reference');
      assert.equal((await app.inject({ url: one.mainImage.renditions[0].url })).statusCode, 200);
      const again = await post(good);
      assert.equal(again.statusCode, 200);
      assert.equal((await app.inject({ url: `/api/products/${one.id}/images` })).json().items.length, 1, 'importing again adds no duplicate');
      const missing = await zip([{ name: 'products.csv', parts: [`${header}\n${row('BUNDLE-3', 'nowhere.jpg')}\n`] }]);
      const bad = await post(missing);
      assert.equal(bad.statusCode, 422, bad.body);
      assert.ok(JSON.stringify(bad.json().error.details).includes('IMAGE_NOT_IN_BUNDLE'), bad.body);
      const notZip = await post(Buffer.from('not a zip at all'));
      assert.equal(notZip.statusCode, 400, notZip.body);
    });
  });
}
