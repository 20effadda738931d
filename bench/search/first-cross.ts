/**
 * Issue 15: the first filtered query of a hot term (one price band, one MOQ band) used to build that
 * term's cross counts (hot-cross.ts, a pass over N impact bytes). Now they are built with the entries
 * and stored in snapshots. This prints, per hot term with an impact column, the CPU and wall ms of
 * its first and second query with a price band and with an MOQ band — "before" drops every entry's
 * cross counts first (the state the previous version left after a build or load: counts on first
 * use) — plus the time the eager build takes and the cross counts' bytes.
 *
 *   node --expose-gc --max-old-space-size=12000 --import tsx bench/search/first-cross.ts \
 *     [--scale medium] [--snapshot path (written when missing, read when present)] [--mode after|before]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CrossTally } from '../../src/modules/search/hot-cross.ts';
import { SearchIndex, type SearchQuery } from '../../src/modules/search/index.ts';
import { Corpus } from './corpus.ts';
import { fmtMs, summary } from './stats.ts';

const { values: opt } = parseArgs({
  options: { scale: { type: 'string', default: 'medium' }, snapshot: { type: 'string', default: '' }, mode: { type: 'string', default: 'after' } },
});
const log = (s: string) => process.stderr.write(`${s}\n`);
let idx: SearchIndex;
const t0 = performance.now();
if (opt.snapshot && existsSync(opt.snapshot)) idx = await SearchIndex.load(opt.snapshot);
else {
  idx = await SearchIndex.build(new Corpus(opt.scale).docs());
  if (opt.snapshot) await idx.save(opt.snapshot);
}
log(`index: ${idx.stats().docs} docs in ${((performance.now() - t0) / 1000).toFixed(1)} s (mode ${opt.mode})`);
const { hot, lexicon, postings, columns } = idx.internals();
const terms = hot.entries().filter(([t, e]) => t >= 0 && e.imp);
if (opt.mode === 'before') for (const [, e] of terms) delete e.cross;

// Memory of the cross counts and the eager build's cost (the same tally HotTerms.build runs).
let records = 0;
let bytes = 0;
let leafLen = 0;
for (const [, e] of terms)
  for (const row of e.cross ?? [])
    for (const c of row)
      if (c) {
        records++;
        leafLen = c.leaf.length;
        bytes += (c.leaf.length + c.price.length + c.moq.length + c.district.length + c.credit.length + 1) * 4;
      }
const c0 = process.cpuUsage();
const w0 = performance.now();
for (const [t, e] of terms) {
  const tally = new CrossTally(e.leaf.length, columns);
  for (let q = postings.offsets[t]!; q < postings.offsets[t + 1]!; q++) if (!columns.dead[postings.docs[q]!]) tally.add(postings.docs[q]!);
  tally.finish();
}
const buildCpu = (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000;
log(
  `${terms.length} hot terms with impact columns; cross records ${records} (${(records / Math.max(1, terms.length)).toFixed(1)} per term, ${leafLen} leaves), ` +
    `${(bytes / 1024 / 1024).toFixed(2)} MB payload; eager build of all: ${(performance.now() - w0).toFixed(0)} ms wall, ${buildCpu.toFixed(0)} ms CPU`,
);

const time = (q: SearchQuery): { cpu: number; wall: number; total: number } => {
  const c = process.cpuUsage();
  const w = performance.now();
  const r = idx.search(q);
  const u = process.cpuUsage(c);
  return { cpu: (u.user + u.system) / 1000, wall: performance.now() - w, total: 'total' in r ? r.total : -1 };
};
const queries: [string, (w: string) => SearchQuery][] = [
  ['price 10-50', (w) => ({ text: w, filters: { priceMin: 1000, priceMax: 4999 } })],
  ['moq ≤ 100', (w) => ({ text: w, filters: { moqMax: 100 } })],
];
const line = (name: string, xs: number[]) => {
  const s = summary(xs);
  return `${name} p50 ${fmtMs(s.p50)} / max ${fmtMs(s.max)}`;
};
// Warm-up (compiles the paths) on browse, which has no term cross counts to build.
for (const [, make] of queries) for (let i = 0; i < 3; i++) time(make(''));
for (const [name, make] of queries) {
  if (opt.mode === 'before') for (const [, e] of terms) delete e.cross;
  const first = { cpu: [] as number[], wall: [] as number[] };
  const second = { cpu: [] as number[], wall: [] as number[] };
  for (const [t] of terms) {
    const q = make(lexicon.terms[t]!);
    const a = time(q);
    const b = time(q);
    if (a.total !== b.total) throw new Error(`different totals for ${q.text}`);
    first.cpu.push(a.cpu);
    first.wall.push(a.wall);
    second.cpu.push(b.cpu);
    second.wall.push(b.wall);
  }
  log(
    `${name} (${terms.length} terms), first query: ${line('CPU', first.cpu)}, ${line('wall', first.wall)}; second: ${line('CPU', second.cpu)}, ${line('wall', second.wall)}`,
  );
}
