/**
 * Search benchmark (issue 3). In one process, on the same generated products
 * and the same queries: this project's engine, PostgreSQL full-text search,
 * FlexSearch 0.8, MiniSearch 7 and Orama 3. Prints per engine and query class
 * p50/p95/p99, build time, memory, exact totals (yes/no) and the agreement of
 * the top 20 with an exhaustive scan.
 *
 *   node --expose-gc --max-old-space-size=12000 --import tsx bench/search/run.ts \
 *     [--scale demo|medium|full] [--engines ours,postgres,flexsearch,minisearch,orama]
 *     [--per-class 50] [--brute 8] [--cap-minisearch 500000] [--cap-orama 200000]
 *     [--cap-build-s 900] [--cap-rss-gb 14] [--json out.json] [--classes all|base|stat]
 *     [--snapshot path] [--skip-load]
 *
 * --scale also takes a number of stalls (28 products each: 750000 = 21 M products, 10 × full).
 * --snapshot: this engine is loaded from that file when it exists (no build), else built and
 * saved there (kept); the save/load figures are then of that file.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a database yiwu_search_bench_<pid> is created and dropped.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchIndex } from '../../src/modules/search/index.ts';
import { Forward } from './brute.ts';
import { BASE_CLASSES, CLASSES, Corpus, filtersOf, isBaseClass, makeQueries, makeStatQueries, type BenchQuery, type QueryClass } from './corpus.ts';
import { basicQuery, Flex, Mini, OramaEngine, PgFts, type Engine, type EngineResult } from './engines.ts';
import { fmtMs, gc, heapBytes, mb, summary } from './stats.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    engines: { type: 'string', default: 'ours,postgres,flexsearch,minisearch,orama' },
    'per-class': { type: 'string', default: '50' },
    brute: { type: 'string', default: '8' },
    'cap-minisearch': { type: 'string', default: '500000' },
    'cap-orama': { type: 'string', default: '200000' },
    'cap-build-s': { type: 'string', default: '900' },
    'cap-rss-gb': { type: 'string', default: '14' },
    json: { type: 'string', default: '' },
    /** base (issue 3's classes), stat (issue 15's corpus-statistics classes) or all */
    classes: { type: 'string', default: 'all' },
    snapshot: { type: 'string', default: '' },
    /** Do not load the snapshot back in this process (at 10 × it would hold the index twice; bench/search/snapshot-load.ts times a load in a fresh process). */
    'skip-load': { type: 'boolean', default: false },
  },
});
const scaleName = opt.scale;
const engineNames = opt.engines.split(',');
const perClass = Number(opt['per-class']);
const bruteN = Number(opt.brute);
const caps: Record<string, number> = { minisearch: Number(opt['cap-minisearch']), orama: Number(opt['cap-orama']) };
const capBuildS = Number(opt['cap-build-s']);
const capRss = Number(opt['cap-rss-gb']) * 2 ** 30;
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Row {
  engine: string;
  docs: number;
  buildS: number;
  memory: string;
  exactTotal: string;
  classes: Partial<Record<QueryClass, ReturnType<typeof summary>>>;
  all?: ReturnType<typeof summary>;
  overlap?: number;
  agreement?: number;
  zeroHits?: number;
  note: string;
}
const rows: Row[] = [];

const corpus = new Corpus(scaleName);
log(`scale ${scaleName}: generating and indexing…`);

// ── this project's engine ────────────────────────────────────────────────
gc();
const heap0 = heapBytes();
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const cpu0 = process.cpuUsage();
const fromSnapshot = opt.snapshot !== '' && existsSync(opt.snapshot);
const ours = fromSnapshot
  ? await SearchIndex.load(opt.snapshot)
  : await SearchIndex.build(corpus.docs(), {
      onProgress: (p) => p.done % 1_000_000 === 0 && log(`  ours: ${p.phase} ${p.done} (RSS ${mb(process.memoryUsage().rss)})`),
    });
const oursBuild = (performance.now() - t) / 1000;
const buildCpu = process.cpuUsage(cpu0);
gc();
const oursHeap = heapBytes() - heap0;
const st = ours.stats();
const N = st.docs;
log(
  `  ours: ${N} docs ${fromSnapshot ? 'loaded from the snapshot' : 'built'} in ${oursBuild.toFixed(1)} s (CPU ${((buildCpu.user + buildCpu.system) / 1e6).toFixed(1)} s), heap +${mb(oursHeap)}, estimate ${mb(st.memoryBytes)}, RSS +${mb(process.memoryUsage().rss - rss0)}`,
);
const dir = mkdtempSync(join(tmpdir(), 'yiwu-search-'));
const snapPath = opt.snapshot || join(dir, 'index.snap');
let saveS = Number.NaN;
if (!fromSnapshot) {
  t = performance.now();
  await ours.save(snapPath);
  saveS = (performance.now() - t) / 1000;
}
let loadS = Number.NaN;
if (!opt['skip-load']) {
  t = performance.now();
  const loaded = await SearchIndex.load(snapPath);
  loadS = (performance.now() - t) / 1000;
  log(`  snapshot loaded in this process: ${loaded.stats().docs} docs`);
}
const snapBytes = statSync(snapPath).size;
rmSync(dir, { recursive: true, force: true });
log(`  snapshot ${mb(snapBytes)}: save ${saveS.toFixed(1)} s, load ${loadS.toFixed(1)} s in this process`);

