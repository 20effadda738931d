/**
 * `yiwu load plan`: the container load planner (docs/load-planner.md).
 *
 *   yiwu load plan --br br7.txt --problem 3 [--no-support] [--time-limit 10] [--seed 1] --json
 *   yiwu load plan --lots lots.csv|lots.xlsx [--containers 20GP,40GP,40HQ]
 *                  [--prices 20GP=150000,...] [--currency USD] [--out plan.json]
 *
 * Errors go to stderr as `error CODE: message` (src/cli/context.ts) with exit code 1 (bad
 * data) or 2 (bad usage), without a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, invalid } from '../../core/errors.ts';
import { commandError, fileAccessError } from '../context.ts';
import { loadingList, lotsFromCsv, lotsFromXlsx, packContainer, parseBR, planShipment, standardContainer } from '../../modules/load-planner/index.ts';
import type { ContainerTypeInput, LotInput } from '../../modules/load-planner/index.ts';

interface PlanOptions {
  br?: string;
  problem?: string;
  lots?: string;
  containers: string;
  prices?: string;
  currency: string;
  support: boolean;
  timeLimit?: string;
  seed: string;
  maxWork?: string;
  json?: boolean;
  out?: string;
  single?: boolean;
}

const USAGE = 2;
const DATA = 1;

/** A failure while reading `file`: an AppError with the file name in front, a system error as FILE_ACCESS, an unreadable workbook as BAD_SPREADSHEET. */
function inFile(file: string, e: unknown): unknown {
  if (e instanceof AppError) return new AppError(e.code, `${file}: ${e.message}`, e.details);
  if (typeof (e as NodeJS.ErrnoException | undefined)?.code === 'string') return fileAccessError(file, e);
  return new AppError('BAD_SPREADSHEET', `${file}: ${e instanceof Error ? e.message : String(e)}`);
}

