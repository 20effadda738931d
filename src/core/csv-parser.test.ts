import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CsvParser, parseCsv, readCsvRecords } from './csv.ts';

test('a CRLF, an escaped quote or a BOM split between two pieces of a streamed CSV reads as the whole text does', () => {
  const text = '\uFEFFa,"b,c","say ""hi"""\r\n"x\r\ny",2\r\n\r\nlast,""""';
  const whole = parseCsv(text);
  assert.deepEqual(whole, [['a', 'b,c', 'say "hi"'], ['x\r\ny', '2'], [''], ['last', '"']]);
  for (let size = 1; size <= 4; size++) {
    const rows: string[][] = [];
    const p = new CsvParser({ onRecord: (f) => rows.push(f) });
    for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
    p.end();
    assert.deepEqual(rows, whole, `pieces of ${size}`);
  }
});

test('a record after a quoted field with line breaks is numbered by its line in the file', () => {
  const { records } = readCsvRecords('h1,h2\n"a\nb\nc",1\r\nd,2\n');
  assert.deepEqual(
    records.map((r) => r.line),
    [1, 2, 5],
  );
});

test('a semicolon-separated file is split on semicolons only when asked, and an unclosed quote is reported', () => {
  assert.deepEqual(parseCsv('a;b,c\n', { separator: ';' }), [['a', 'b,c']]);
  assert.deepEqual(parseCsv('a;b,c\n'), [['a;b', 'c']]);
  assert.equal(readCsvRecords('a,"b\n').unterminated, true);
  assert.equal(readCsvRecords('a,"b"\n').unterminated, false);
});
