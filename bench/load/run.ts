/**
 * Container loading benchmark on Bischoff & Ratcliff BR1–BR10
 * (../shared/benchmarks/container-loading beside the repository, or $BR_DIR).
 *
 *   node --import tsx bench/load/run.ts [--classes 1,2,..] [--problems N] [--time-limit s] [--seed k]
 *
 * Per class: mean utilisation of the planner with full support and without,
 * mean and max time per problem, and binpackingjs 4 (pack3D, all rotations,
 * no support rule) on the same problems. Every plan is checked by the
 * independent validator; a broken rule is reported and makes the exit code 1.
 * Default: the first 10 problems of each class, 10 s each (≈ 35 min); use
 * --problems 100 for the full set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pack3D, RotationType } from 'binpackingjs/3d';
import { packContainer, parseBR, validatePacking } from '../../src/modules/load-planner/index.ts';
import type { BRProblem } from '../../src/modules/load-planner/index.ts';
import { brDir } from '../../test/shared-data.ts';

const { values: opt } = parseArgs({
  options: {
    classes: { type: 'string', default: '1,2,3,4,5,6,7,8,9,10' },
    problems: { type: 'string', default: '10' },
    'time-limit': { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
  },
});
const dir = brDir();
const classes = opt.classes.split(',').map(Number);
const nProblems = Number(opt.problems);
const timeLimitMs = Number(opt['time-limit']) * 1000;
const seed = Number(opt.seed);

function baseline(p: BRProblem): number {
  const { L, W, H } = p.container;
  const items = p.types.flatMap((t, i) =>
    Array.from({ length: t.count }, (_, k) => ({
      name: `${i}-${k}`,
      width: t.dims[0],
      height: t.dims[2],
      depth: t.dims[1],
      weight: 0,
      allowedRotations: [RotationType.WHD, RotationType.HWD, RotationType.HDW, RotationType.DHW, RotationType.DWH, RotationType.WDH],
    })),
  );
  const r = pack3D({ bins: [{ name: 'c', width: L, height: H, depth: W, maxWeight: 1e15 }], items });
  let v = 0;
  for (const b of r.packedBins) for (const it of b.items) v += it.width * it.height * it.depth;
  return v / (L * W * H);
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
let invalid = 0;
const rows: string[] = [];
const all = { sup: 0, nos: 0, bp: 0, n: 0 };
const head = 'class  n   support%  no-support%  binpackingjs%   mean s  max s';
console.log(`BR benchmark: ${nProblems} problem(s)/class, ${timeLimitMs / 1000} s per problem and variant, seed ${seed}`);
console.log(head);
for (const c of classes) {
  const ps = parseBR(readFileSync(join(dir, `br${c}.txt`), 'utf8')).slice(0, nProblems);
  let sup = 0,
    nos = 0,
    bp = 0,
    tSum = 0,
    tMax = 0;
  for (const p of ps) {
    for (const support of [true, false]) {
      const r = packContainer(p, { support, timeLimitMs, seed });
      const v = validatePacking(p, r.placements, { support });
      if (!v.ok) {
        invalid++;
        console.error(`BR${c} #${p.number} support=${support}: INVALID ${v.errors.slice(0, 3).join('; ')}`);
      }
      if (support) sup += r.utilisation;
      else nos += r.utilisation;
      tSum += r.stats.elapsedMs;
      tMax = Math.max(tMax, r.stats.elapsedMs);
    }
    bp += baseline(p);
  }
  const n = ps.length;
  all.sup += sup;
  all.nos += nos;
  all.bp += bp;
  all.n += n;
  const row = `BR${String(c).padEnd(3)} ${String(n).padStart(3)}   ${pct(sup / n)}     ${pct(nos / n)}        ${pct(bp / n)}   ${(tSum / 2 / n / 1000).toFixed(2).padStart(6)} ${(tMax / 1000).toFixed(2).padStart(6)}`;
  rows.push(row);
  console.log(row);
}
console.log(`all  ${String(all.n).padStart(4)}   ${pct(all.sup / all.n)}     ${pct(all.nos / all.n)}        ${pct(all.bp / all.n)}`);
if (invalid > 0) {
  console.error(`${invalid} invalid plan(s)`);
  process.exitCode = 1;
}
