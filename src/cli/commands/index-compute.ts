/**
 * `yiwu index compute`: the analysts' price-index calculator over a CSV of
 * observations (docs/commodity-index.md §9).
 *
 *   yiwu index compute --input obs.csv --formula fisher [--chained]
 *   yiwu index compute --input obs.csv --formula geks-tornqvist --window 13 [--splice mean]
 *
 * Prints `period,index` (a header line, then one line per period; values in
 * full double precision, the JavaScript shortest round-trip form). Errors go to
 * stderr as `error CODE: message` (src/cli/context.ts) with exit code 1 (bad data)
 * or 2 (bad usage), without a stack trace.
 */
import { csvField } from '../../core/csv.ts';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { AppError, invalid } from '../../core/errors.ts';
import { commandError, fileAccessError, openConfigured, run } from '../context.ts';
import {
  collectListedPrices,
  getSeries,
  indexTick,
  listReleases,
  loadDemoHistory,
  runIndex,
  seriesTable,
  uploadSurvey,
} from '../../modules/commodity-index/index.ts';
import {
  buildPanel,
  computeSeries,
  INDEX_FORMULAS,
  isIndexFormula,
  isWeightedFormula,
  parseObservationsCsv,
  SPLICE_METHODS,
  type PeriodOrder,
  type SpliceMethod,
} from '../../modules/commodity-index/index.ts';

interface ComputeOptions {
  input: string;
  formula: string;
  chained?: boolean;
  window?: string;
  splice?: string;
  base?: string;
  order: string;
  excludeNew?: boolean;
  header: boolean;
}

const USAGE = 2;
const DATA = 1;

export function registerIndexCommands(program: Command): void {
  const index = program.command('index').description('Yiwu China Commodity Index (义乌·中国小商品指数): price and prosperity index tools');

  index
    .command('compute')
    .description('compute a price index series from a CSV of observations (columns period,product,price,quantity in any order)')
    .requiredOption('--input <file.csv>', 'CSV file with a header line and the columns period,product,price[,quantity]')
    .requiredOption('--formula <name>', `index formula: ${INDEX_FORMULAS.join(', ')}`)
    .option('--chained', 'bilateral formulas: chain period-to-period links (matched between adjacent periods)')
    .option('--window <n>', 'geks-*: rolling window length in periods (default: all periods, one window)')
    .option('--splice <method>', `geks-*: splice for rolling windows: ${SPLICE_METHODS.join(', ')} (default mean)`)
    .option('--base <b>', 'value of the first period (default 1; e.g. 100)')
    .option('--order <order>', 'period order: natural (labels sorted, digit runs as numbers) or appearance', 'natural')
    .option('--exclude-new', 'fixed base: leave out products that are not priced in the base period instead of failing')
    .option('--no-header', 'do not print the "period,index" header line')
    .action(function (this: Command, opts: ComputeOptions) {
      const fail = (message: string, exitCode: number): never => commandError(this, invalid(message), exitCode);
      const formula = opts.formula.trim().toLowerCase();
      if (!isIndexFormula(formula)) return fail(`unknown formula "${opts.formula}"; valid formulas: ${INDEX_FORMULAS.join(', ')}`, USAGE);
      let window: number | undefined;
      if (opts.window !== undefined) {
        window = Number(opts.window);
        if (!/^\d+$/.test(opts.window.trim()) || window < 2) return fail(`--window must be an integer ≥ 2, got "${opts.window}"`, USAGE);
      }
      let splice: SpliceMethod | undefined;
      if (opts.splice !== undefined) {
        if (!(SPLICE_METHODS as readonly string[]).includes(opts.splice))
          return fail(`unknown splice "${opts.splice}"; valid: ${SPLICE_METHODS.join(', ')}`, USAGE);
        splice = opts.splice as SpliceMethod;
      }
      let base = 1;
      if (opts.base !== undefined) {
        base = Number(opts.base);
        if (opts.base.trim() === '' || !Number.isFinite(base) || !(base > 0)) return fail(`--base must be a number > 0, got "${opts.base}"`, USAGE);
      }
      if (opts.order !== 'natural' && opts.order !== 'appearance') return fail(`--order must be natural or appearance, got "${opts.order}"`, USAGE);
      if (opts.excludeNew && (opts.chained || formula.startsWith('geks'))) return fail('--exclude-new applies to fixed-base bilateral formulas only', USAGE);

      let text: string;
      try {
        text = readFileSync(opts.input, 'utf8');
      } catch (e) {
        return commandError(this, fileAccessError(opts.input, e), DATA);
      }
      const parsed = parseObservationsCsv(text, { requireQuantity: isWeightedFormula(formula) });
      if (!parsed.ok) {
        const what = isWeightedFormula(formula) ? ` (formula ${formula} is weighted: every row needs a quantity)` : '';
        const e = parsed.error; // IMPORT_REJECTED, the lines in details.problems (printed under the message)
        return commandError(this, new AppError(e.code, `bad rows in "${opts.input}"${what}; nothing was computed`, e.details), DATA);
      }
      const panel = buildPanel(parsed.value, opts.order as PeriodOrder);
      const result = computeSeries(panel, {
        formula,
        ...(opts.chained ? { chained: true } : {}),
        ...(opts.excludeNew ? { newProducts: 'exclude' as const } : {}),
        ...(window !== undefined ? { window } : {}),
        ...(splice !== undefined ? { splice } : {}),
      });
      if (!result.ok) return commandError(this, result.error, result.error.code === 'VALIDATION' ? USAGE : DATA);

      const lines: string[] = opts.header ? ['period,index'] : [];
      const { periods, values } = result.value;
      for (let t = 0; t < periods.length; t++) {
        const v = t === 0 ? base : base * (values[t] as number);
        lines.push(`${csvField(periods[t] as string)},${String(v)}`);
      }
      const out = this.configureOutput();
      const write = out.writeOut ?? ((s: string) => process.stdout.write(s));
      write(`${lines.join('\n')}\n`);
    });

  registerIndexRunCommands(index);
}

