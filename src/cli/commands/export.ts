import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { formatDecimal } from '../../core/money.ts';
import { splitDeclarations, type DeclarationSplit } from '../../modules/export/index.ts';
import { fileAccessError, run } from '../context.ts';

/** "1234567" minor units of USD → "USD 12,345.67". */
const money = (minor: number, currency: string): string => {
  const [whole, frac] = formatDecimal(minor, currency).split('.');
  return `${currency} ${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
};

/** Columns on a terminal: CJK and full-width characters take two. */
const width = (s: string): number =>
  [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number): string => {
  let out = '';
  for (const c of s) {
    if (width(out + c) > n - 1) return `${out}…`;
    out += c;
  }
  return out;
};

/** The split as a table a person reads: each declaration, its lines (merged ones marked *), and the summary against the lower bound. */
export function declarationsTable(split: DeclarationSplit): string {
  const out: string[] = [];
  const n = split.declarations.length;
  split.declarations.forEach((d, i) => {
    const merged = d.lines.filter((l) => l.merged).length;
    out.push(
      `declaration ${i + 1} of ${n}  ${money(d.totalUsdMinor, 'USD')}  ${d.lines.length} line${d.lines.length === 1 ? '' : 's'}${merged ? ` (${merged} merged by HS chapter, marked *)` : ''}`,
    );
    const rows = d.lines.map((l) => {
      const lots = l.lots.slice(0, 4).map((x) => `${String(x.id)} (${x.cartons})`);
      if (l.lots.length > 4) lots.push(`+${l.lots.length - 4} more`);
      return [
        `${l.hs}${l.merged ? '*' : ''}`,
        clip(l.goodsName, 24),
        `${l.quantity} ${l.unit}`,
        String(l.cartons),
        money(l.valueMinor, l.currency),
        money(l.usdMinor, 'USD'),
        String(l.netKg),
        String(l.grossKg),
        lots.join(', '),
      ];
    });
    const head = ['HS', 'goods', 'quantity', 'cartons', 'value', 'in USD', 'net kg', 'gross kg', 'lots (cartons)'];
    const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
    for (const r of [head, ...rows]) out.push(`  ${r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!))).join('  ')}`.trimEnd());
    out.push('');
  });
  const s = split.summary;
  out.push(
    `${n} declaration${n === 1 ? '' : 's'} of at most ${money(s.capUsdMinor, 'USD')} for ${s.lots} lots` +
      `${s.splitLots ? ` (${s.splitLots} cut by whole cartons)` : ''}, ${money(s.totalUsdMinor, 'USD')} in all; lower bound ${s.lowerBound}`,
  );
  return `${out.join('\n')}\n`;
}

/**
 * `yiwu export declarations`: market procurement export (mode 1039), no database.
 * `yiwu export` itself may already be a command (the catalogue's `yiwu export --merchant … --out …`,
 * registered before this one): `declarations` is then added under it, and a call of the subcommand
 * does not ask for that command's own required options (commander checks every ancestor's).
 */
export function registerExportCommands(program: Command): void {
  const existing = program.commands.find((c) => c.name() === 'export');
  const exp = existing ?? program.command('export').description('market procurement export (mode 1039)');
  if (existing)
    exp.hook('preSubcommand', (parent) => {
      for (const option of parent.options) option.mandatory = false;
    });
  exp
    .command('declarations')
    .description(
      'split a consignment into customs declarations of at most USD 150,000 (no database): --input is {"date","rates":[{"currency","perUsd"}],"lots":[…]} (docs/export.md)',
    )
    .requiredOption('--input <file>', 'the consignment as JSON')
    .option('--json', 'print {"declarations": […]} as JSON instead of a table')
    .action((o: { input: string; json?: boolean }) =>
      run(async () => {
        let text: string;
        try {
          text = await readFile(o.input, 'utf8');
        } catch (e) {
          throw fileAccessError(o.input, e);
        }
        let raw: unknown;
        try {
          raw = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch (e) {
          throw new AppError('VALIDATION', `${o.input} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
        }
        const split = splitDeclarations(raw);
        process.stdout.write(o.json ? `${JSON.stringify({ declarations: split.declarations })}\n` : declarationsTable(split));
      }),
    );
}
