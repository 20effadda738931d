/**
 * The consignment documents' faster drawing is the same drawing: the PDFs
 * written through TextWriter and the fast font layout are byte for byte those
 * of pdfkit's own `text` with fontkit's layout; the fast layout of a plain word
 * is fontkit's; the files drawn in the work pool hold the same text and sheets
 * as those drawn in this thread; the xlsx cells keep their formats.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { pdfText } from '../../../test/pdf-text.ts';
import { DOCUMENT_KINDS } from './document-tables.ts';
import { buildDocuments, type ConsignmentDocuments, type DocumentSource, exactConsignment } from './documents.ts';
import { renderDocumentPdf } from './documents-pdf.ts';
import { closeDocumentPool, documentFiles } from './documents-render.ts';
import { renderDocumentXlsx } from './documents-xlsx.ts';
import { splitExact } from './declarations/split.ts';
import type { LotView } from './lots.ts';
import { notoSansSc, PLAIN } from './pdf-font.ts';

after(() => closeDocumentPool());

const NAMES = ['圣诞装饰球 Christmas baubles', 'Plush toy “Teddy” AV Ta fi', '不锈钢保温杯', 'LED 灯串 string lights\nwith a line break', 'x'.repeat(80)];

function consignment(n: number): ConsignmentDocuments {
  const lots: LotView[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    consignmentId: 7,
    merchantId: 100 + (i % 13),
    tradeRecordId: i + 1,
    orderId: i + 1,
    orderLineId: '1',
    productId: null,
    goodsName: NAMES[i % NAMES.length]!,
    hs: `${['95', '39', '73', '94', '61', '42', '63'][i % 7]}0${(i * 7919) % 100000000}`.padEnd(10, '3').slice(0, 10),
    quantity: (i % 9) * 12 + 0.5 * (i % 2),
    unit: i % 3 ? 'pcs' : 'set',
    cartons: 1 + ((i * 37) % 90),
    lengthMm: 520,
    widthMm: 380,
    heightMm: 305 + (i % 4) * 20,
    netKg: 7.25 * (1 + ((i * 37) % 90)),
    grossKg: 8.125 * (1 + ((i * 37) % 90)),
    valueMinor: 150_000 + ((i * 104_729) % 90_000_000),
    currency: i % 5 === 0 ? 'USD' : 'CNY',
    thisSideUp: i % 4 === 0,
    inspection: 'released' as const,
    receivedAt: '2026-11-30T00:00:00.000Z',
  }));
  const containers: DocumentSource['containers'] = [];
  for (let k = 0; k * 25 < n; k++)
    containers.push({
      seq: k + 1,
      typeCode: '40HQ',
      isoNumber: k === 0 ? 'CSQU3054383' : null,
      sealNumber: k === 0 ? 'SEAL-1' : null,
      lots: lots.slice(k * 25, k * 25 + 25).map((l) => ({ lot: String(l.id), cartons: l.cartons })),
    });
  const src: DocumentSource = { consignment: { id: 7, agentId: 1, buyerId: 2, destination: 'AEJEA', incoterm: 'FOB', status: 'loading' }, lots, containers };
  const split = splitExact(exactConsignment('2026-11-30', lots, new Map([['USD', 71_034_000_000n]])));
  return buildDocuments(
    src,
    split,
    {
      consignor: { name: '义乌某出口代理有限公司', code: '91330782MA2XXXXX1X' },
      buyer: { name: 'Ahmed Al-Sayed', nationality: 'AE', documentNo: 'A12345678' },
    },
    '2026-11-30',
    [{ currency: 'USD', cnyPerUnit: '7.1034', rateDate: '2026-11-30' }],
  );
}

const docs = consignment(160);
const createdAt = new Date('2026-11-30T08:00:00Z');

test('the PDFs drawn the fast way are byte for byte those of pdfkit’s own text drawing and fontkit’s layout', async () => {
  for (const kind of DOCUMENT_KINDS) {
    const reference = Buffer.from(await renderDocumentPdf({ docs, kind, options: { reference: true, createdAt } }));
    const fast = Buffer.from(await renderDocumentPdf({ docs, kind, options: { createdAt } }));
    assert.ok(fast.equals(reference), kind);
    const text = pdfText(fast).join('\n');
    assert.match(text, /圣诞装饰球 Christmas baubles/, kind);
    if (kind !== 'packing-list') assert.match(text, /CNY \d{1,3}(,\d{3})*\.\d{2}/, kind);
  }
  const packing = pdfText(Buffer.from(await renderDocumentPdf({ docs, kind: 'packing-list' }))).join('\n');
  assert.match(packing, /CSQU3054383/);
  assert.match(packing, /520×380×305/);
});

test('a plain word (digits and the punctuation of numbers) lays out as fontkit shapes it', async () => {
  const fontkit = await notoSansSc('fontkit');
  const fast = await notoSansSc('fast');
  const shape = (r: { glyphs: { id: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] }) => ({
    glyphs: r.glyphs.map((g) => g.id),
    positions: r.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  });
  const plain = fc.stringMatching(/^[0-9 .,:;#()+\-/%×]{1,24}$/);
  fc.assert(
    fc.property(plain, (s) => {
      assert.ok(PLAIN.test(s));
      assert.deepEqual(shape(fast.layout(s)), shape(fontkit.layout(s)), JSON.stringify(s));
    }),
    { numRuns: 400 },
  );
  for (const s of ['CNY 1,234.50', 'Teddy AV', '不锈钢', '—']) assert.deepEqual(shape(fast.layout(s)), shape(fontkit.layout(s)), s);
  // a fresh run each time: pdfkit scales the positions it is given in place
  const a = fast.layout('12.5');
  a.positions[0]!.xAdvance = -1;
  assert.notEqual(fast.layout('12.5').positions[0]!.xAdvance, -1);
});

test('the files drawn in the work pool hold what the files drawn in this thread hold', async () => {
  const files = await documentFiles(docs);
  assert.equal(files.size, 6);
  for (const kind of DOCUMENT_KINDS) {
    const pdf = files.get(`${kind}.pdf`)!;
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(pdfText(pdf), pdfText(Buffer.from(await renderDocumentPdf({ docs, kind }))), kind);
    const pooled = new ExcelJS.Workbook();
    await pooled.xlsx.load(files.get(`${kind}.xlsx`)! as unknown as ArrayBuffer);
    const local = new ExcelJS.Workbook();
    await local.xlsx.load((await renderDocumentXlsx(docs, kind)) as unknown as ArrayBuffer);
    assert.deepEqual(
      pooled.worksheets.map((w) => w.getSheetValues()),
      local.worksheets.map((w) => w.getSheetValues()),
      kind,
    );
  }
  assert.equal(files.get('packing-list.xlsx')!.subarray(0, 2).toString(), 'PK');
});

test('xlsx cells keep their styles when they share style objects: money formats, right-aligned numbers, bold headers and totals', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderDocumentXlsx(docs, 'goods-list')) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = ws.getRow(11);
  assert.equal(header.getCell(4).value, '商品名称 Goods');
  assert.equal(header.getCell(4).font?.bold, true);
  const first = ws.getRow(12);
  assert.equal(first.getCell(2).value, 1);
  assert.equal(first.getCell(2).alignment?.horizontal, 'right');
  assert.equal(first.getCell(4).alignment?.horizontal, undefined);
  assert.equal(first.getCell(11).numFmt, '"USD "#,##0.00');
  assert.equal(ws.getRow(13).getCell(11).numFmt, '"CNY "#,##0.00');
  const total = ws.getRow(12 + docs.goodsList.lots.length);
  assert.match(String(total.getCell(4).value), /合计 Total: 160/);
  assert.equal(total.getCell(4).font?.bold, true);
  assert.equal(ws.getRow(1).getCell(1).font?.size, 14);
});
