/**
 * Export benchmark (issue 12, "Correctness, safety, speed"): a consignment of
 * 2,000 lots from 300 merchants → declarations and documents ≤ 2 s, printed
 * beside the load plan's own time (bench/export/documents.ts).
 *
 * A synthetic consignment (seeded, the same on every machine): lots of a few
 * to a few hundred cartons, log-uniform values from CNY 2,000 to CNY 400,000
 * (a few over the USD 150,000 cap, which are cut by cartons), 60 HS codes over
 * 14 chapters, priced mostly in CNY, some in USD, EUR and AED. The split is timed
 * from the raw input (reading and checking included) to the declarations, the
 * median of --runs after one warm-up, and the number of declarations is
 * printed against the lower bound ceil(total / cap). With --seeds N the
 * declarations-vs-bound gap is also counted over N different consignments.
 *
 *   node --import tsx bench/export/run.ts [--lots 2000] [--merchants 300] [--runs 5] [--seed 1] [--seeds 0]
 *     [--no-pdf] [--no-in-thread] [--plan-containers 1] [--plan-seconds 4 (1 under 1,000 lots)] [--no-whole-plan]
 *
 * The documents' figure is the server's path: lots to declarations, JSON, and
 * the six files drawn in the export documents' work pool (two workers); the
 * CPU figure beside it counts the workers too. Each format is then drawn in
 * this thread, one file after another (--no-in-thread skips it). The load plan
 * is timed over one group of --plan-containers 40HQs and over the whole
 * consignment (as the API plans it: cheapest mix, the API's default limit).
 *
 * Smoke (CI): node --import tsx bench/export/run.ts --lots 200 --merchants 30 --runs 1
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Rng } from '../../src/core/random.ts';
import { DECLARATION_CAP_USD_MINOR, splitDeclarations, type DeclarationLotInput } from '../../src/modules/export/index.ts';
import { lotViews, timeDocuments, timeLoadPlan } from './documents.ts';

const { values: opt } = parseArgs({
  options: {
    lots: { type: 'string', default: '2000' },
    merchants: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '0' },
    'no-pdf': { type: 'boolean', default: false },
    'no-in-thread': { type: 'boolean', default: false },
    'no-whole-plan': { type: 'boolean', default: false },
    'plan-containers': { type: 'string', default: '1' },
    'plan-seconds': { type: 'string', default: '' },
  },
});
const LOTS = Number(opt.lots);
const MERCHANTS = Number(opt.merchants);
const RUNS = Math.max(1, Number(opt.runs));

const RATES = [
  { currency: 'CNY', perUsd: '7.1034' },
  { currency: 'EUR', perUsd: '0.9217' },
  { currency: 'AED', perUsd: '3.6725' },
];
const CNY_PER_USD = 7.1034;
/** Chapters of Yiwu's trade (toys, festive goods, plastics, textiles, bags, jewellery, lamps, tools …) and 60 codes in them. */
const CHAPTERS = ['39', '42', '44', '48', '61', '62', '63', '64', '65', '69', '71', '73', '85', '95', '96'].slice(0, 14);
const UNITS = ['pcs', 'pcs', 'pcs', 'set', 'dozen', 'kg'];

/** A seeded consignment of `lots` lots from `merchants` merchants. */
export function consignment(lots: number, merchants: number, seed: number): { date: string; rates: typeof RATES; lots: DeclarationLotInput[] } {
  const rng = new Rng(seed);
  const codes = Array.from(
    { length: 60 },
    (_, i) => `${CHAPTERS[i % CHAPTERS.length]}${String(rng.int(1, 99)).padStart(2, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}`,
  );
  const unitOf = new Map(codes.map((c) => [c, rng.pick(UNITS)]));
  const out: DeclarationLotInput[] = [];
  for (let i = 0; i < lots; i++) {
    const hs = codes[Math.min(codes.length - 1, Math.floor(rng.logUniform(1, codes.length + 1)) - 1)]!; // a heavy head: a few codes carry most lots
    const cny = rng.logUniform(2_000, rng.chance(0.01) ? 3_000_000 : 400_000);
    // no carton over the cap (about CNY 1,065,000): at least one carton per CNY 900,000
    const cartons = Math.max(Math.round(rng.logUniform(2, 400)), Math.ceil(cny / 900_000));
    const r = rng.next();
    const currency = r < 0.8 ? 'CNY' : r < 0.9 ? 'USD' : r < 0.97 ? 'EUR' : 'AED';
    const perUsd = { CNY: CNY_PER_USD, USD: 1, EUR: 0.9217, AED: 3.6725 }[currency]!;
    const netG = cartons * rng.int(3_000, 18_000);
    out.push({
      id: `C${String(seed).padStart(3, '0')}-${String(i + 1).padStart(5, '0')}`,
      merchant: `M-${String(rng.int(1, merchants)).padStart(5, '0')}`,
      goodsName: `goods ${hs}`,
      hs,
      quantity: cartons * rng.int(6, 240),
      unit: unitOf.get(hs)!,
      cartons,
      valueMinor: Math.max(1, Math.round((cny / CNY_PER_USD) * perUsd * 100)),
      currency,
      netKg: netG / 1000,
      grossKg: (netG + cartons * rng.int(200, 900)) / 1000,
    });
  }
  return { date: '2026-11-30', rates: RATES, lots: out };
}

