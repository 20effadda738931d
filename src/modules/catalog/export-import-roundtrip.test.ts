import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testEngines } from '../../core/db/testing.ts';
import type { AppError } from '../../core/errors.ts';
import { tinyMarket, type Market } from '../../../test/fixtures.ts';
import ExcelJS from 'exceljs';
import { UNIT_KEYS } from '../../core/units.ts';
import { createProduct, deleteProduct, exportProducts, importProducts, listProducts, ProductInput, type Product } from './index.ts';

/** Text pieces that broke or could break the sheet: separators, quotes, line breaks, formula triggers, full-width forms, Chinese. */
const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  "'",
  "''=",
  '\t',
  '\n',
  '\r\n',
  ' ',
  '　',
  ',',
  '"',
  ';',
  '；',
  ':',
  '：',
  '|',
  '{',
  '[',
  '=HYPERLINK("http://x","y")',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1)',
  '-12.5',
  '保温杯',
  '义乌小商品',
  'Thermos 500ml',
  'a=b',
  '😀',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }));
const text = (maxPieces: number) => fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((p) => p.join(''));
const title = (max: number) =>
  text(8)
    .map((s) => s.trim().slice(0, max))
    .filter((s) => s !== '');

const CURRENCIES = ['CNY', 'USD', 'JPY', 'KWD'] as const;

const tiersArb = fc
  .record({
    moq: fc.integer({ min: 1, max: 1_000_000 }),
    belowMoq: fc.boolean(),
    steps: fc.array(fc.record({ dq: fc.integer({ min: 1, max: 50_000 }), dp: fc.integer({ min: 0, max: 500 }) }), { minLength: 0, maxLength: 9 }),
    firstPrice: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constant(999_999_999_999_999)),
  })
  .map(({ moq, belowMoq, steps, firstPrice }) => {
    let q = belowMoq ? Math.max(1, moq - 1) : moq;
    let p = firstPrice;
    const tiers = [{ minQty: q, unitPrice: p }];
    for (const s of steps) {
      q += s.dq;
      p = Math.max(1, p - s.dp);
      tiers.push({ minQty: q, unitPrice: p });
    }
    return { moq, tiers };
  });

