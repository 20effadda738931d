import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { parseCsv } from '../csv.ts';
import { readSheet, SHEET_LIMITS, streamSheet, type SheetLimits } from './read-sheet.ts';
import { csvEncoding } from './csv-reader.ts';
import { repeat, xlsx, zip } from './xlsx-fixtures.ts';

const MB = 1024 * 1024;

/** Peak growth of the process's resident memory (all threads) while `fn` runs. */
async function peakRssGrowth<T>(fn: () => Promise<T>): Promise<{ growthMb: number; result: PromiseSettledResult<T> }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const [result] = await Promise.allSettled([fn()]);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growthMb: (peak - before) / MB, result: result! };
}

function refusedWith(code: string, limit?: keyof SheetLimits) {
  return (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code, e.message);
    if (limit) {
      assert.equal((e.details as { limit: string }).limit, limit);
      assert.ok(e.message.includes(limit) && e.message.includes(SHEET_LIMITS.import[limit].toLocaleString('en-US')), e.message);
    }
    return true;
  };
}

async function refusedWithin200Mb(file: Buffer, code: string, limit: keyof SheetLimits, limits?: SheetLimits): Promise<AppError> {
  const { growthMb, result } = await peakRssGrowth(() => readSheet(file, 'xlsx', limits));
  assert.equal(result.status, 'rejected');
  const e = (result as PromiseRejectedResult).reason as AppError;
  refusedWith(code, limits ? undefined : limit)(e);
  assert.equal((e.details as { limit: string }).limit, limit);
  assert.ok(growthMb < 200, `resident memory grew by ${growthMb.toFixed(0)} MB`);
  return e;
}

test('an xlsx with one cell at row 999,999,999 is refused without reading the rows', async () => {
  const file = await xlsx(['<row r="1"><c r="A1" t="inlineStr"><is><t>lot</t></is></c></row>', '<row r="999999999"><c r="A999999999"><v>1</v></c></row>']);
  assert.ok(file.length < 2048, `${file.length} bytes`);
  const e = await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxRows');
  assert.match(e.message, /row 999,999,999/);
});

test('a cell referenced at row 999,999,999 without a row number is refused the same way', async () => {
  const file = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row><row><c r="ZZZZ1"><v>1</v></c></row>']);
  await assert.rejects(readSheet(file, 'xlsx'), refusedWith('SHEET_TOO_LARGE', 'maxColumns'));
});

test('a zip bomb of 600 MB of sheet XML in 600 KB is refused at the unpacked-size limit, whatever size the zip declares', async () => {
  const file = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>', ...repeat(' ', 600 * MB)], { declaredSize: 100 });
  assert.ok(file.length < MB, `${file.length} bytes`);
  await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxSheetXmlBytes');
});

test('a zip bomb of six million rows in under 1 MB is refused at the row limit', async () => {
  const file = await xlsx(repeat('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 6_000_000));
  assert.ok(file.length < MB, `${file.length} bytes`);
  const e = await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxRows');
  assert.match(e.message, /row 200,002 found/);
});

test('one 32 KB shared string repeated in 200,000 cells (6 GB of text) is refused at the text limit', async () => {
  const file = await xlsx(repeat('<row><c t="s"><v>0</v></c></row>', 200_000), { sharedStrings: ['x'.repeat(32 * 1024)] });
  await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxTextChars');
});

test('a bomb of shared strings is refused at the shared-strings limits', async () => {
  const many = await xlsx(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], { sharedStrings: Array.from({ length: 1001 }, () => '') });
  await assert.rejects(
    readSheet(many, 'xlsx', { ...SHEET_LIMITS.import, maxSharedStrings: 1000 }),
    (e: AppError) => (e.details as { limit: string }).limit === 'maxSharedStrings',
  );
  const big = await xlsx(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], { sharedStrings: ['y'.repeat(40 * 1024)] });
  await assert.rejects(readSheet(big, 'xlsx'), refusedWith('SHEET_TOO_LARGE', 'maxCellChars'));
});

test('a hundred million empty row elements all numbered 1 are refused at the row limit', async () => {
  const file = await xlsx(repeat('<row r="1"/>', 100_000_000));
  await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxRows');
});

