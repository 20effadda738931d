import type { Command } from 'commander';
import type { Actor } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { computeRedList, drawCampaign, getCampaign, listBlacklist, listRedList, REDLIST_RULES, verifyCampaign } from '../../modules/credit/index.ts';
import { openConfigured, run } from '../context.ts';

/** The machine's owner acting as market supervision (audit rows show role regulator, no user). */
const CLI_REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };

const idOf = (v: string | undefined, what: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new AppError('VALIDATION', `${what}: give a campaign id (a positive integer)`);
  return n;
};

/** `yiwu credit draw|blacklist|redlist`: campaigns' draws and their verification, the blacklist and the red list (adds to `credit` when it exists). */
export function registerCreditGovernanceCommands(program: Command): void {
  const credit = program.commands.find((c) => c.name() === 'credit') ?? program.command('credit').description('the credit data centre');
  credit
    .command('draw')
    .description('draw a defined campaign from its recorded seed, or with --verify re-run a drawn one and say whether it matches')
    .option('--campaign <id>', 'the campaign')
    .option('--verify [id]', 're-run the draw of a drawn campaign (exit 1 when it does not match)')
    .action((o: { campaign?: string; verify?: string | boolean }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          if (o.verify !== undefined) {
            const id = idOf(typeof o.verify === 'string' ? o.verify : o.campaign, '--verify');
            const v = await verifyCampaign(database.db, id);
            process.stdout.write(
              `campaign ${id}: ${v.matches ? 'MATCHES' : 'DOES NOT MATCH'} — ${v.drawn} drawn\n  population ${v.populationSha}\n  recorded   ${v.recordedDrawSha}\n  re-run     ${v.rerunDrawSha}\n  population today ${v.populationUnchangedSinceDraw ? 'unchanged' : 'changed since the draw (the draw uses the frozen one)'}\n`,
            );
            if (!v.matches) process.exitCode = 1;
            return;
          }
          const id = idOf(o.campaign, '--campaign');
          const c = await drawCampaign(database.db, CLI_REGULATOR, id);
          process.stdout.write(`campaign ${c.id} "${c.name}": ${c.drawn.length} drawn of ${c.populationCount} (seed ${c.seed}, ${c.algorithm})\n`);
          for (const d of c.drawn) process.stdout.write(`${d.seq}\tentity ${d.entityId}\tclass ${d.class}\t${d.inspectors.join(', ')}\n`);
          process.stdout.write(`draw sha256 ${c.drawSha}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('campaign <id>')
    .description('a campaign with its draw and results')
    .action((id: string) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const c = await getCampaign(database.db, CLI_REGULATOR, idOf(id, 'campaign'));
          process.stdout.write(
            `campaign ${c.id} "${c.name}" — ${c.status}, seed ${c.seed}, rates A ${c.rates.A} B ${c.rates.B} C ${c.rates.C} D ${c.rates.D}\n`,
          );
          for (const d of c.drawn) process.stdout.write(`${d.seq}\tentity ${d.entityId}\tclass ${d.class}\t${d.inspectors.join(', ')}\t${d.result ?? '—'}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('blacklist')
    .description('the blacklist')
    .command('list')
    .description('entries on the blacklist, newest first')
    .option('--all', 'also entries that ended (repaired or revoked)')
    .action((o: { all?: boolean }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const p = await listBlacklist(database.db, { limit: 200, ...(o.all ? { includeRemoved: 'true' } : {}) });
          process.stdout.write(`${p.total} entries\n`);
          for (const e of p.items)
            process.stdout.write(
              `#${e.id}\tentity ${e.entityId}\t${e.entityNameZh ?? e.entityNameEn ?? ''}\t${e.rule}\t${e.listedAt.slice(0, 10)}\t${e.removedAt ? `ended ${e.removedAt.slice(0, 10)}: ${e.removedReason}` : 'active'}\t${e.reason}\n`,
            );
        } finally {
          await database.close();
        }
      }),
    );
  credit
    .command('redlist')
    .description("a year's red list (诚信红名单)")
    .requiredOption('--year <year>', 'the year')
    .option('--compute', 'compute it now from the events by the published rules (replaces the stored list)')
    .option('--top <n>', 'how many per category when computing', '10')
    .action((o: { year: string; compute?: boolean; top: string }) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const year = Number(o.year);
          const list = o.compute
            ? await computeRedList(database.db, CLI_REGULATOR, { year, perCategory: Number(o.top) })
            : await listRedList(database.db, { year: o.year });
          process.stdout.write(`red list ${year} (${REDLIST_RULES})\n`);
          for (const e of list)
            process.stdout.write(`${e.category}\t${e.rank}\tentity ${e.entityId}\t${e.entityNameZh ?? e.entityNameEn ?? ''}\t${(e.score / 100).toFixed(2)}\n`);
          if (list.length === 0) process.stdout.write('(nobody)\n');
        } finally {
          await database.close();
        }
      }),
    );
}