const productArb = (category: string) =>
  fc
    .record({
      sku: fc.stringMatching(/^[-A-Za-z0-9._/#货号]{0,6}$/),
      titleZh: fc.option(title(200), { nil: undefined }),
      titleEn: fc.option(title(300), { nil: undefined }),
      descriptionZh: fc.option(text(12), { nil: undefined }),
      descriptionEn: fc.option(text(12), { nil: undefined }),
      titles: fc.dictionary(fc.constantFrom('fr', 'de', 'ru', 'es-MX', 'ar'), title(300), { maxKeys: 3 }),
      attributes: fc.dictionary(
        title(50),
        text(5).map((s) => s.slice(0, 200)),
        { maxKeys: 5 },
      ),
      unit: fc.constantFrom(...UNIT_KEYS),
      tiers: tiersArb,
      currency: fc.constantFrom(...CURRENCIES),
      stock: fc.integer({ min: 0, max: 2_000_000_000 }),
      hsCode: fc.stringMatching(/^[0-9]{6}([0-9]{2}){0,2}$/),
      carton: fc.record({
        units: fc.integer({ min: 1, max: 1_000_000 }),
        lengthMm: fc.integer({ min: 1, max: 3000 }),
        widthMm: fc.integer({ min: 1, max: 3000 }),
        heightMm: fc.integer({ min: 1, max: 3000 }),
        grossG: fc.integer({ min: 1, max: 1_000_000 }),
      }),
      images: fc.array(fc.oneof(fc.webUrl(), fc.constantFrom('https://img.example.com/a|b.jpg', 'https://img.example.com/a b.jpg')), { maxLength: 3 }),
      status: fc.constantFrom('active' as const, 'hidden' as const),
    })
    .map((r) => ({
      sku: r.sku,
      categoryCode: category,
      ...(r.titleZh !== undefined ? { titleZh: r.titleZh } : {}),
      ...(r.titleEn !== undefined || r.titleZh === undefined ? { titleEn: r.titleEn ?? 'Item' } : {}),
      ...(r.descriptionZh !== undefined ? { descriptionZh: r.descriptionZh } : {}),
      ...(r.descriptionEn !== undefined ? { descriptionEn: r.descriptionEn } : {}),
      titles: r.titles,
      attributes: r.attributes,
      unit: r.unit,
      moq: r.tiers.moq,
      currency: r.currency,
      priceTiers: r.tiers.tiers,
      stock: r.stock,
      hsCode: r.hsCode,
      carton: {
        units: r.carton.units,
        lengthCm: r.carton.lengthMm / 10,
        widthCm: r.carton.widthMm / 10,
        heightCm: r.carton.heightMm / 10,
        grossKg: r.carton.grossG / 1000,
      },
      images: r.images,
      status: r.status,
    }))
    .filter((p) => ProductInput.safeParse(p).success);

const comparable = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Product) => rest;

for (const engine of testEngines()) {
  describe(`export → import is the identity on ${engine}`, () => {
    let m: Market;
    let merchantId: number;
    before(async () => {
      m = await tinyMarket(engine);
      // A merchant of its own, with no goods: every exported row is a generated product.
      merchantId = (await m.d.db.insertInto('entities').values({ kind: 'merchant', name_en: 'Round Trip Trading' }).returning('id').executeTakeFirstOrThrow())
        .id;
    });
    after(() => m.d.close());

    test('any valid product (10 tiers, formula-leading, quoted, multi-line, Chinese text, any unit) survives csv and xlsx export and re-import unchanged, with Chinese and English headers', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(productArb(m.categoryLeaf), async (raw) => {
          // A failed run (while shrinking) may leave its product behind: start every run empty.
          await m.d.db.deleteFrom('products').where('merchant_id', '=', merchantId).execute();
          const input = { ...raw, sku: `${raw.sku}${++n}` };
          const created = await createProduct(m.d.db, m.operator, input, merchantId);
          const lang = n % 2 === 0 ? 'zh' : 'en';
          const files = {
            csv: await exportProducts(m.d.db, m.operator, 'csv', { merchantId, lang }),
            xlsx: await exportProducts(m.d.db, m.operator, 'xlsx', { merchantId, lang }),
          };
          for (const format of ['csv', 'xlsx'] as const) {
            await deleteProduct(m.d.db, m.operator, (await only(m, merchantId)).id);
            const rep = await importProducts(m.d.db, m.operator, files[format], format, { merchantId });
            assert.deepEqual(rep, { rows: 1, created: 1, updated: 0 }, format);
            assert.deepEqual(comparable(await only(m, merchantId)), comparable(created), `${format} (${lang}) round trip of ${JSON.stringify(input)}`);
          }
          await deleteProduct(m.d.db, m.operator, (await only(m, merchantId)).id);
        }),
        { numRuns: 40, seed: 20_250_101 },
      );
    });

    test('the xlsx export writes numbers as numbers (prices with the decimals of their currency), text as text, headers in the language asked for', async () => {
      await m.d.db.deleteFrom('products').where('merchant_id', '=', merchantId).execute();
      await createProduct(
        m.d.db,
        m.operator,
        {
          sku: '00123',
          categoryCode: m.categoryLeaf,
          titleZh: '保温杯',
          unit: 'pcs',
          moq: 120,
          currency: 'CNY',
          priceTiers: [
            { minQty: 120, unitPrice: 1250 },
            { minQty: 600, unitPrice: 1199 },
          ],
          stock: 5000,
          hsCode: '0101010101',
          carton: { units: 48, lengthCm: 50.5, widthCm: 40, heightCm: 30, grossKg: 12.25 },
          images: ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'],
        },
        merchantId,
      );
      for (const lang of ['zh', 'en'] as const) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await exportProducts(m.d.db, m.operator, 'xlsx', { merchantId, lang })) as unknown as ArrayBuffer);
        const ws = wb.worksheets[0]!;
        const header = (ws.getRow(1).values as unknown[]).slice(1);
        const cell = (label: string) => ws.getRow(2).getCell(header.indexOf(label) + 1);
        const L =
          lang === 'zh'
            ? { sku: '货号', moq: '起订量', p1: '价格1', p2: '价格2', q2: '数量2', len: '箱长cm', hs: 'HS编码', unit: '单位', img: '图片' }
            : { sku: 'SKU', moq: 'MOQ', p1: 'Price 1', p2: 'Price 2', q2: 'Qty 2', len: 'Carton length cm', hs: 'HS code', unit: 'Unit', img: 'Images' };
        assert.equal(cell(L.sku).value, '00123', 'text stays text');
        assert.equal(cell(L.hs).value, '0101010101');
        assert.equal(cell(L.moq).value, 120);
        assert.equal(cell(L.p1).value, 12.5);
        assert.equal(cell(L.p1).numFmt, '#,##0.00');
        assert.equal(cell(L.p2).value, 11.99);
        assert.equal(cell(L.q2).value, 600);
        assert.equal(cell(L.len).value, 50.5);
        assert.equal(cell(L.unit).value, lang === 'zh' ? '个' : 'piece');
        assert.equal(cell(L.img).value, 'https://img.example.com/a.jpg\nhttps://img.example.com/b.jpg');
      }
    });

    test('an image handler takes over the images column: export asks it for URLs, import hands it the references inside the transaction', async () => {
      await m.d.db.deleteFrom('products').where('merchant_id', '=', merchantId).execute();
      const p = await createProduct(m.d.db, m.operator, { ...base(m.categoryLeaf), sku: 'IMG-1' }, merchantId);
      const csv = await exportProducts(m.d.db, m.operator, 'csv', {
        merchantId,
        lang: 'en',
        imageUrls: async (ids) => new Map(ids.map((id) => [id, [`https://cdn.example.com/${id}/1.webp`, 'photo 2.jpg']])),
      });
      assert.match(csv.toString('utf8'), new RegExp(`"https://cdn.example.com/${p.id}/1.webp\\r?\\nphoto 2.jpg"`));
      const seen: [number, string[]][] = [];
      const rep = await importProducts(m.d.db, m.operator, csv, 'csv', {
        merchantId,
        onImages: async (tx, productId, refs) => {
          // the handler runs inside the import's transaction: the product is there for it
          const row = await tx.selectFrom('products').select('sku').where('id', '=', productId).executeTakeFirst();
          assert.equal(row?.sku, 'IMG-1');
          seen.push([productId, refs]);
        },
      });
      assert.equal(rep.updated, 1);
      assert.deepEqual(seen, [[p.id, [`https://cdn.example.com/${p.id}/1.webp`, 'photo 2.jpg']]]);
      assert.deepEqual((await only(m, merchantId)).images, p.images, 'the stored URLs are left to the handler');
      // problems the handler reports fail the import, on the row and column it names
      const before = await only(m, merchantId);
      await assert.rejects(
        importProducts(m.d.db, m.operator, Buffer.from(csv.toString('utf8').replace('Round', 'Round'), 'utf8'), 'csv', {
          merchantId,
          onImages: async (tx, productId) => {
            await tx.updateTable('products').set({ stock: 1 }).where('id', '=', productId).execute();
            return [{ code: 'IMAGE_NOT_FOUND', params: { name: 'photo 2.jpg' } }];
          },
        }),
        (e: AppError) => {
          assert.equal(e.code, 'IMPORT_REJECTED');
          assert.deepEqual((e.details as { errors: unknown[] }).errors, [
            { row: 2, column: 'images', code: 'IMAGE_NOT_FOUND', params: { name: 'photo 2.jpg' } },
          ]);
          return true;
        },
      );
      assert.deepEqual(comparable(await only(m, merchantId)), comparable(before), 'rolled back');
    });
  });
}

function base(category: string) {
  return {
    sku: 'X',
    categoryCode: category,
    titleZh: '发夹',
    unit: 'pcs' as const,
    moq: 100,
    currency: 'CNY',
    priceTiers: [{ minQty: 100, unitPrice: 85 }],
    stock: 10,
    hsCode: '961519',
    carton: { units: 500, lengthCm: 50, widthCm: 40, heightCm: 30, grossKg: 10 },
    images: ['https://img.example.com/x.jpg'],
  };
}

async function only(m: Market, merchantId: number): Promise<Product> {
  const page = await listProducts(m.d.db, m.operator, { merchant: String(merchantId), pageSize: '10' });
  assert.equal(page.items.length, 1, 'exactly one product of the round-trip merchant');
  return page.items[0]!;
}
