import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { importRates, listRatesInForce, rateHistory, setDayRates, todayUtc } from '../../modules/fx/index.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import { progressBar } from '../progress.ts';

/** `yiwu rates …`: the exchange-rate table against CNY (the machine's owner acts as the operator). */
export function registerRateCommands(program: Command): void {
  const rates = program.command('rates').description('exchange rates against CNY (operator)');
  rates
    .command('list')
    .description('the rates in force on a date (default today), or one currency’s history with --currency')
    .option('--date <YYYY-MM-DD>', 'the date asked about')
    .option('--currency <code>', 'list this currency’s rates by date instead (newest first)')
    .action((o: { date?: string; currency?: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          if (o.currency) {
            const rows = await rateHistory(database.db, { currency: o.currency, ...(o.date ? { to: o.date } : {}) });
            for (const r of rows) process.stdout.write(`${r.rateDate}\t${r.currency}\t${r.rate}\t${r.source}\n`);
            if (rows.length === 0) process.stdout.write(`no ${o.currency.toUpperCase()} rates\n`);
            return;
          }
          const v = await listRatesInForce(database.db, o.date ? { date: o.date } : {});
          process.stdout.write(`rates in force on ${v.date} (CNY per unit)\n`);
          for (const r of v.rates) process.stdout.write(`${r.currency}\t${r.rate}\tof ${r.rateDate}\t${r.source}\n`);
          if (v.rates.length === 0) process.stdout.write('no rates set yet: yiwu rates set USD=7.1034 …\n');
        } finally {
          await database.close();
        }
      }),
    );
  rates
    .command('set <rates...>')
    .description('set a day’s rates, e.g. `yiwu rates set USD=7.1034 EUR=7.7521 JPY=4.7512/100` (CNY per unit, or per 100 with /100)')
    .option('--date <YYYY-MM-DD>', 'the day the rates are for (default today, UTC)')
    .option('--source <text>', 'where they come from', 'cli')
    .action((pairs: string[], o: { date?: string; source: string }) =>
      run(async () => {
        const parsed = pairs.map((p) => {
          const m = /^([A-Za-z]{3})=([^/]+)(?:\/(\d+))?$/.exec(p);
          if (!m) throw new AppError('VALIDATION', `"${p}" is not CUR=rate (e.g. USD=7.1034 or JPY=4.7512/100)`);
          return { currency: m[1]!, rate: m[2]!, ...(m[3] ? { per: Number(m[3]) } : {}) };
        });
        const database = await openConfigured();
        try {
          const stored = await setDayRates(database.db, SYSTEM, { date: o.date ?? todayUtc(), source: o.source, rates: parsed });
          for (const r of stored) process.stdout.write(`${r.rateDate}\t${r.currency}\t${r.rate}\t${r.source}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  rates
    .command('import <file>')
    .description('import rates from a CSV or xlsx sheet (columns date, currency, rate, per, source / 日期, 币种, 汇率, 单位, 来源); all rows or none')
    .action((file: string) =>
      run(async () => {
        const data = await readFile(file).catch((e) => {
          throw fileAccessError(file, e);
        });
        const database = await openConfigured();
        try {
          const bar = progressBar('rates');
          const report = await importRates(database.db, SYSTEM, data, /\.xlsx$/i.test(file) ? 'xlsx' : 'csv', {
            fileName: file.split(/[\\/]/).at(-1) ?? file,
            onProgress: (done, total) => {
              if (total > 5000) bar.update(done, total);
            },
          });
          bar.stop();
          process.stdout.write(`imported ${report.rows} rates (${report.currencies.join(', ')}) from ${report.from} to ${report.to}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