test('ten million cells in 200,000 rows are refused at the cell limit', async () => {
  const row = `<row>${'<c><v>1</v></c>'.repeat(60)}</row>`;
  const file = await xlsx(repeat(row, 200_000));
  await refusedWithin200Mb(file, 'SHEET_TOO_LARGE', 'maxCells');
});

test('a cell longer than 32 K characters is refused, also when its text is split by comments', async () => {
  const long = await xlsx([`<row r="1"><c r="A1" t="inlineStr"><is><t>${'z'.repeat(33 * 1024)}</t></is></c></row>`]);
  await assert.rejects(readSheet(long, 'xlsx'), refusedWith('SHEET_TOO_LARGE', 'maxCellChars'));
  const split = await xlsx([`<row r="1"><c r="A1"><v>${'1<!---->'.repeat(40 * 1024)}</v></c></row>`]);
  await assert.rejects(readSheet(split, 'xlsx'), refusedWith('SHEET_TOO_LARGE', 'maxCellChars'));
});

test('an archive of 1,001 files is refused before any is unpacked', async () => {
  const members = Array.from({ length: 1001 }, (_, i) => ({ name: `junk/${i}.bin`, parts: ['x'] }));
  const file = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>'], { extra: members });
  await assert.rejects(readSheet(file, 'xlsx'), refusedWith('SHEET_TOO_LARGE', 'maxZipMembers'));
});

test('a billion-laughs entity declaration is refused as a bad spreadsheet', async () => {
  const dtd = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
  const file = await zip([
    { name: '[Content_Types].xml', parts: ['<Types/>'] },
    { name: 'xl/workbook.xml', parts: [`${dtd}<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>`] },
    { name: 'xl/_rels/workbook.xml.rels', parts: ['<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'] },
    {
      name: 'xl/worksheets/sheet1.xml',
      parts: ['<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'],
    },
  ]);
  await assert.rejects(readSheet(file, 'xlsx'), refusedWith('BAD_SPREADSHEET'));
});

test('damaged, truncated, encrypted or old-format files are refused as bad spreadsheets, never a 500', async () => {
  const good = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>']);
  const ole = Buffer.from(`d0cf11e0a1b11ae1${'00'.repeat(512)}`, 'hex');
  const cases = [good.subarray(0, good.length - 30), good.subarray(0, 200), Buffer.from('PK\u0003\u0004garbage'), Buffer.from('hello'), ole, Buffer.alloc(0)];
  const corrupt = Buffer.from(good);
  const sheetData = good.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
  corrupt.fill(0xff, sheetData, sheetData + 16); // scribble over the sheet's compressed bytes
  cases.push(corrupt);
  for (const c of cases) await assert.rejects(readSheet(c, 'xlsx'), refusedWith('BAD_SPREADSHEET'));
});

test('reading stops at the time limit', async () => {
  const file = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>', ...repeat(' ', 200 * MB)]);
  await assert.rejects(
    readSheet(file, 'xlsx', { ...SHEET_LIMITS.import, maxMillis: 1 }),
    (e: unknown) => e instanceof AppError && e.code === 'SHEET_TOO_LARGE' && /maxMillis/.test(e.message),
  );
});

test('CSV uploads are bounded as they are read: rows, columns, cell length', async () => {
  const lots = SHEET_LIMITS.lots;
  await assert.rejects(readSheet(Buffer.from('lot\n'.repeat(100_000)), 'csv', lots), refusedWith('SHEET_TOO_LARGE'));
  await assert.rejects(
    readSheet(Buffer.from(`${'a,'.repeat(10_000)}\n`), 'csv', lots),
    (e: AppError) => (e.details as { limit: string }).limit === 'maxColumns',
  );
  await assert.rejects(readSheet(Buffer.from(`a,"${'q'.repeat(40_000)}"\n`), 'csv'), refusedWith('SHEET_TOO_LARGE', 'maxCellChars'));
  await assert.rejects(readSheet(Buffer.from([0x61, 0, 0x62]), 'csv'), refusedWith('BAD_SPREADSHEET'));
});

