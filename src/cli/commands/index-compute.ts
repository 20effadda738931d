/**
 * `yiwu index compute`: the analysts' price-index calculator over a CSV of
 * observations (docs/commodity-index.md §9).
 *
 *   yiwu index compute --input obs.csv --formula fisher [--chained]
 *   yiwu index compute --input obs.csv --formula geks-tornqvist --window 13 [--splice mean]
 *
 * Prints `period,index` (a header line, then one line per period; values in
 * full double precision, the JavaScript shortest round-trip form). Errors go to
 * stderr with exit code 1 (bad data) or 2 (bad usage), without a stack trace.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  buildPanel,
  computeSeries,
  describeProblem,
  formatCsvProblems,
  INDEX_FORMULAS,
  isIndexFormula,
  isWeightedFormula,
  parseObservationsCsv,
  SPLICE_METHODS,
  type PeriodOrder,
  type SpliceMethod,
} from '../../modules/index/formulas/index.ts';

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

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function registerIndexCommands(program: Command): void {
  const index = program
    .command('index')
    .description('Yiwu China Commodity Index (义乌·中国小商品指数): price and prosperity index tools');

  index
    .command('compute')
    .description(
      'compute a price index series from a CSV of observations (columns period,product,price,quantity in any order)',
    )
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
      const fail = (message: string, exitCode: number): never => {
        this.error(`error: ${message}`, { exitCode, code: exitCode === USAGE ? 'yiwu.index.usage' : 'yiwu.index.data' });
        throw new Error('unreachable'); // error() exits (or throws with exitOverride)
      };
      const formula = opts.formula.trim().toLowerCase();
      if (!isIndexFormula(formula))
        return fail(`unknown formula "${opts.formula}"; valid formulas: ${INDEX_FORMULAS.join(', ')}`, USAGE);
      let window: number | undefined;
      if (opts.window !== undefined) {
        window = Number(opts.window);
        if (!/^\d+$/.test(opts.window.trim()) || window < 2)
          return fail(`--window must be an integer ≥ 2, got "${opts.window}"`, USAGE);
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
        if (opts.base.trim() === '' || !Number.isFinite(base) || !(base > 0))
          return fail(`--base must be a number > 0, got "${opts.base}"`, USAGE);
      }
      if (opts.order !== 'natural' && opts.order !== 'appearance')
        return fail(`--order must be natural or appearance, got "${opts.order}"`, USAGE);
      if (opts.excludeNew && (opts.chained || formula.startsWith('geks')))
        return fail('--exclude-new applies to fixed-base bilateral formulas only', USAGE);

      let text: string;
      try {
        text = readFileSync(opts.input, 'utf8');
      } catch (e) {
        const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
        return fail(`cannot read input file "${opts.input}" (${reason})`, DATA);
      }
      const parsed = parseObservationsCsv(text, { requireQuantity: isWeightedFormula(formula) });
      if (!parsed.ok) {
        const what = isWeightedFormula(formula) ? ` (formula ${formula} is weighted: every row needs a quantity)` : '';
        return fail(`bad rows in "${opts.input}"${what}:\n${formatCsvProblems(parsed.problems)}`, DATA);
      }
      const panel = buildPanel(parsed.observations, opts.order as PeriodOrder);
      const result = computeSeries(panel, {
        formula,
        ...(opts.chained ? { chained: true } : {}),
        ...(opts.excludeNew ? { newProducts: 'exclude' as const } : {}),
        ...(window !== undefined ? { window } : {}),
        ...(splice !== undefined ? { splice } : {}),
      });
      if (!result.ok) return fail(describeProblem(result.problem), result.problem.code === 'bad-option' ? USAGE : DATA);

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
}
