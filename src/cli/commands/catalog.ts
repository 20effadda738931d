import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import {
  importProducts,
  exportProducts,
  productTemplate,
  wordProblem,
  type SheetFormat,
  type SheetLang,
  type SheetProblem,
} from '../../modules/catalog/index.ts';
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

/** --lang, else the language of LANG / LC_ALL (zh_CN.UTF-8 → zh), else English. */
export function sheetLang(given?: string): SheetLang {
  const v = (given ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '').toLowerCase();
  if (given !== undefined && !/^(zh|en)\b/.test(v)) throw invalid(`--lang ${given}: use zh or en`);
  return v.startsWith('zh') ? 'zh' : 'en';
}

/** An import refusal with its problems worded in the reader's language (instead of the API's codes). */
function wordedRefusal(e: unknown, lang: SheetLang): never {
  if (e instanceof AppError && e.code === 'IMPORT_REJECTED') {
    const d = e.details as { errorCount: number; errors: SheetProblem[] };
    const lines = d.errors.slice(0, 200).map((p) => `  ${wordProblem(p, lang)}`);
    if (d.errorCount > lines.length)
      lines.push(lang === 'zh' ? `  ……另有 ${d.errorCount - lines.length} 个问题` : `  … and ${d.errorCount - lines.length} more`);
    const head =
      lang === 'zh'
        ? `表格有 ${d.errorCount} 个问题，没有导入任何商品。请改正以下各行后重新导入：`
        : `${d.errorCount} problem(s) in the sheet; nothing was imported. Fix the rows listed and import again:`;
    throw new AppError('IMPORT_REJECTED', `${head}\n${lines.join('\n')}`, { errorCount: d.errorCount });
  }
  throw e;
}

export function registerCatalogCommands(program: Command): void {
  program
    .command('import')
    .description("import a merchant's products from a spreadsheet (all rows or none; every bad row is reported)")
    .requiredOption('--file <path>', '.csv (UTF-8) or .xlsx file; columns as in docs/catalogue.md')
    .requiredOption('--merchant <id|uscc>', 'the merchant the products belong to')
    .option('--format <csv|xlsx>', 'override the format taken from the file name')
    .option('--lang <zh|en>', 'language of the problems listed (default: from LANG)')
    .action((o: { file: string; merchant: string; format?: string; lang?: string }) =>
      run(async () => {
        const format = formatOf(o.file, o.format);
        const lang = sheetLang(o.lang);
        const data = await readFile(o.file).catch((e: unknown) => {
          throw fileAccessError(o.file, e);
        });
        const database = await openConfigured();
        try {
          const p = phasedProgress();
          const report = await importProducts(database.db, SYSTEM, data, format, {
            handOver: true,
            merchantId: await merchantId(database, o.merchant),
            onProgress: (phase, d, n) => p.update(phase, d, n),
          }).catch((e: unknown) => {
            p.stop();
            return wordedRefusal(e, lang);
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
    .option('--lang <zh|en>', 'language of the headers and unit names (default: from LANG)')
    .action((o: { merchant: string; out: string; format?: string; lang?: string }) =>
      run(async () => {
        const format = formatOf(o.out, o.format);
        const lang = sheetLang(o.lang);
        const database = await openConfigured();
        try {
          const bar = progressBar('export');
          const data = await exportProducts(database.db, SYSTEM, format, {
            merchantId: await merchantId(database, o.merchant),
            lang,
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
  program
    .command('template')
    .description('write the product import template (xlsx: headers, instructions, an example row, drop-down lists for category and unit)')
    .requiredOption('--out <path>', 'output .xlsx file')
    .option('--lang <zh|en>', 'language of the headers and instructions (default: from LANG)')
    .action((o: { out: string; lang?: string }) =>
      run(async () => {
        if (formatOf(o.out, 'xlsx') !== 'xlsx' || !o.out.toLowerCase().endsWith('.xlsx')) throw invalid(`${o.out}: the template is an .xlsx file`);
        const data = await productTemplate(sheetLang(o.lang));
        await writeFile(o.out, data).catch((e: unknown) => {
          throw fileAccessError(o.out, e);
        });
        process.stdout.write(`wrote ${o.out} (${data.length} bytes)\n`);
      }),
    );
}
