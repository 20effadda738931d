import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { listItems, monthlyReport, runSweep, serviceIndex, setupServiceDesk } from '../../modules/service-desk/index.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import type { Database } from '../../core/db/database.ts';

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const dec = (v: number | null) => (v === null ? '–' : v.toFixed(1));

async function withDatabase(fn: (database: Database) => Promise<void>): Promise<void> {
  const database = await openConfigured();
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

/** `yiwu service …`: the service desk (市场吹哨、部门报到) for the market office (the machine's owner acts as the operator). */
export function registerServiceCommands(program: Command): void {
  const service = program.command('service').description('the service desk: problems dispatched to departments (operator)');
  service
    .command('setup')
    .description('create the default departments and dispatch rules (idempotent; edited rules are kept)')
    .action(() =>
      run(() =>
        withDatabase(async (database) => {
          const r = await setupServiceDesk(database.db, SYSTEM);
          process.stdout.write(`service desk ready: ${r.departments} departments, ${r.rules} default rules\n`);
        }),
      ),
    );
  service
    .command('list')
    .description('service items, newest first')
    .option('--status <status>', 'dispatched, accepted, replied, reopened or closed')
    .option('--department <code>', "only this department's items (e.g. fire)")
    .option('--overdue', 'only items past their deadline')
    .option('--page <n>', 'page of 50', '1')
    .action((o: { status?: string; department?: string; overdue?: boolean; page: string }) =>
      run(() =>
        withDatabase(async (database) => {
          const p = await listItems(database.db, SYSTEM, {
            ...(o.status ? { status: o.status } : {}),
            ...(o.department ? { department: o.department } : {}),
            ...(o.overdue ? { overdue: 'true' } : {}),
            page: o.page,
            pageSize: 50,
          });
          process.stdout.write(`${p.total} items (page ${p.page})\n`);
          for (const i of p.items)
            process.stdout.write(
              `#${i.id}\t${i.status}${i.overdue ? ' OVERDUE' : ''}${i.escalationLevel ? ` escalated:${i.escalatedTo}` : ''}\t${i.departmentCode}\t${i.category}/${i.urgency}\tdue ${i.dueAt}\t${i.rating ? `rated ${i.rating}` : ''}\n`,
            );
        }),
      ),
    );
  service
    .command('sweep')
    .description('escalate overdue items and close replies left unanswered for a week (the server also does this every 5 minutes)')
    .action(() =>
      run(() =>
        withDatabase(async (database) => {
          const r = await runSweep(database.db, SYSTEM);
          for (const e of r.escalated) process.stdout.write(`#${e.id}\tescalated to level ${e.level} (${e.to})\n`);
          for (const id of r.autoClosed) process.stdout.write(`#${id}\tclosed (reply unanswered for a week)\n`);
          process.stdout.write(`${r.escalated.length} escalated, ${r.autoClosed.length} closed\n`);
        }),
      ),
    );
  service
    .command('index')
    .description('the service index by department and month')
    .option('--from <YYYY-MM>', 'first month (default: 11 months before --to)')
    .option('--to <YYYY-MM>', 'last month (default: this month, CST)')
    .action((o: { from?: string; to?: string }) =>
      run(() =>
        withDatabase(async (database) => {
          const rows = await serviceIndex(database.db, SYSTEM, { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) });
          process.stdout.write('month\tdepartment\traised\tclosed\ton-time\treopen\trating\tmean h\tmedian h\n');
          for (const r of rows)
            process.stdout.write(
              `${r.month}\t${r.departmentCode}\t${r.raised}\t${r.closed}\t${pct(r.onTimeRate)}\t${pct(r.reopenRate)}\t${dec(r.meanRating)}\t${dec(r.meanHoursToClose)}\t${dec(r.medianHoursToClose)}\n`,
            );
        }),
      ),
    );
  service
    .command('report')
    .description("the month's service report as xlsx (index by department, every item raised or closed in the month)")
    .requiredOption('--month <YYYY-MM>', 'the month (CST)')
    .requiredOption('--out <file.xlsx>', 'where to write it')
    .option('--lang <zh|en>', 'header language', 'zh')
    .action((o: { month: string; out: string; lang: string }) =>
      run(() =>
        withDatabase(async (database) => {
          const xlsx = await monthlyReport(database.db, SYSTEM, o.month, o.lang === 'en' ? 'en' : 'zh');
          await writeFile(o.out, xlsx).catch((e) => {
            throw fileAccessError(o.out, e, 'write');
          });
          process.stdout.write(`wrote ${o.out}\n`);
        }),
      ),
    );
}