/** The weekly run, releases, series, surveys and the demo history (operator tools; the CLI acts as the operator). */
function registerIndexRunCommands(index: Command): void {
  index
    .command('run')
    .description('compute and publish the weekly index up to a week (default: the last complete week); --revise --note publishes a revision')
    .option('--week <YYYY-Www>', 'the week, e.g. 2025-W07')
    .option('--revise', 'recompute from --week to the last published week and publish changed values as a new revision release')
    .option('--note <text>', 'what a revision corrects and why (required with --revise)')
    .option('--json', 'print the result as JSON')
    .action((o: { week?: string; revise?: boolean; note?: string; json?: boolean }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const r = await runIndex(database, SYSTEM, {
            ...(o.week ? { week: o.week } : {}),
            ...(o.revise ? { revise: true } : {}),
            ...(o.note ? { note: o.note } : {}),
          });
          if (o.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          else {
            process.stdout.write(`${r.status}: ${r.message}\n`);
            const t = Object.entries(r.timings)
              .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
              .join(', ');
            if (t) process.stdout.write(`time: ${t}\n`);
          }
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('releases')
    .description('list the releases (newest first)')
    .action(() =>
      run(async () => {
        const database = await openConfigured();
        try {
          for (const r of await listReleases(database.db))
            process.stdout.write(`${r.id}\t${r.releasedAt}\t${r.kind}\t${r.firstWeek} … ${r.lastWeek}${r.note ? `\t${r.note}` : ''}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('series')
    .description('print a published series as CSV (or write csv/xlsx with --out)')
    .option('--category <codes>', 'category codes, comma-separated; ALL; or top', 'ALL')
    .option('--series <price|prosperity>', 'which index', 'price')
    .option('--release <id>', 'as published in this release (default: the latest)')
    .option('--from <YYYY-Www>')
    .option('--to <YYYY-Www>')
    .option('--out <file>', '.csv or .xlsx file')
    .action((o: { category: string; series: string; release?: string; from?: string; to?: string; out?: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const q = {
            category: o.category,
            series: o.series as 'price',
            ...(o.release ? { release: Number(o.release) } : {}),
            ...(o.from ? { from: o.from } : {}),
            ...(o.to ? { to: o.to } : {}),
          };
          if (o.out) {
            const format = extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
            await writeFile(o.out, await seriesTable(database.db, q, format));
            process.stdout.write(`wrote ${o.out}\n`);
          } else {
            const s = await getSeries(database.db, q);
            process.stdout.write('week,category,value,release\n');
            for (const n of s.nodes) for (const p of n.points) process.stdout.write(`${p.week},${n.node},${p.value},${p.release ?? ''}\n`);
          }
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('survey')
    .description("record a collectors' price survey from a spreadsheet (all rows or none; every bad row is reported)")
    .requiredOption('--file <path>', '.csv (UTF-8) or .xlsx; columns product_id, price_type, date, price[, currency, quantity, value]')
    .action((o: { file: string }) =>
      run(async () => {
        const data = await readFile(o.file).catch((e: unknown) => {
          throw fileAccessError(o.file, e);
        });
        const database = await openConfigured();
        try {
          const r = await uploadSurvey(database.db, SYSTEM, data, extname(o.file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv', { fileName: o.file });
          process.stdout.write(`recorded ${r.rows} observations of ${r.items} items (survey batch ${r.batchId})\n`);
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('collect')
    .description("collect the catalogue's listed prices for a collection day (default today's or the last Monday/Thursday)")
    .option('--date <YYYY-MM-DD>')
    .action((o: { date?: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const { lastCollectionDay } = await import('../../modules/commodity-index/index.ts');
          const day = o.date ?? lastCollectionDay(new Date().toISOString().slice(0, 10));
          process.stdout.write(`collected ${await collectListedPrices(database, day)} listed prices for ${day}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('tick')
    .description('one step of the in-server scheduler: collect listed prices, publish the last complete week if it has no release')
    .action(() =>
      run(async () => {
        const database = await openConfigured();
        try {
          process.stdout.write(`${JSON.stringify(await indexTick(database, new Date()))}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  index
    .command('demo-history')
    .description('replace the index data with a deterministic year of demo trade history from the products, and publish it')
    .option('--end-week <YYYY-Www>', 'last week of the history (default: the last complete week)')
    .option('--weeks <n>', 'number of weeks', '53')
    .option('--per-category <n>', 'products followed per lowest category', '6')
    .action((o: { endWeek?: string; weeks: string; perCategory: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const r = await loadDemoHistory(database, {
            ...(o.endWeek ? { endWeek: o.endWeek } : {}),
            weeks: Number(o.weeks),
            perCategory: Number(o.perCategory),
          });
          process.stdout.write(
            `demo history ${r.firstWeek} … ${r.lastWeek}: ${r.items} items, ${r.observations} observations; ${r.run?.message ?? 'not published'} (${r.seconds.toFixed(1)} s)\n`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
