import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { computeMarketIndex, creditBreakdown, importCreditEventsSheet, recomputeAll } from '../../modules/credit/index.ts';
import { creditFromTrade } from '../../flows/credit-from-trade.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import { phasedProgress } from '../progress.ts';

const pts = (v: number): string => (v / 100).toFixed(2);
const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${pts(Math.abs(v))}`;

/** `yiwu credit events import|recompute|show|sync-trade|index`: the credit data centre from the machine owner's seat (operator). */
export function registerCreditCommands(program: Command): void {
  const credit = program.commands.find((c) => c.name() === 'credit') ?? program.command('credit').description('the credit data centre');
  credit
    .command('events')
    .description("departments' credit events")
    .command('import <file>')
    .description(
      'record a delivery sheet (xlsx or CSV: entity_id, source, kind, severity, occurred_on, evidence_ref, external_id, note); all rows or none; a resent file changes nothing',
    )
    .option('--format <csv|xlsx>', 'default: from the file name')
    .action((file: string, o: { format?: string }) =>
      run(async () => {
        const data = await readFile(file).catch((e) => {
          throw fileAccessError(file, e);
        });
        const format = (o.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx')) as 'csv' | 'xlsx';
        if (format !== 'csv' && format !== 'xlsx') throw new AppError('VALIDATION', '--format is csv or xlsx');
        const database = await openConfigured();
        try {
          const r = await importCreditEventsSheet(database.db, SYSTEM, data, format, file.split(/[\\/]/).at(-1));
          process.stdout.write(
            `${r.inserted} new event(s), ${r.unchanged} already delivered; ${r.entities.length} score(s) updated${r.batchId ? ` (batch ${r.batchId})` : ''}\n`,
          );
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('recompute')
    .description("turn new trade facts into credit events, then recompute every entity's score and class (set-based)")
    .option('--as-of <date>', 'the day to score (default today)')
    .action((o: { asOf?: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const sync = await creditFromTrade(database.db);
          process.stdout.write(`trade facts: ${sync.facts} read, ${sync.recorded} new credit event(s)\n`);
          const bar = phasedProgress();
          const r = await recomputeAll(database.db, SYSTEM, { ...(o.asOf ? { asOf: o.asOf } : {}), onProgress: (stage, d, n) => bar.update(stage, d, n) });
          bar.stop();
          process.stdout.write(`as of ${r.asOf}: ${r.entities} entities scored, ${r.changed} changed, ${r.classChanges} class change(s) in ${r.millis} ms\n`);
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('show <entity>')
    .description("an entity's score explained: base + each event's contribution, and when it stops counting")
    .action((entity: string) =>
      run(async () => {
        const id = Number(entity);
        if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('VALIDATION', 'give an entity id');
        const database = await openConfigured();
        try {
          const b = await creditBreakdown(database.db, SYSTEM, id);
          process.stdout.write(
            `entity ${id}: class ${b.class} since ${b.since}, score ${pts(b.score)} as of ${b.asOf}${b.cappedBy ? ` (class capped by a recent ${b.cappedBy} event)` : ''}\n`,
          );
          process.stdout.write(`  base                                   ${pts(b.base).padStart(8)}\n`);
          for (const c of b.contributions)
            process.stdout.write(
              `  ${c.occurredOn} ${c.kind.padEnd(28)} ${signed(c.amount).padStart(8)}  ${c.severity}, ${c.source}, event ${c.eventId}, counts until ${c.stopsCountingOn}${c.amount !== c.uncapped ? ' (capped)' : ''}\n`,
            );
          process.stdout.write(
            `  = ${pts(b.score)}  (quality ${signed(b.groups.quality)}, fulfilment ${signed(b.groups.fulfilment)}, behaviour ${signed(b.groups.behaviour)}, compliance ${signed(b.groups.compliance)})\n`,
          );
          for (const ch of b.classChanges.slice(0, 10)) process.stdout.write(`  ${ch.changedOn} class ${ch.from ?? '—'} → ${ch.to} (${ch.cause})\n`);
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('sync-trade')
    .description('turn the trade facts not yet consumed into platform credit events')
    .action(() =>
      run(async () => {
        const database = await openConfigured();
        try {
          const r = await creditFromTrade(database.db);
          process.stdout.write(`${r.facts} trade fact(s) read, ${r.recorded} new credit event(s); cursor at ${r.lastSeq}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('index')
    .description('compute and publish the market credit index (monthly, base month = 100)')
    .option('--from <YYYY-MM>', 'first month (default: 11 months ago)')
    .option('--to <YYYY-MM>', 'last month (default: this month)')
    .option('--base <YYYY-MM>', 'base month (default: the first)')
    .action((o: { from?: string; to?: string; base?: string }) =>
      run(async () => {
        const month = (s?: string) => (s ? `${s.slice(0, 7)}-01` : undefined);
        const database = await openConfigured();
        try {
          const rows = await computeMarketIndex(database.db, SYSTEM, {
            ...(o.from ? { from: month(o.from) } : {}),
            ...(o.to ? { to: month(o.to) } : {}),
            ...(o.base ? { baseMonth: month(o.base) } : {}),
          });
          for (const r of rows)
            process.stdout.write(
              `${r.month.slice(0, 7)}  ${pts(r.composite).padStart(7)}  quality ${pts(r.quality)}  fulfilment ${pts(r.fulfilment)}  behaviour ${pts(r.behaviour)}  compliance ${pts(r.compliance)}  (${r.entities} entities)\n`,
            );
        } finally {
          await database.close();
        }
      }),
    );
}
