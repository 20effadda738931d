/**
 * Partial answers (issue 15): every pair of the corpus's 50 most frequent title words, answered by
 * the engine and by the plain scan (`plainScan`, the any-group pass) on the same snapshot; checks that
 * totals, facets, items (ids, scores, missing words) and interpretations are identical — also with a
 * filter, a sort or a deeper page on a share of the pairs — and prints wall and CPU ms p50/p95/p99 of
 * the pairs with no common product (the partial-match path) and of the one-word queries.
 *
 *   node --expose-gc --max-old-space-size=12000 --import tsx bench/search/partial-check.ts \
 *     [--scale medium] [--snapshot path (written when missing, read when present)] [--variants 400]
 */
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseArgs } from 'node:util';
import { SearchIndex, type SearchQuery, type SearchResult } from '../../src/modules/search/index.ts';
import { makeRng } from '../../src/core/random.ts';
import { Corpus, makeStatQueries } from './corpus.ts';
import { fmtMs, gc, heapBytes, mb, summary } from './stats.ts';

const { values: opt } = parseArgs({
  options: { scale: { type: 'string', default: 'medium' }, snapshot: { type: 'string', default: '' }, variants: { type: 'string', default: '400' } },
});
const log = (s: string) => process.stderr.write(`${s}\n`);
const corpus = new Corpus(opt.scale);
gc();
const heap0 = heapBytes();
let t = performance.now();
let idx: SearchIndex;
if (opt.snapshot && existsSync(opt.snapshot)) idx = await SearchIndex.load(opt.snapshot);
else {
  idx = await SearchIndex.build(corpus.docs());
  if (opt.snapshot) await idx.save(opt.snapshot);
}
gc();
log(
  `index: ${idx.stats().docs} docs in ${((performance.now() - t) / 1000).toFixed(1)} s, heap +${mb(heapBytes() - heap0)}, estimate ${mb(idx.stats().memoryBytes)}`,
);
t = performance.now();
const plain = opt.snapshot ? await SearchIndex.load(opt.snapshot, { plainScan: true }) : await SearchIndex.build(corpus.docs(), { plainScan: true });
log(`plain index in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const top50 = [
  ...new Set(
    makeStatQueries(idx, corpus, 50)
      .filter((q) => q.cls === 'freq')
      .map((q) => q.text),
  ),
];
const pairs: string[] = [];
for (let a = 0; a < top50.length; a++) for (let b = a + 1; b < top50.length; b++) pairs.push(`${top50[a]} ${top50[b]}`);
const rand = makeRng(1515);
const { columns, leaves } = idx.internals();
const variant = (text: string): SearchQuery => {
  const o = Math.floor(rand() * columns.size);
  const r = rand();
  if (r < 0.25) return { text, filters: { category: leaves.codes[columns.leaf[o]!]!.slice(0, 2) } };
  if (r < 0.4) return { text, filters: { district: columns.district[o]! } };
  if (r < 0.55) return { text, sort: (['price_asc', 'price_desc', 'newest'] as const)[Math.floor(rand() * 3)]! };
  if (r < 0.7) return { text, filters: { moqMax: 100 }, sort: 'price_asc' };
  return { text, page: 1 + Math.floor(rand() * 20), pageSize: 20 };
};
const queries: SearchQuery[] = [...top50.map((text) => ({ text })), ...pairs.map((text) => ({ text }))];
for (let i = 0; i < Number(opt.variants); i++) queries.push(variant(pairs[Math.floor(rand() * pairs.length)]!));

const view = (r: SearchResult) =>
  r.kind === 'results' ? { total: r.total, items: r.items.map((i) => [i.id, i.score, i.missingWords]), facets: r.facets, interpretation: r.interpretation } : r;
const cpuMs = (f: () => SearchResult): [SearchResult, number, number] => {
  const c0 = process.cpuUsage();
  const s = performance.now();
  const r = f();
  const w = performance.now() - s;
  const c = process.cpuUsage(c0);
  return [r, w, (c.user + c.system) / 1000];
};
for (const q of queries.slice(0, 60)) idx.search(q); // warm-up
const times = new Map<string, { wall: number[]; cpu: number[]; plainWall: number[]; plainCpu: number[]; slow: [number, string][] }>();
let same = 0;
let differ = 0;
let partials = 0;
for (const q of queries) {
  const [a, wa, ca] = cpuMs(() => idx.search(q));
  const [b, wb, cb] = cpuMs(() => plain.search(q));
  if (isDeepStrictEqual(view(a), view(b))) same++;
  else {
    differ++;
    if (differ <= 5) log(`DIFFERENT: ${JSON.stringify(q)}\n  ours ${JSON.stringify(view(a)).slice(0, 600)}\n  plain ${JSON.stringify(view(b)).slice(0, 600)}`);
  }
  const isPartial = a.kind === 'results' && a.interpretation.partial !== undefined;
  if (isPartial) partials++;
  const plainQuery = !q.filters && !q.sort && !q.page;
  const cls = !q.text?.includes(' ') ? 'one word' : !plainQuery ? 'pair, filter/sort/page' : isPartial ? 'pair, no common product' : 'pair, exact';
  const s = times.get(cls) ?? times.set(cls, { wall: [], cpu: [], plainWall: [], plainCpu: [], slow: [] }).get(cls)!;
  s.wall.push(wa);
  s.cpu.push(ca);
  s.plainWall.push(wb);
  s.plainCpu.push(cb);
  s.slow.push([ca, JSON.stringify(q)]);
}
log(`compared ${queries.length} queries (${partials} partial answers): ${same} identical, ${differ} different`);
const f = (x: number[]) => {
  const s = summary(x);
  return `${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.p99)}`;
};
console.log(`| class | n | wall p50/p95/p99 | CPU p50/p95/p99 | plain scan wall | plain scan CPU |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
for (const [cls, s] of times) console.log(`| ${cls} | ${s.wall.length} | ${f(s.wall)} | ${f(s.cpu)} | ${f(s.plainWall)} | ${f(s.plainCpu)} |`);
for (const [cls, s] of times)
  log(
    `slowest (CPU ms), ${cls}: ${s.slow
      .sort((a, b) => b[0] - a[0])
      .slice(0, 4)
      .map(([ms, q]) => `${q} ${fmtMs(ms)}`)
      .join('; ')}`,
  );
if (differ > 0) process.exitCode = 1;