const queries = [
  ...(opt.classes === 'stat' ? [] : makeQueries(ours, corpus, perClass)),
  ...(opt.classes === 'base' ? [] : makeStatQueries(ours, corpus, perClass)),
];
const usedClasses = CLASSES.filter((c) => queries.some((q) => q.cls === c));
log(`queries: ${queries.length} (${usedClasses.map((c) => `${c} ${queries.filter((q) => q.cls === c).length}`).join(', ')})`);
const sample = BASE_CLASSES.flatMap((c) => queries.filter((q) => q.cls === c).slice(0, bruteN));
const hitsByClass = new Map<QueryClass, number[]>();

function timeQueries(run: (q: BenchQuery) => EngineResult | Promise<EngineResult>, budgetS: number, supports: (q: BenchQuery) => boolean = () => true) {
  return (async () => {
    const per = new Map<QueryClass, number[]>();
    const all: number[] = [];
    const results = new Map<BenchQuery, EngineResult>();
    const times = new Map<BenchQuery, number>();
    /** CPU time of this process per query (less sensitive than wall time to other work on the machine). */
    const cpu = new Map<QueryClass, number[]>();
    const started = performance.now();
    let zero = 0;
    // warm-up on a tenth of the queries
    for (let i = 0; i < queries.length; i += 10) if (supports(queries[i]!)) await run(queries[i]!);
    for (const q of queries) {
      if (!supports(q)) continue;
      const c0 = process.cpuUsage();
      const s = performance.now();
      const r = await run(q);
      const ms = performance.now() - s;
      const c1 = process.cpuUsage(c0);
      (cpu.get(q.cls) ?? cpu.set(q.cls, []).get(q.cls)!).push((c1.user + c1.system) / 1000);
      if (isBaseClass(q.cls)) all.push(ms);
      (per.get(q.cls) ?? per.set(q.cls, []).get(q.cls)!).push(ms);
      results.set(q, r);
      times.set(q, ms);
      if (r.ids.length === 0) zero++;
      if ((performance.now() - started) / 1000 > budgetS) {
        log(`  query budget of ${budgetS} s used up after ${all.length} queries`);
        break;
      }
    }
    return { per, all, results, zero, times, cpu };
  })();
}

