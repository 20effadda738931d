/**
 * `yiwu stalls …`: the periodic stall evaluation and re-allocation rounds
 * (docs/stall-evaluation.md). The machine's owner acts as the operator.
 *
 *   yiwu stalls evaluate --period 2026Q3
 *   yiwu stalls round recompute 4
 */
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { evaluateStalls } from '../../flows/evaluate-stalls.ts';
import { listRounds, parsePeriod, recomputeRound } from '../../modules/stall-evaluation/index.ts';
import { openConfigured, run } from '../context.ts';
import { phasedProgress } from '../progress.ts';

/** The quarter before today's (the usual period to evaluate). */
function lastQuarter(now = new Date()): string {
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? `${now.getUTCFullYear() - 1}Q4` : `${now.getUTCFullYear()}Q${q}`;
}

export function registerStallEvaluationCommands(program: Command): void {
  const stalls = program.command('stalls').description('stall evaluation and open re-allocation (operator)');
  stalls
    .command('evaluate')
    .description('score every held stall for a quarter against its peers, grade it and flag idle or lowest-grade stalls')
    .option('--period <quarter>', 'the quarter, e.g. 2026Q3 (default: the last finished quarter)')
    .action((o: { period?: string }) =>
      run(async () => {
        const period = parsePeriod(o.period ?? lastQuarter()).id;
        const database = await openConfigured();
        const progress = phasedProgress();
        try {
          const t0 = performance.now();
          const r = await evaluateStalls(database.db, SYSTEM, period, {
            onProgress: (phase, done, total) => progress.update(phase === 'gather' ? 'gathering' : 'storing scores', done, total),
          });
          progress.stop();
          const grades = [5, 4, 3, 2, 1].map((g) => `${'★'.repeat(g)} ${r.byGrade[String(g)] ?? 0}`).join('  ');
          process.stdout.write(`${period}: ${r.stalls} stalls evaluated in ${((performance.now() - t0) / 1000).toFixed(1)} s (run ${r.runId})\n  ${grades}\n`);
          process.stdout.write(`  flagged ${r.flagged}, cleared ${r.cleared}\n`);
        } finally {
          progress.stop();
          await database.close();
        }
      }),
    );
  const round = stalls.command('round').description('re-allocation rounds');
  round
    .command('list')
    .description('rounds, newest first')
    .action(() =>
      run(async () => {
        const database = await openConfigured();
        try {
          for (const r of await listRounds(database.db, SYSTEM))
            process.stdout.write(
              `#${r.id}\tstall ${r.stallId}\t${r.method}\t${r.status}${r.published ? ' (published)' : ''}\tapplications ${r.applications}\twinner ${r.winnerEntityId ?? '-'}\n`,
            );
        } finally {
          await database.close();
        }
      }),
    );
  round
    .command('recompute <id>')
    .description("re-compute a round's ranking from its kept record and compare it with the stored winner (exit 1 when they differ)")
    .action((id: string) =>
      run(async () => {
        if (!/^\d+$/.test(id)) throw new AppError('VALIDATION', `round id must be a number, got "${id}"`);
        const database = await openConfigured();
        try {
          const r = await recomputeRound(database.db, SYSTEM, Number(id));
          process.stdout.write(`round ${r.roundId}: recomputed winner ${r.winnerEntityId ?? 'none'}, stored winner ${r.storedWinnerEntityId ?? 'none'}\n`);
          for (const a of r.ranking)
            process.stdout.write(
              `  ${a.rank}. entity ${a.entityId}\tpoints ${a.points}\tmerit ${a.merit}${a.bidAmount === null ? '' : `\tbid ${a.bidAmount} (${a.bidPoints} pts)`}\n`,
            );
          process.stdout.write(r.sameWinner && r.sameRanking ? 'same winner and ranking as recorded\n' : 'DIFFERS from the recorded outcome\n');
          if (!(r.sameWinner && r.sameRanking)) process.exitCode = 1;
        } finally {
          await database.close();
        }
      }),
    );
}