test('a flood of uploads beyond the queue is refused at once with BUSY and a retry hint', async () => {
  const file = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>', ...repeat(' ', 100 * MB)]);
  const runs = Array.from({ length: 7 }, () => readSheet(file, 'xlsx'));
  const settled = await Promise.allSettled(runs);
  const busy = settled.filter((s) => s.status === 'rejected' && (s.reason as AppError).code === 'BUSY');
  assert.equal(busy.length, 1, 'two workers and four waiting places: the seventh is refused');
  assert.ok(((busy[0] as PromiseRejectedResult).reason as AppError).retryAfterSeconds! > 0);
  assert.equal(settled.filter((s) => s.status === 'fulfilled').length, 6);
});

test('normal files read exactly as before: shared, inline and rich text, numbers, booleans, dates, formulas, gaps', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('x');
  ws.addRow(['sku', 'title', 'price', 'date', 'bool', 'rich', 'f']);
  ws.addRow([
    'A-1',
    'Tom & "Jerry" <x>',
    3.5,
    new Date('2024-03-05'),
    true,
    { richText: [{ text: 'ab' }, { font: { bold: true }, text: 'cd' }] },
    { formula: '1+2', result: 3 },
  ]);
  ws.addRow(['A-2', '保温杯\r\nline2 _x000D_', 1e21, 0.1 + 0.2, false, 'x', { formula: 'A1', result: 'str' }]);
  ws.getRow(5).getCell(3).value = 'after gap';
  ws.getCell('J7').value = 7;
  ws.getCell('B8').value = { text: 'link', hyperlink: 'http://example.com' };
  ws.getCell('D8').value = new Date('2024-03-05T23:30:00Z');
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  assert.deepEqual(await readSheet(file, 'xlsx'), [
    ['sku', 'title', 'price', 'date', 'bool', 'rich', 'f'],
    ['A-1', 'Tom & "Jerry" <x>', '3.5', '2024-03-05', 'true', 'abcd', '3'],
    ['A-2', '保温杯\nline2 \r', '1e+21', '0.30000000000000004', 'false', 'x', 'str'],
    [],
    ['', '', 'after gap'],
    [],
    ['', '', '', '', '', '', '', '', '', '7'],
    ['', 'link', '', '2024-03-05'],
  ]);
  const hand = await xlsx(
    [
      '<row r="2"><c r="B2" t="inlineStr"><is><r><t>a&amp;</t></r><r><t xml:space="preserve"> b</t></r><rPh><t>ruby</t></rPh></is></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" s="1"><v>45356.75</v></c></row>',
    ],
    {
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
    },
  );
  assert.deepEqual(await readSheet(hand, 'xlsx'), [[], ['', 'a& b', '', '2024-03-05']]);
});

test('CSV reads exactly as parseCsv, also when quotes and CRLF fall on the 1 MB slice boundaries', async () => {
  const tricky = '\uFEFFa,"b,c","d ""e""",\r\n"x\ny",2\n\n""x,"q"r\r\r\nlast';
  for (const pad of [MB - 1, MB - 2, MB - 3, MB]) {
    const text = `${`${'p'.repeat(99)}\n`.repeat(Math.floor(pad / 100)) + 'p'.repeat(pad % 100) + tricky}"\r\n"""",${'z'.repeat(10)}`;
    const data = Buffer.from(text);
    assert.deepEqual(await readSheet(data, 'csv'), parseCsv(new TextDecoder().decode(data)), `pad ${pad}`);
  }
});

test('streamSheet hands the rows over in batches while the reader waits for the consumer, and stops the reader when the consumer leaves', async () => {
  let csv = 'sku,n\n';
  for (let i = 0; i < 20_000; i++) csv += `S${i},${i}\n`;
  const seen: number[] = [];
  let batches = 0;
  for await (const batch of streamSheet(Buffer.from(csv), 'csv', SHEET_LIMITS.import, { batchRows: 1000, window: 2 })) {
    batches++;
    assert.ok(batch.length <= 1000);
    for (const [rowNo, cells] of batch) {
      seen.push(rowNo);
      if (rowNo > 1) assert.equal(cells[0], `S${rowNo - 2}`);
    }
    await new Promise((r) => setTimeout(r, 2)); // a slow consumer: the reader must wait, not pile up rows
  }
  assert.equal(batches, 21);
  assert.deepEqual(
    seen,
    Array.from({ length: 20_001 }, (_, i) => i + 1),
  );
  // leaving early stops the reader; the pool is free again for the next sheet
  for await (const batch of streamSheet(Buffer.from(csv), 'csv', SHEET_LIMITS.import, { batchRows: 100 })) {
    assert.equal(batch[0]![0], 1);
    break;
  }
  assert.equal((await readSheet(Buffer.from('a\n1\n'), 'csv')).length, 2);
  // a limit met half-way is thrown at the consumer
  await assert.rejects(
    (async () => {
      for await (const _ of streamSheet(Buffer.from(csv), 'csv', { ...SHEET_LIMITS.import, maxRows: 5000 })) {
      }
    })(),
    refusedWith('SHEET_TOO_LARGE'),
  );
});