// Ours: search with facets and exact totals.
const oursRun = (q: BenchQuery): EngineResult => {
  const filters = filtersOf(q);
  const r = ours.search({
    text: q.text,
    ...(filters ? { filters } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    ...(q.page ? { page: q.page } : {}),
    pageSize: q.pageSize ?? 20,
  });
  return r.kind === 'results' ? { ids: r.items.map((i) => i.id), total: r.total } : { ids: [] };
};
const ot = await timeQueries(oursRun, 600);
for (const [q, r] of ot.results) (hitsByClass.get(q.cls) ?? hitsByClass.set(q.cls, []).get(q.cls)!).push(r.total ?? 0);
for (const c of usedClasses) {
  const cs = summary(ot.cpu.get(c) ?? []);
  const ws = summary(ot.per.get(c) ?? []);
  log(`  ${c}: wall p50/p95/p99 ${fmtMs(ws.p50)} / ${fmtMs(ws.p95)} / ${fmtMs(ws.p99)} ms, CPU ${fmtMs(cs.p50)} / ${fmtMs(cs.p95)} / ${fmtMs(cs.p99)} ms`);
  const slow = queries
    .filter((q) => q.cls === c)
    .sort((a, b) => (ot.times.get(b) ?? 0) - (ot.times.get(a) ?? 0))
    .slice(0, 3);
  log(
    `  slowest ${c}: ${slow.map((q) => `${q.text}${q.category ? ` [${q.category}]` : ''}${q.filters ? ` ${JSON.stringify(q.filters)}` : ''}${q.sort ? ` ${q.sort}` : ''} ${fmtMs(ot.times.get(q) ?? NaN)} ms (${ot.results.get(q)?.total} hits)`).join('; ')}`,
  );
}
// Suggestions: prefixes of 1–4 characters of the query texts.
const sugMs: number[] = [];
for (const q of queries) {
  for (let l = 1; l <= Math.min(4, q.text.length); l++) {
    const s = performance.now();
    ours.suggest(q.text.slice(0, l), 10);
    sugMs.push(performance.now() - s);
  }
}

// Exhaustive scan: the engine's ranking recomputed document by document.
log('exhaustive scan over the forward index…');
const fw = new Forward(ours);
const { lexicon, columns } = ours.internals();
const ordToId = (o: number) => columns.ids[o]!;
let agreeSum = 0;
let agreeN = 0;
const refLiteral = new Map<BenchQuery, { full: number[]; capped: Map<number, number[]> }>();
for (const q of sample) {
  const ref = fw.top(q.text, 20, undefined, q.category).map(ordToId);
  const got = ot.results.get(q)?.ids ?? [];
  if (ref.length) {
    agreeSum += overlap(got, ref);
    agreeN++;
  }
  const lit = q.tokens.map((tk) => lexicon.id(tk));
  refLiteral.set(q, { full: fw.top(q.text, 20, lit, q.category).map(ordToId), capped: new Map() });
}
function overlap(got: number[], ref: number[]): number {
  if (!ref.length) return got.length ? 0 : 1;
  const s = new Set(got.slice(0, 20));
  return ref.filter((x) => s.has(x)).length / ref.length;
}
function literalOverlap(res: Map<BenchQuery, EngineResult>, limit: number): number | undefined {
  let sum = 0;
  let n = 0;
  for (const q of sample) {
    const r = res.get(q);
    const entry = refLiteral.get(q);
    if (!r || !entry) continue;
    let ref = entry.full;
    if (limit < N) {
      ref =
        entry.capped.get(limit) ??
        fw
          .top(
            q.text,
            20,
            q.tokens.map((tk) => lexicon.id(tk)),
            q.category,
            limit,
          )
          .map(ordToId);
      entry.capped.set(limit, ref);
    }
    if (!ref.length) continue;
    sum += overlap(r.ids, ref);
    n++;
  }
  return n ? sum / n : undefined;
}
rows.push({
  engine: 'ours',
  docs: N,
  buildS: oursBuild,
  memory: `${mb(oursHeap)} heap (estimate ${mb(st.memoryBytes)}), snapshot ${mb(snapBytes)}`,
  exactTotal: 'yes + facets',
  classes: Object.fromEntries([...ot.per].map(([c, ms]) => [c, summary(ms)])),
  all: summary(ot.all),
  zeroHits: ot.zero,
  agreement: agreeN ? agreeSum / agreeN : undefined,
  overlap: literalOverlap(ot.results, N),
  note: `save ${saveS.toFixed(1)} s, load ${loadS.toFixed(1)} s; suggest p50 ${fmtMs(summary(sugMs).p50)} p95 ${fmtMs(summary(sugMs).p95)} p99 ${fmtMs(summary(sugMs).p99)} ms`,
});

// ── the other engines, one at a time ─────────────────────────────────────
for (const name of engineNames.filter((e) => e !== 'ours')) {
  const engine: Engine | undefined =
    name === 'postgres'
      ? new PgFts(pgUrl)
      : name === 'flexsearch'
        ? new Flex()
        : name === 'minisearch'
          ? new Mini()
          : name === 'orama'
            ? new OramaEngine()
            : undefined;
  if (!engine) {
    log(`unknown engine ${name}`);
    continue;
  }
  const limit = Math.min(N, caps[name] ?? N);
  gc();
  const h0 = heapBytes();
  const started = performance.now();
  log(`${engine.name}: building over ${limit} docs…`);
  let failed: string | undefined;
  try {
    await engine.build(corpus, limit, (n) => {
      if ((performance.now() - started) / 1000 > capBuildS) throw new Error(`build cap of ${capBuildS} s reached at ${n} docs`);
      if (process.memoryUsage().rss > capRss) throw new Error(`memory cap of ${mb(capRss)} reached at ${n} docs`);
    });
  } catch (e) {
    failed = e instanceof Error ? e.message : String(e);
  }
  const buildS = (performance.now() - started) / 1000;
  gc();
  const heap = heapBytes() - h0;
  if (failed) {
    log(`  ${engine.name}: ${failed}`);
    rows.push({ engine: engine.name, docs: limit, buildS, memory: mb(heap), exactTotal: '—', classes: {}, note: `FAILED: ${failed}` });
    await engine.close().catch(() => {});
    continue;
  }
  const memory = engine instanceof PgFts ? `${mb(await engine.sizeBytes())} on disk (table + GIN)` : `${mb(heap)} heap`;
  log(`  built in ${buildS.toFixed(1)} s, ${memory}; querying…`);
  const rt = await timeQueries(
    (q) => engine.search(q),
    name === 'orama' ? 300 : 900,
    (q) => (engine.supports ? engine.supports(q) : basicQuery(q)),
  );
  // Exact totals where the query is the same (browse and the literal tokens of a single word): this engine's totals must equal PostgreSQL's.
  if (engine instanceof PgFts) {
    let same = 0;
    let compared = 0;
    for (const [q, r] of rt.results) {
      if (q.text.trim() !== '') continue;
      compared++;
      if (ot.results.get(q)?.total === r.total) same++;
      else log(`  total differs for browse ${JSON.stringify(q)}: ours ${ot.results.get(q)?.total}, postgres ${r.total}`);
    }
    log(`  browse totals equal to PostgreSQL's: ${same} of ${compared}`);
  }
  const totals = [...rt.results.values()].some((r) => r.total !== undefined);
  rows.push({
    engine: engine.name,
    docs: limit,
    buildS,
    memory,
    exactTotal: totals ? 'yes, no facets' : 'no',
    classes: Object.fromEntries([...rt.per].map(([c, ms]) => [c, summary(ms)])),
    all: summary(rt.all),
    zeroHits: rt.zero,
    overlap: literalOverlap(rt.results, limit),
    note: engine.note + (limit < N ? `; indexed only the first ${limit} of ${N} documents (cap)` : ''),
  });
  await engine.close();
  gc();
}

// ── report ───────────────────────────────────────────────────────────────
const lines: string[] = [];
lines.push(
  `# search benchmark — scale ${scaleName}, ${N.toLocaleString('en')} products, ${queries.length} queries (${perClass} per class), node ${process.version}`,
);
lines.push('');
lines.push(
  '| engine | docs | build | memory | exact total | ' +
    BASE_CLASSES.map((c) => `${c} p50/p95/p99 ms`).join(' | ') +
    ' | all p95 | overlap@20 | top-20 = exhaustive |',
);
lines.push(`|${' --- |'.repeat(9 + BASE_CLASSES.length)}`);
for (const r of rows) {
  const cls = BASE_CLASSES.map((c) => {
    const s = r.classes[c];
    return s ? `${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.p99)}` : '—';
  });
  const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(0)} %`);
  lines.push(
    `| ${r.engine} | ${r.docs.toLocaleString('en')} | ${r.buildS.toFixed(1)} s | ${r.memory} | ${r.exactTotal} | ${cls.join(' | ')} | ${r.all ? fmtMs(r.all.p95) : '—'} | ${pct(r.overlap)} | ${pct(r.agreement)} |`,
  );
}
lines.push('');
lines.push("Per class (p50 / p95 / p99 ms; median hits = this engine's median exact total):");
lines.push('');
lines.push(`| class | median hits | ${rows.map((r) => r.engine).join(' | ')} |`);
lines.push(`|${' --- |'.repeat(2 + rows.length)}`);
for (const c of usedClasses) {
  const hits = [...(hitsByClass.get(c) ?? [])].sort((a, b) => a - b);
  const med = hits.length ? hits[Math.floor((hits.length - 1) / 2)]! : NaN;
  const cells = rows.map((r) => {
    const s = r.classes[c];
    return s ? `${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.p99)}` : '—';
  });
  lines.push(`| ${c}${isBaseClass(c) ? '' : ' *'} | ${Number.isNaN(med) ? '—' : med.toLocaleString('en')} | ${cells.join(' | ')} |`);
}
lines.push('');
lines.push('* corpus-statistics class (issue 15): only this engine and PostgreSQL answer it.');
lines.push('');
for (const r of rows) lines.push(`- ${r.engine}: ${r.note}${r.zeroHits !== undefined ? `; queries with no result: ${r.zeroHits}` : ''}`);
lines.push('');
lines.push(
  `overlap@20: share of the exhaustive-scan top 20 (this engine's ranking function, over documents containing all literal query tokens) found in the engine's top 20; ${sample.length} sample queries.`,
);
lines.push('top-20 = exhaustive: share of the exhaustive-scan top 20 of the full query (with dictionary, pinyin and typo expansions) returned by this engine.');
console.log(lines.join('\n'));
const jsonPath = opt.json;
if (jsonPath)
  writeFileSync(
    jsonPath,
    JSON.stringify(
      {
        scale: scaleName,
        docs: N,
        rows,
        queries: queries.map((q) => ({ cls: q.cls, text: q.text, category: q.category, filters: q.filters, sort: q.sort, page: q.page })),
      },
      null,
      2,
    ),
  );
process.exit(0);