export function registerLoadCommands(program: Command): void {
  const load = program.command('load').description('container load planning (block building with beam search)');
  load
    .command('plan')
    .description('plan a container load: a BR benchmark problem (--br) or real lots from CSV/xlsx (--lots)')
    .option('--br <file>', 'OR-Library BR file (Bischoff & Ratcliff thpack format)')
    .option('--problem <n>', 'problem number in the BR file (1-based)')
    .option('--lots <file>', 'lots table, .csv or .xlsx: lot,owner,count,length_cm,width_cm,height_cm,gross_kg,this_side_up')
    .option('--containers <codes>', 'container types on offer, comma-separated', '20GP,40GP,40HQ')
    .option('--prices <list>', 'prices in minor units, e.g. 20GP=150000,40HQ=280000 (default: placeholder rates)')
    .option('--currency <iso4217>', 'currency of the prices', 'USD')
    .option('--single', 'lots: best fill of one container of the first listed type instead of the cheapest mix')
    .option('--no-support', 'allow overhang (no full-support rule), for comparison with the literature')
    .option('--time-limit <s>', 'time limit in seconds (BR: per problem, default 10; lots: whole plan, default 20)')
    .option('--seed <k>', 'seed of the search', '1')
    .option('--max-work <n>', 'work bound (block placements) per container: makes the result independent of machine speed')
    .option('--json', 'BR: print one JSON object')
    .option('--out <file>', 'lots: write the plan JSON to this file')
    .action(async function (this: Command, opts: PlanOptions) {
      const usage = (message: string): never => commandError(this, invalid(message), USAGE);
      const fail = (e: unknown): never => commandError(this, e, DATA);
      const posInt = (v: string | undefined, name: string): number | undefined => {
        if (v === undefined) return undefined;
        if (!/^\d+$/.test(v.trim()) || Number(v) < 1) return usage(`${name} must be a positive integer, got "${v}"`);
        return Number(v);
      };
      const seed = /^\d+$/.test(opts.seed.trim()) ? Number(opts.seed) : usage(`--seed must be a non-negative integer, got "${opts.seed}"`);
      let timeS: number | undefined;
      if (opts.timeLimit !== undefined) {
        timeS = Number(opts.timeLimit);
        if (!Number.isFinite(timeS) || timeS <= 0) return usage(`--time-limit must be a positive number of seconds, got "${opts.timeLimit}"`);
      }
      const maxWork = posInt(opts.maxWork, '--max-work');
      if ((opts.br === undefined) === (opts.lots === undefined)) return usage('give exactly one of --br <file> or --lots <file>');

      if (opts.br !== undefined) {
        const n = posInt(opts.problem, '--problem') ?? usage('--br needs --problem <n>');
        let text: string;
        try {
          text = readFileSync(opts.br, 'utf8');
        } catch (e) {
          return fail(fileAccessError(opts.br, e));
        }
        let problems: ReturnType<typeof parseBR>;
        try {
          problems = parseBR(text);
        } catch (e) {
          return fail(inFile(opts.br, e));
        }
        const p = problems.find((q) => q.number === n) ?? fail(new AppError('NOT_FOUND', `problem ${n} not in ${opts.br} (it has ${problems.length})`));
        const r = packContainer(p, {
          support: opts.support,
          timeLimitMs: (timeS ?? 10) * 1000,
          seed,
          ...(maxWork !== undefined ? { maxWork } : {}),
        });
        const result = {
          problem: n,
          utilisation: r.utilisation,
          container: [p.container.L, p.container.W, p.container.H],
          placements: r.placements.map((q) => ({ type: q.type + 1, x: q.x, y: q.y, z: q.z, l: q.l, w: q.w, h: q.h })),
        };
        if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else
          process.stdout.write(
            `problem ${n}: utilisation ${(r.utilisation * 100).toFixed(2)} %, ${r.placements.length} boxes, ${(r.stats.elapsedMs / 1000).toFixed(1)} s, support ${opts.support ? 'on' : 'off'}\n`,
          );
        return;
      }

      const file = opts.lots!;
      let lots: LotInput[];
      try {
        if (/\.xlsx$/i.test(file)) lots = await lotsFromXlsx(file);
        else lots = lotsFromCsv(readFileSync(file, 'utf8'));
      } catch (e) {
        return fail(inFile(file, e));
      }
      const prices = new Map<string, number>();
      for (const part of (opts.prices ?? '').split(',').filter((s) => s.trim())) {
        const m = /^\s*([A-Za-z0-9]+)\s*=\s*(\d+)\s*$/.exec(part);
        if (!m) return usage(`--prices: expected CODE=minorUnits, got "${part}"`);
        prices.set(m[1]!.toUpperCase(), Number(m[2]));
      }
      const currency = opts.currency.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) return usage(`--currency must be an ISO 4217 code, got "${opts.currency}"`);
      let containers: ContainerTypeInput[];
      try {
        containers = opts.containers
          .split(',')
          .filter((s) => s.trim())
          .map((c) => standardContainer(c.trim(), prices.get(c.trim().toUpperCase()), currency));
      } catch (e) {
        return commandError(this, e, USAGE);
      }
      if (containers.length === 0) return usage('--containers: no container type given');
      let plan: ReturnType<typeof planShipment>;
      try {
        plan = planShipment(
          { lots, containers },
          {
            support: opts.support,
            timeLimitMs: (timeS ?? 20) * 1000,
            seed,
            mode: opts.single ? 'single' : 'cheapest-mix',
            ...(maxWork !== undefined ? { maxWorkPerContainer: maxWork } : {}),
          },
        );
      } catch (e) {
        return fail(e);
      }
      if (opts.out) {
        try {
          writeFileSync(opts.out, `${JSON.stringify(plan, null, 1)}\n`);
        } catch (e) {
          return fail(fileAccessError(opts.out, e, 'write'));
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(plan)}\n`);
      else process.stdout.write(loadingList(plan));
      if (!plan.complete) process.exitCode = DATA;
    });
}
