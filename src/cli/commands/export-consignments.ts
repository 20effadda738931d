import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { formatDecimal } from '../../core/money.ts';
import {
  consignmentLots,
  DOCUMENT_KINDS,
  type DocumentKind,
  documentPdfBytes,
  documentXlsx,
  getConsignment,
  getLoadPlan,
  listConsignments,
} from '../../modules/export/index.ts';
import { consignmentDocuments } from '../../flows/consignment-documents.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';

async function withDb<T>(f: (db: Awaited<ReturnType<typeof openConfigured>>) => Promise<T>): Promise<T> {
  const database = await openConfigured();
  try {
    return await f(database);
  } finally {
    await database.close();
  }
}
const out = (s: string): void => {
  process.stdout.write(s);
};

/**
 * `yiwu export consignments …`: the operator's view of consolidation (the
 * machine's owner acts as the operator): consignments, their lots and
 * inspection status, the load plan, and the documents as files. Added under the
 * existing `yiwu export` the way `declarations` is (src/cli/commands/export.ts).
 */
export function registerExportConsignmentCommands(program: Command): void {
  const exp = program.commands.find((c) => c.name() === 'export') ?? program.command('export').description('market procurement export (mode 1039)');
  const cons = exp
    .command('consignments')
    .description('consolidated export consignments, lots, inspection, load plans and documents (operator; docs/export.md)');
  cons
    .command('list')
    .description('consignments, newest first, with their lots by inspection status')
    .option('--status <status>', 'open, loading, declared, shipped or closed')
    .option('--json', 'print JSON')
    .action((o: { status?: string; json?: boolean }) =>
      run(() =>
        withDb(async (d) => {
          const list = await listConsignments(d.db, SYSTEM, o.status ? { status: o.status } : {});
          if (o.json) {
            out(`${JSON.stringify(list)}\n`);
            return;
          }
          out(`${list.length} consignment(s)\n`);
          for (const c of list)
            out(
              `#${c.id}\tagent ${c.agentId}\tbuyer ${c.buyerId}\t${c.destination} ${c.incoterm}\t${c.status}\tlots ${c.lots.total} (pending ${c.lots.pending}, released ${c.lots.released}, held ${c.lots.held}, returned ${c.lots.returned})\tplan ${c.plan?.status ?? '—'}\n`,
            );
        }),
      ),
    );
  cons
    .command('show <id>')
    .description('one consignment, its lots with their inspection status, and its load plan')
    .option('--json', 'print JSON')
    .action((id: string, o: { json?: boolean }) =>
      run(() =>
        withDb(async (d) => {
          const c = await getConsignment(d.db, SYSTEM, Number(id));
          const lots = await consignmentLots(d.db, SYSTEM, c.id);
          const plan = c.plan ? await getLoadPlan(d.db, SYSTEM, c.id) : null;
          if (o.json) {
            out(`${JSON.stringify({ consignment: c, lots, plan: plan && { ...plan, plan: undefined } })}\n`);
            return;
          }
          out(`consignment #${c.id} — ${c.status}: agent ${c.agentId}, buyer ${c.buyerId}, ${c.destination} ${c.incoterm}\n`);
          for (const l of lots)
            out(
              `  lot ${l.id}\t${l.inspection}\tmerchant ${l.merchantId}\t${l.hs} ${l.goodsName}\t${l.cartons} ctn ${l.lengthMm}×${l.widthMm}×${l.heightMm} mm${l.thisSideUp ? ' ↑' : ''}\t${l.grossKg} kg\t${l.currency} ${formatDecimal(l.valueMinor, l.currency)}\n`,
            );
          if (plan) {
            out(`plan: ${plan.status}${plan.draftReason ? ` (${plan.draftReason})` : ''}, ${plan.containers.length} container(s)\n`);
            for (const k of plan.containers)
              out(
                `  ${k.seq}. ${k.typeCode}\t${k.isoNumber ?? 'no number'}\t${k.sealNumber ? `seal ${k.sealNumber}` : 'not sealed'}\t${k.lots.length} lot(s)\n`,
              );
          }
        }),
      ),
    );
  cons
    .command('documents <id>')
    .description(`write a document of the consignment's final plan: --kind ${DOCUMENT_KINDS.join(' | ')}, --type xlsx | pdf | json`)
    .requiredOption('--save <file>', 'where to write it (not --out: that is the catalogue export’s own option)')
    .option('--kind <kind>', 'goods-list, declarations or packing-list (json: all three)', 'goods-list')
    .option('--type <format>', 'xlsx, pdf or json (not --format: that is the catalogue export’s own option)', 'xlsx')
    .option('--date <YYYY-MM-DD>', 'the day whose exchange rates value the lots (default today)')
    .option('--document-no <no>', "the buyer's passport or ID number for the remarks")
    .action((id: string, o: { save: string; kind: string; type: string; date?: string; documentNo?: string }) =>
      run(() =>
        withDb(async (d) => {
          if (!(DOCUMENT_KINDS as readonly string[]).includes(o.kind)) throw new AppError('VALIDATION', `--kind: one of ${DOCUMENT_KINDS.join(', ')}`);
          if (!['xlsx', 'pdf', 'json'].includes(o.type)) throw new AppError('VALIDATION', '--type: xlsx, pdf or json');
          const docs = await consignmentDocuments(d.db, SYSTEM, Number(id), {
            ...(o.date ? { date: o.date } : {}),
            ...(o.documentNo ? { documentNo: o.documentNo } : {}),
          });
          const kind = o.kind as DocumentKind;
          const bytes =
            o.type === 'json' ? `${JSON.stringify(docs, null, 2)}\n` : o.type === 'pdf' ? await documentPdfBytes(docs, kind) : await documentXlsx(docs, kind);
          await writeFile(o.save, bytes).catch((e) => {
            throw fileAccessError(o.save, e, 'write');
          });
          out(`wrote ${o.save} (${docs.declarations.length} declaration(s), ${docs.packingLists.length} container(s), ${docs.goodsList.totals.lots} lot(s))\n`);
        }),
      ),
    );
}
