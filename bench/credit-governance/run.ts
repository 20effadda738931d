/**
 * The random inspection draw at market scale: 1 million (or `--n`) entities in
 * classes A/B/C/D 20/60/15/5 %, rates 2/5/15/50 %, two of 40 inspectors each.
 * Prints the time of the draw, of the digest of population and list, and of a
 * verification (draw again + compare digests), best of 3 runs.
 * Run: npx tsx bench/credit-governance/run.ts [--n 1000000]
 */
import { draw, drawSha, populationSha, type DrawInput } from '../../src/modules/credit/index.ts';

const arg = process.argv.indexOf('--n');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const population: { entityId: number; class: 'A' | 'B' | 'C' | 'D' }[] = [];
for (let i = 1; i <= n; i++) {
  const r = (i * 2654435761) % 100;
  population.push({ entityId: i, class: r < 20 ? 'A' : r < 80 ? 'B' : r < 95 ? 'C' : 'D' });
}
const input: DrawInput = {
  population,
  rates: { A: 0.02, B: 0.05, C: 0.15, D: 0.5 },
  size: null,
  inspectors: Array.from({ length: 40 }, (_, i) => `inspector-${i + 1}`),
  perEntity: 2,
  seed: 20261130,
};
const best = (f: () => unknown) => {
  let ms = Number.POSITIVE_INFINITY;
  let out: unknown;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    out = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, out };
};
const d = best(() => draw(input));
const list = d.out as ReturnType<typeof draw>;
const sha = best(() => [populationSha(population), drawSha(list)]);
const verify = best(() => drawSha(draw(input)) === drawSha(list));
const per: Record<string, number> = {};
for (const x of list) per[x.class] = (per[x.class] ?? 0) + 1;
console.log(
  `population ${n.toLocaleString('en')}, drawn ${list.length.toLocaleString('en')} (A ${per.A ?? 0}, B ${per.B ?? 0}, C ${per.C ?? 0}, D ${per.D ?? 0})`,
);
console.log(`draw ${d.ms.toFixed(0)} ms; digests ${sha.ms.toFixed(0)} ms; verify (draw again + compare) ${verify.ms.toFixed(0)} ms, matches ${verify.out}`);
