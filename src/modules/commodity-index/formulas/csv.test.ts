import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { csvProblemsOf, formatCsvProblems, parseObservationsCsv, splitCsv } from './csv.ts';
import { textbookObservations } from './testdata.ts';

describe('analysts’ CSV', () => {
  it('parses the textbook example file', () => {
    const text = readFileSync(new URL('../../../../docs/examples/index-textbook.csv', import.meta.url), 'utf8');
    const r = parseObservationsCsv(text, { requireQuantity: true });
    assert.ok(r.ok);
    assert.deepEqual(r.value, textbookObservations());
  });

  it('takes columns in any order, quotes, CRLF, BOM and blank lines', () => {
    const text = '\ufeffQuantity, price ,product,period\r\n"1,5",2,"toy ""A""",2024-W01\r\n\r\n,3,b,2024-W02\r\n';
    const r = parseObservationsCsv(text);
    assert.equal(r.ok, false); // "1,5" is not a number
    const good = parseObservationsCsv('quantity,price,product,period\n,2,"toy ""A""",2024-W01\n');
    assert.ok(good.ok);
    assert.deepEqual(good.value, [{ period: '2024-W01', product: 'toy "A"', price: 2, quantity: null }]);
    assert.deepEqual(
      splitCsv('a,"b\nc"\nd,e').map((x) => x.line),
      [1, 3],
    );
  });

  it('bad rows are refused as IMPORT_REJECTED with line, column and reason of each', () => {
    const r = parseObservationsCsv('period,product,price,quantity\n1,a,-2,1\n1,,abc,\n2,b,1,x\n', { requireQuantity: true });
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'IMPORT_REJECTED');
    const text = formatCsvProblems(csvProblemsOf(r.error));
    assert.match(text, /line 2, column price: price must be > 0/);
    assert.match(text, /line 3, column product: empty product/);
    assert.match(text, /line 3, column price: "abc" is not a number/);
    assert.match(text, /line 3, column quantity: empty quantity/);
    assert.match(text, /line 4, column quantity: "x" is not a number/);
  });

  it('reports a missing column', () => {
    const r = parseObservationsCsv('period,item,price\n1,a,1\n');
    assert.ok(!r.ok && r.error.code === 'IMPORT_REJECTED' && csvProblemsOf(r.error)[0]?.column === 'product');
  });

  it('an analysts’ CSV whose quote is never closed is refused, not read to the end of the file as one field', () => {
    const r = parseObservationsCsv('period,product,price\n2024-W01,"toy,2\n2024-W02,b,3\n');
    assert.ok(!r.ok);
    assert.match(formatCsvProblems(csvProblemsOf(r.error)), /quoted field is not closed/);
  });
});
