import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Command, CommanderError } from 'commander';
import { registerIndexCommands } from './index-compute.ts';

const textbook = fileURLToPath(new URL('../../../docs/examples/index-textbook.csv', import.meta.url));
const unweighted = fileURLToPath(new URL('../../../docs/examples/index-unweighted.csv', import.meta.url));

function run(...args: string[]): { out: string; err: string; code: number } {
  let out = '';
  let err = '';
  const program = new Command('yiwu').exitOverride().configureOutput({
    writeOut: (s) => (out += s),
    writeErr: (s) => (err += s),
  });
  registerIndexCommands(program);
  let code = 0;
  try {
    program.parse(['node', 'yiwu', 'index', 'compute', ...args]);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = e.exitCode;
  }
  return { out, err, code };
}

describe('yiwu index compute', () => {
  it('prints period,index with full precision, first period = 1', () => {
    const r = run('--input', textbook, '--formula', 'laspeyres');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'period,index\n1,1\n2,1.42\n3,1.345\n4,1.355\n5,1.44\n');
    const p = run('--input', textbook, '--formula', 'paasche');
    assert.equal(p.out.split('\n')[2], `2,${47 / 34}`);
  });

  it('--base scales the series, --chained chains, --no-header drops the header', () => {
    const r = run('--input', textbook, '--formula', 'fisher', '--chained', '--base', '100', '--no-header');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], '1,100');
    assert.equal(lines.length, 5);
    assert.equal(Math.round(Number(lines[4]?.split(',')[1]) * 100) / 100, 122.26);
  });

  it('GEKS with a rolling window', () => {
    const r = run('--input', textbook, '--formula', 'geks-tornqvist', '--window', '3', '--splice', 'movement');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 6);
  });

  it('unweighted formulas with empty quantities; natural period order; new products need --chained', () => {
    const j = run('--input', unweighted, '--formula', 'jevons', '--chained');
    assert.equal(j.code, 0, j.err);
    assert.deepEqual(
      j.out
        .trim()
        .split('\n')
        .map((l) => l.split(',')[0]),
      ['period', '2024-W9', '2024-W10', '2024-W11'],
    );
    const fixed = run('--input', unweighted, '--formula', 'jevons');
    assert.equal(fixed.code, 1);
    assert.match(fixed.err, /^error INDEX_UNDEFINED: product "scarf" is priced in period "2024-W10" but not in the base period "2024-W9"/);
    assert.match(fixed.err, /--chained/);
    assert.doesNotMatch(fixed.err, /at .*\.ts:\d+/); // no stack trace
    const excl = run('--input', unweighted, '--formula', 'dutot', '--exclude-new');
    assert.equal(excl.code, 0, excl.err);
  });

  it('errors: unknown formula lists the valid ones; weighted formula without quantities; bad rows', () => {
    const u = run('--input', textbook, '--formula', 'lowe');
    assert.equal(u.code, 2);
    assert.match(
      u.err,
      /^error VALIDATION: unknown formula "lowe"; valid formulas: laspeyres, paasche, fisher, tornqvist, walsh, jevons, dutot, carli, geks-fisher, geks-tornqvist/,
    );
    const w = run('--input', unweighted, '--formula', 'fisher');
    assert.equal(w.code, 1);
    assert.match(w.err, /^error IMPORT_REJECTED: .*weighted/);
    assert.match(w.err, /line 2, column quantity: empty quantity/);
    const dir = mkdtempSync(join(tmpdir(), 'yiwu-index-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'period,product,price\n1,a,1\n2,a,0\n');
    const b = run('--input', bad, '--formula', 'carli');
    assert.equal(b.code, 1);
    assert.match(b.err, /line 3, column price: price must be > 0, got 0/);
    const missing = run('--input', join(dir, 'nope.csv'), '--formula', 'carli');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /^error FILE_ACCESS: cannot read .*nope\.csv: no such file/);
    assert.equal(run('--input', textbook, '--formula', 'fisher', '--window', '3').code, 2);
    assert.equal(run('--input', textbook, '--formula', 'geks-fisher', '--chained').code, 2);
    assert.equal(run('--input', textbook, '--formula', 'fisher', '--base', '-1').code, 2);
  });
});
