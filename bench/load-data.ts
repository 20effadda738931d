/**
 * Bulk-load benchmark (issue: foundation). Loads a generated market into PGlite
 * and into PostgreSQL and prints rows per second and the resulting database
 * size, beside a baseline measured in the same run: a bare COPY of the same
 * product rows into a table without keys, constraints or indexes.
 *
 *   node --import tsx bench/load-data.ts [--scale full|medium|demo] [--engines pglite,postgres]
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a fresh database is created and dropped.
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openBenchDatabase } from './bench-db.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { copyCsvLine as csvLine } from '../src/core/csv.ts';
import { generateMarket, generateProducts, loadDemo, PRODUCT_COLUMNS, scaleOf } from '../src/modules/demo/index.ts';

const { values: opt } = parseArgs({ options: { scale: { type: 'string', default: 'full' }, engines: { type: 'string', default: 'pglite,postgres' } } });
const scale = scaleOf(opt.scale);
const engines = opt.engines.split(',');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, s: number) => `${Math.round(rows / s).toLocaleString('en')} rows/s`;
function dirSize(p: string): number {
  let t = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) t += e.isDirectory() ? dirSize(join(p, e.name)) : statSync(join(p, e.name)).size;
  return t;
}
function* productChunks(rows = 50_000): Generator<string> {
  let buf = '';
  let n = 0;
  for (const r of generateProducts(generateMarket(scale), scale)) {
    buf += csvLine(r);
    if (++n % rows === 0) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

console.log(
  `scale ${scale.name}: ${scale.stalls.toLocaleString('en')} stalls, ${(scale.stalls * scale.productsPerMerchant).toLocaleString('en')} products target; node ${process.version}`,
);
let t = performance.now();
let _genChunks = 0;
for (const chunk of productChunks()) _genChunks += chunk.length > 0 ? 1 : 0;
const genSeconds = (performance.now() - t) / 1000;
console.log(`generation only (products to CSV text, no database): ${genSeconds.toFixed(1)} s`);

for (const engine of engines) {
  const { database, cleanup, diskDir } = await openBenchDatabase(engine, { name: 'yiwu_bench', sharedBuffers: '1GB' });
  try {
    await migrateAll(database);
    // Baseline: bare COPY of the same product rows into a table with no keys, constraints or indexes.
    await sql.raw(`create table bare_products as select ${PRODUCT_COLUMNS.join(', ')} from products with no data`).execute(database.db);
    t = performance.now();
    const bareRows = await database.copyCsv('bare_products', PRODUCT_COLUMNS, productChunks());
    const bareS = (performance.now() - t) / 1000;
    await sql`drop table bare_products`.execute(database.db);
    await sql`checkpoint`.execute(database.db).catch(() => {});

    t = performance.now();
    const report = await loadDemo(database, scale);
    const loadS = (performance.now() - t) / 1000;
    const total = report.stalls + report.entities + report.products;
    const size = Number((await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(database.db)).rows[0]!.n);
    const tables = (
      await sql<{
        t: string;
        n: string;
      }>`select relname as t, pg_total_relation_size(c.oid) as n from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = current_schema() and relkind = 'r' order by 2 desc limit 4`.execute(
        database.db,
      )
    ).rows;
    console.log(`\n== ${engine} (${database.description})`);
    console.log(
      `baseline: bare COPY of ${bareRows.toLocaleString('en')} product rows, no keys or indexes: ${bareS.toFixed(1)} s, ${rate(bareRows, bareS)} (includes generating the rows, ${genSeconds.toFixed(1)} s)`,
    );
    console.log(
      `yiwu demo load (${scale.name}): ${loadS.toFixed(1)} s for ${report.products.toLocaleString('en')} products + ${report.stalls.toLocaleString('en')} stalls + ${report.entities.toLocaleString('en')} entities (${total.toLocaleString('en')} rows plus use-right holdings, with keys, checks, exclusion constraint, indexes, analyze)`,
    );
    console.log(`  products: ${rate(report.products, loadS)} overall; ratio to bare COPY: ${(loadS / bareS).toFixed(2)}×`);
    console.log(
      `  database size: ${mb(size)}${diskDir ? ` (data directory on disk ${mb(dirSize(diskDir))})` : ''}; largest: ${tables.map((r) => `${r.t} ${mb(Number(r.n))}`).join(', ')}`,
    );
  } finally {
    await cleanup();
  }
}