test('CSV text encodings are detected: UTF-8 with or without BOM, UTF-16 LE/BE, GB18030; valid UTF-8 is never read as anything else', () => {
  const zh = '货号,标题\nA,保温杯\n';
  assert.deepEqual(csvEncoding(Buffer.from(zh)), { encoding: 'utf-8', bom: 0 });
  assert.deepEqual(csvEncoding(Buffer.from(`\uFEFF${zh}`)), { encoding: 'utf-8', bom: 3 });
  assert.deepEqual(csvEncoding(Buffer.from(`\uFEFF${zh}`, 'utf16le')), { encoding: 'utf-16le', bom: 2 });
  const be = Buffer.from(`\uFEFF${zh}`, 'utf16le');
  be.swap16();
  assert.deepEqual(csvEncoding(be), { encoding: 'utf-16be', bom: 2 });
  assert.deepEqual(csvEncoding(Buffer.from('sku,title\nA,B\n', 'utf16le')), { encoding: 'utf-16le', bom: 0 });
  // 货号 in GBK
  assert.deepEqual(csvEncoding(Buffer.from([0xbb, 0xf5, 0xba, 0xc5, 0x2c, 0x61, 0x0a])), { encoding: 'gb18030', bom: 0 });
  // UTF-8 text whose bytes are also valid GBK pairs is still UTF-8
  assert.deepEqual(csvEncoding(Buffer.from('é,ü,中文,😀\n')), { encoding: 'utf-8', bom: 0 });
});

test('streamSheet with handOver moves a whole buffer to the reader without a copy (the caller is left with an empty one) and copies anything else', async () => {
  let csv = 'sku,n\n';
  for (let i = 0; i < 20_000; i++) csv += `S${i},${i}\n`;
  const read = async (data: Buffer, handOver: boolean) => {
    let rows = 0;
    for await (const batch of streamSheet(data, 'csv', SHEET_LIMITS.import, { handOver })) rows += batch.length;
    return rows;
  };
  const whole = Buffer.from(csv); // over 64 KB: its own ArrayBuffer, not the pool's
  assert.equal(whole.byteLength, whole.buffer.byteLength);
  assert.equal(await read(whole, true), 20_001);
  assert.equal(whole.length, 0, 'the handed-over buffer was transferred (detached)');
  const kept = Buffer.from(csv);
  assert.equal(await read(kept, false), 20_001);
  assert.equal(kept.toString(), csv, 'without handOver the caller keeps its buffer');
  const outer = Buffer.from(`xx${csv}`);
  const slice = outer.subarray(2);
  assert.equal(await read(slice, true), 20_001);
  assert.equal(slice.toString(), csv, 'a slice of a larger buffer is copied, never taken');
});

test('shared strings are kept as UTF-8 bytes and decoded per cell: many, long and non-ASCII entries read back exactly', async () => {
  const values = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `保温杯 ${i} 🌟` : i % 3 === 1 ? `x${'y'.repeat(i % 97)}` : ''));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('x');
  for (let i = 0; i < values.length; i += 10) ws.addRow(values.slice(i, i + 10));
  const rows = await readSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
  const flat = rows.flatMap((r) => [...r, ...Array(10 - r.length).fill('')]);
  assert.deepEqual(flat, values);
  // a cell pointing past the table is still a bad spreadsheet
  const bad = await xlsx(['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c></row>'], { sharedStrings: ['a'] });
  await assert.rejects(readSheet(bad, 'xlsx'), refusedWith('BAD_SPREADSHEET'));
});
