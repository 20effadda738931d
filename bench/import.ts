/**
 * Spreadsheet import benchmark: N product rows (default 200,000, the import's limit)
 * with all 40 columns filled, as xlsx (~38 MB) and/or CSV, imported for one merchant
 * into a fresh PGlite (and PostgreSQL when TEST_DATABASE_URL is set), all-or-nothing.
 * Prints, per run: seconds (and the CPU time of all threads, with the load average, as the
 * machine may be shared), rows/s, the peak growth of the process's resident memory over the
 * baseline taken just before the import (worker threads included), the main thread's heap
 * at that peak by space, and the longest the event loop was blocked (the longest any other
 * request would wait). `YIWU_WORKERS_TSX=1` makes the workers load tsx instead of running
 * bundled JavaScript (src/core/work-pool-bundle.ts), for comparison.
 *
 *   node --import tsx bench/import.ts [--rows 200000] [--formats xlsx,csv] [--engines pglite,postgres] [--heap tight|v8]
 *
 * The file is generated once by a child process into the OS temporary directory and
 * reused, so generating it does not count against the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { freshDatabase } from '../src/platform/testing.ts';
import { tightenHeap, TIGHT_PERCENT } from '../src/core/heap.ts';
import { openDatabase, type Database, type Engine } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { importProducts, csvLine, SPREADSHEET_COLUMNS, type SheetFormat } from '../src/modules/catalog/index.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';

const { values: opt } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    formats: { type: 'string', default: 'xlsx,csv' },
    engines: { type: 'string' },
    'generate-only': { type: 'string' },
    /** 'tight' (as `yiwu` runs: src/core/heap.ts) or 'v8' (V8's own heap growing factor). */
    heap: { type: 'string', default: 'tight' },
    /** PGlite's data directory: 'disk' (a fresh one in the temporary directory, as `yiwu` runs) or 'memory' (memory://, as the tests). */
    pglite: { type: 'string', default: 'disk' },
  },
});
if (opt.heap === 'tight') tightenHeap();
console.log(`heap growing: ${opt.heap === 'tight' ? `tight (${1 + TIGHT_PERCENT / 100} × live, as yiwu runs)` : "V8's own factor"}`);
const N = Number(opt.rows);
const MB = 1024 * 1024;

const header = SPREADSHEET_COLUMNS.map((c) => c.key);
function row(i: number): string[] {
  const r: Record<string, string> = {
    sku: `SKU-${i}`,
    category: '010401',
    title_zh: `韩版珍珠发夹 款${i % 500}`,
    title_en: `Korean style pearl hair clip no. ${i % 500}`,
    description_zh: '合金+仿珍珠，每卡12个',
    description_en: 'Alloy, faux pearl, 12 per card',
    unit: i % 3 === 0 ? '个' : 'pcs',
    moq: String(100 + (i % 10) * 50),
    currency: 'CNY',
    qty_1: '',
    price_1: `${20 + (i % 7)}.${i % 10}0`,
    stock: String(i % 10000),
    hs_code: '9615190000',
    carton_units: '1200',
    carton_length_cm: '60',
    carton_width_cm: '40',
    carton_height_cm: '40',
    carton_gross_kg: '15.5',
    attributes: 'material=alloy; colour=gold',
    titles: `ru=Заколка ${i % 500}`,
    images: `https://img.example.com/${i}.jpg`,
    status: 'active',
  };
  for (let k = 2; k <= 10; k++) {
    r[`qty_${k}`] = String(1000 * k);
    r[`price_${k}`] = `${19 - k}.${i % 10}0`;
  }
  return header.map((k) => r[k] ?? '');
}