const usd = (minor: number) => `USD ${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const input = consignment(LOTS, MERCHANTS, Number(opt.seed));
const merchants = new Set(input.lots.map((l) => l.merchant)).size;
console.log(`export bench: ${LOTS} lots from ${merchants} merchants, ${new Set(input.lots.map((l) => l.hs)).size} HS codes (seed ${opt.seed})`);

splitDeclarations(input); // warm-up
const times: number[] = [];
let split = splitDeclarations(input);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  split = splitDeclarations(input);
  times.push(performance.now() - t0);
}
const s = split.summary;
const lines = split.declarations.reduce((a, d) => a + d.lines.length, 0);
const merged = split.declarations.reduce((a, d) => a + d.lines.filter((l) => l.merged).length, 0);
console.log(
  `declarations: ${median(times).toFixed(1)} ms (median of ${RUNS}; min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) — target ≤ 2000 ms`,
);
console.log(
  `  ${s.declarations} declarations for ${usd(s.totalUsdMinor)}; lower bound ceil(total / ${usd(DECLARATION_CAP_USD_MINOR)}) = ${s.lowerBound}; ` +
    `gap ${s.declarations - s.lowerBound}; ${s.splitLots} lots cut by cartons; ${lines} lines (${merged} merged by chapter)`,
);
// Documents (bench/export/documents.ts): declarations at dated rates, goods list, declarations and packing lists as JSON,
// xlsx and PDF; then the load planner's own time over the first lots that fill --plan-containers 40HQs, and over all lots.
const released = lotViews(input.lots, Number(opt.seed));
const formats = { pdf: !opt['no-pdf'], inThread: !opt['no-in-thread'] };
await timeDocuments(released.slice(0, 50), formats); // warm-up (both workers, fonts, exceljs)
const doc = await timeDocuments(released, formats);
const files = opt['no-pdf'] ? '3 xlsx' : '3 xlsx + 3 PDF';
console.log(
  `declarations + documents: ${doc.total.toFixed(0)} ms (CPU ${doc.cpu.toFixed(0)} ms, workers included) — target ≤ 2000 ms (split and layout ${doc.split.toFixed(0)}, ` +
    `JSON ${doc.json.toFixed(0)}, ${files} in the work pool of 2 workers ${doc.files.toFixed(0)}, ${(doc.bytes / 1e6).toFixed(1)} MB; ` +
    `${doc.declarations} declarations, ${doc.containers} packing lists)`,
);
if (formats.inThread)
  console.log(`  one after another in one thread: 3 xlsx ${doc.xlsx.toFixed(0)} ms, 3 PDF ${opt['no-pdf'] ? 'skipped' : `${doc.pdf.toFixed(0)} ms`}`);
// the API's default time limit (4 s) for a full run; 1 s for the CI smoke run of a few hundred lots
const planSeconds = Number(opt['plan-seconds'] || (LOTS >= 1000 ? 4 : 1));
const plan = timeLoadPlan(released, Number(opt['plan-containers']), planSeconds * 1000);
console.log(
  `load plan: ${plan.ms.toFixed(0)} ms for ${plan.lots} lots / ${plan.cartons} cartons → ${plan.planned} container(s)${plan.complete ? '' : ' (incomplete)'} ` +
    `(time limit ${planSeconds} s; the planner runs in the work pool, apart from the documents)`,
);
if (!opt['no-whole-plan']) {
  const whole = timeLoadPlan(released, 0, planSeconds * 1000);
  console.log(
    `load plan, whole consignment: ${whole.ms.toFixed(0)} ms for ${whole.lots} lots / ${whole.cartons} cartons → ${whole.planned} container(s)` +
      `${whole.complete ? '' : ' (incomplete)'}, volume bound ${whole.bound} 40HQ, mean fill ${(whole.utilisation * 100).toFixed(1)} %, ` +
      `${whole.split} lot(s) split (too large for one) (time limit ${planSeconds} s, cheapest mix of 40HQ and 20GP, as the API plans it) ` +
      `beside the documents' ${doc.total.toFixed(0)} ms`,
  );
}

const seeds = Number(opt.seeds);
if (seeds > 0) {
  const gaps = new Map<number, number>();
  let worst = 0;
  for (let k = 0; k < seeds; k++) {
    const r = splitDeclarations(consignment(LOTS, MERCHANTS, 1000 + k)).summary;
    const gap = r.declarations - r.lowerBound;
    gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
    worst = Math.max(worst, gap);
  }
  const dist = [...gaps.entries()].sort((a, b) => a[0] - b[0]).map(([g, n]) => `gap ${g}: ${n}`);
  console.log(`over ${seeds} consignments of ${LOTS} lots: ${dist.join(', ')} (worst ${worst})`);
}
