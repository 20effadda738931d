/**
 * Quick probe for tuning: one variant, per problem utilisation and search stats.
 *
 *   node --import tsx bench/load/probe.ts --classes 8,9,10 --problems 3 [--from 0] [--time-limit 10]
 *        [--max-work N] [--no-support] [--opts '{"minFill":0.97}']
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packContainer, parseBR, validatePacking } from '../../src/modules/load-planner/index.ts';
import { brDir } from '../../test/shared-data.ts';

const { values: opt } = parseArgs({
  options: {
    classes: { type: 'string', default: '8,9,10' },
    from: { type: 'string', default: '0' },
    problems: { type: 'string', default: '3' },
    'time-limit': { type: 'string', default: '10' },
    'max-work': { type: 'string', default: 'Infinity' },
    'no-support': { type: 'boolean', default: false },
    opts: { type: 'string', default: '{}' },
  },
});
const dir = brDir();
const classes = opt.classes.split(',').map(Number);
const from = Number(opt.from);
const n = Number(opt.problems);
const timeLimitMs = Number(opt['time-limit']) * 1000;
const maxWork = Number(opt['max-work']);
const support = !opt['no-support'];
const extra = JSON.parse(opt.opts) as Record<string, unknown>;
let tot = 0,
  cnt = 0;
for (const c of classes) {
  const ps = parseBR(readFileSync(join(dir, `br${c}.txt`), 'utf8')).slice(from, from + n);
  let s = 0;
  for (const p of ps) {
    const c0 = process.cpuUsage();
    const r = packContainer(p, { support, timeLimitMs, maxWork, ...extra });
    const cpu = process.cpuUsage(c0);
    const v = validatePacking(p, r.placements, { support });
    s += r.utilisation;
    const st = r.stats;
    console.log(
      `BR${c}#${p.number} ${(r.utilisation * 100).toFixed(2)}${v.ok ? '' : ' INVALID'} blocks=${st.blocks} work=${st.work} it=${st.iterations} w=${st.lastWidth} ${(st.elapsedMs / 1000).toFixed(1)}s cpu=${((cpu.user + cpu.system) / 1e6).toFixed(1)}s`,
    );
  }
  console.log(`BR${c} mean ${((s / ps.length) * 100).toFixed(2)}`);
  tot += s;
  cnt += ps.length;
}
console.log(`all mean ${((tot / cnt) * 100).toFixed(2)}`);
