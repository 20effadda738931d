import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { importProducts, exportProducts, type SheetFormat } from '../../modules/catalog/index.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import { phasedProgress, progressBar } from '../progress.ts';
import type { Database } from '../../core/db/database.ts';

/** --merchant accepts an entity id or a unified social credit code. */
async function merchantId(database: Database, ref: string): Promise<number> {
  const q = database.db.selectFrom('entities').select(['id', 'kind']);
  const row = /^\d{1,15}$/.test(ref)
    ? await q.where('id', '=', Number(ref)).executeTakeFirst()
    : await q.where('uscc', '=', ref.toUpperCase()).executeTakeFirst();
  if (!row) throw notFound('market entity', ref);
  if (row.kind !== 'merchant') throw new AppError('VALIDATION', `entity ${ref} is a ${row.kind}, not a merchant`);
  return row.id;
}

const formatOf = (file: string, given?: string): SheetFormat => {
  const f = (given ?? extname(file).slice(1)).toLowerCase();
  if (f !== 'csv' && f !== 'xlsx') throw invalid(`cannot tell the format of ${file}: use a .csv or .xlsx file, or --format csv|xlsx`);
  return f;
};

export function registerCatalogCommands(program: Command): void {
  program
    .command('import')
    .description("import a merchant's products from a spreadsheet (all rows or none; every bad row is reported)")
    .requiredOption('--file <path>', '.csv (UTF-8) or .xlsx file; columns as in docs/catalogue.md')
    .requiredOption('--merchant <id|uscc>', 'the merchant the products belong to')
    .option('--format <csv|xlsx>', 'override the format taken from the file name')
    .action((o: { file: string; merchant: string; format?: string }) =>
      run(async () => {
        const format = formatOf(o.file, o.format);
        const data = await readFile(o.file).catch((e: unknown) => {
          throw fileAccessError(o.file, e);
        });
        const database = await openConfigured();
        try {
          const p = phasedProgress();
          const report = await importProducts(database.db, SYSTEM, data, format, {
            merchantId: await merchantId(database, o.merchant),
            onProgress: (phase, d, n) => p.update(phase, d, n),
          });
          p.stop();
          process.stdout.write(`imported ${report.rows} rows: ${report.created} new products, ${report.updated} updated\n`);
        } finally {
          await database.close();
        }
      }),
    );
  program
    .command('export')
    .description("export a merchant's products to a spreadsheet (the import layout)")
    .requiredOption('--merchant <id|uscc>', 'the merchant')
    .requiredOption('--out <path>', 'output .csv or .xlsx file')
    .option('--format <csv|xlsx>', 'override the format taken from the file name')
    .action((o: { merchant: string; out: string; format?: string }) =>
      run(async () => {
        const format = formatOf(o.out, o.format);
        const database = await openConfigured();
        try {
          const bar = progressBar('export');
          const data = await exportProducts(database.db, SYSTEM, format, {
            merchantId: await merchantId(database, o.merchant),
            onProgress: (d, n) => bar.update(d, n),
          });
          bar.stop();
          await writeFile(o.out, data);
          process.stdout.write(`wrote ${o.out} (${data.length} bytes)\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