/** A fresh PGlite in a new directory under the temporary directory, removed on close. */
async function pgliteOnDisk(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'yiwu-bench-import-pglite-'));
  const d = await openDatabase({ dataDir: join(dir, 'pglite') });
  await migrateAll(d);
  return {
    ...d,
    async close() {
      await d.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const fileOf = (format: SheetFormat) => join(tmpdir(), `yiwu-bench-import-${N}.${format}`);

async function generate(format: SheetFormat): Promise<void> {
  const path = fileOf(format);
  if (format === 'csv') {
    const out = createWriteStream(path);
    out.write(csvLine(header));
    for (let i = 0; i < N; i++) if (!out.write(csvLine(row(i)))) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((r) => out.end(() => r()));
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('products');
  ws.addRow(header).commit();
  for (let i = 0; i < N; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

if (opt['generate-only']) {
  await generate(opt['generate-only'] as SheetFormat);
  process.exit(0);
}

const formats = opt.formats.split(',') as SheetFormat[];
// On PostgreSQL the database's memory is another process's, so the figures are the import's own.
const engines: Engine[] = opt.engines ? (opt.engines.split(',') as Engine[]) : process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

for (const format of formats) {
  if (!existsSync(fileOf(format))) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--rows', String(N), '--generate-only', format], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`generating the ${format} file failed`);
  }
  const file = readFileSync(fileOf(format));
  const size = file.length;
  for (const engine of engines) {
    const d = engine === 'pglite' && opt.pglite === 'disk' ? await pgliteOnDisk() : await freshDatabase(engine);
    await loadDemo(d, scaleOf('tiny'));
    const merchant = (await d.db.selectFrom('users').select('entity_id').where('username', '=', 'merchant').executeTakeFirstOrThrow()).entity_id!;
    // handed over as the HTTP route and the CLI do (their body or file is not used afterwards): a fresh copy per run, made before the baseline as a request body would be
    const input = Buffer.from(file);
    globalThis.gc?.();
    const m0 = process.memoryUsage();
    const base = m0.rss;
    let peak = base;
    // the main thread's own share at the moment of the RSS peak (worker heaps are in RSS only)
    let atPeak = m0;
    const spaces = () => Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    const spaces0 = spaces();
    let spacesAtPeak = spaces0;
    const sample = () => {
      const m = process.memoryUsage();
      if (m.rss > peak) {
        peak = m.rss;
        atPeak = m;
        spacesAtPeak = spaces();
      }
    };
    const sampler = setInterval(sample, 20);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const rep = await importProducts(d.db, { userId: 1, role: 'merchant', entityId: merchant }, input, format, { handOver: true });
    const s = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    loop.disable();
    clearInterval(sampler);
    sample();
    const d1 = (k: 'heapUsed' | 'heapTotal' | 'external' | 'arrayBuffers') => `${((atPeak[k] - m0[k]) / MB).toFixed(0)}`;
    console.log(
      `${format} ${(size / 1e6).toFixed(1)} MB, ${N.toLocaleString('en')} rows × ${header.length} columns on ${engine === 'pglite' ? `PGlite (${opt.pglite})` : engine}: ${s.toFixed(1)} s ` +
        `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, all threads; load average ${loadavg()[0]!.toFixed(1)}) ` +
        `(${Math.round(N / s).toLocaleString('en')} rows/s); created ${rep.created}; ` +
        `RSS +${((peak - base) / MB).toFixed(0)} MB at peak over ${(base / MB).toFixed(0)} MB; ` +
        `event loop blocked at most ${(loop.max / 1e6).toFixed(0)} ms (p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms)` +
        `\n  main thread at the peak, over the baseline (MB): heap used ${d1('heapUsed')}, heap total ${d1('heapTotal')}, external ${d1('external')} (array buffers ${d1('arrayBuffers')}); ` +
        `of the heap used: ${['new_space', 'old_space', 'large_object_space'].map((k) => `${k.replace('_space', '')} ${(((spacesAtPeak[k] ?? 0) - (spaces0[k] ?? 0)) / MB).toFixed(0)}`).join(', ')}`,
    );
    await d.close();
  }
}
