import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { formatDecimal } from '../../core/money.ts';
import * as proc from '../../modules/procurement/index.ts';
import { recordTrade } from '../../flows/record-trade.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';

type RegOpts = {
  kind: string;
  entity?: string;
  customsCode?: string;
  name?: string;
  nationality?: string;
  docType?: string;
  docNumber?: string;
  agent?: string;
};
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const money = (v: number, c: string) => `${c} ${formatDecimal(v, c)}`;

function registrationOf(o: RegOpts): Record<string, unknown> {
  const base: Record<string, unknown> = { kind: o.kind };
  if (o.entity) base.entityId = num(o.entity);
  if (o.kind === 'agent') return { ...base, customsCode: o.customsCode };
  if (o.agent) base.agentId = num(o.agent);
  if (o.kind === 'buyer') return { ...base, name: o.name, nationality: o.nationality, documentType: o.docType ?? 'passport', documentNumber: o.docNumber };
  return base;
}

/** Run `fn` over the configured database, closing it afterwards. */
function withDb(fn: (db: Awaited<ReturnType<typeof openConfigured>>['db']) => Promise<void>) {
  return run(async () => {
    const database = await openConfigured();
    try {
      await fn(database.db);
    } finally {
      await database.close();
    }
  });
}

/**
 * `yiwu procurement …`: market procurement (1039) as the operator — register
 * parties, list them, keep the prohibited/restricted HS list, record trades,
 * read payments and write the monthly VAT-exempt report.
 */
export function registerProcurementCommands(program: Command): void {
  const pc = program
    .command('procurement')
    .description('market procurement export (mode 1039): registrations, HS list, trade records, payments, VAT report (operator)');
  pc.command('register')
    .description('register an agent, buyer or merchant')
    .requiredOption('--kind <agent|buyer|merchant>', 'what is registered')
    .option('--entity <id>', 'the market entity (a new buyer entity is made from --name when omitted)')
    .option('--customs-code <code>', "an agent's 10-character customs registration code")
    .option('--name <name>', "a buyer's name")
    .option('--nationality <CC>', "a buyer's nationality (ISO 3166-1 alpha-2)")
    .option('--doc-type <passport|id_card|travel_permit|other>', "a buyer's identity document", 'passport')
    .option('--doc-number <number>', "the document's number")
    .option('--agent <id>', 'the export agent a buyer or merchant is registered with')
    .action((o: RegOpts) =>
      withDb(async (db) => {
        const r = await proc.register(db, SYSTEM, registrationOf(o));
        process.stdout.write(`registered ${r.kind} ${r.entityId} ${r.name} (${r.status})\n`);
      }),
    );
  pc.command('list')
    .description('registrations')
    .option('--kind <agent|buyer|merchant>', 'only this kind')
    .option('--status <active|suspended>', 'only this status')
    .action((o: { kind?: string; status?: string }) =>
      withDb(async (db) => {
        const p = await proc.listRegistrations(db, SYSTEM, { ...(o.kind ? { kind: o.kind } : {}), ...(o.status ? { status: o.status } : {}), limit: 200 });
        process.stdout.write(`${p.total} registrations\n`);
        for (const r of p.items) {
          const extra = r.kind === 'agent' ? `customs ${r.customsCode}` : r.kind === 'buyer' ? `${r.nationality} ${r.documentType} ${r.documentNumber}` : '';
          process.stdout.write(`${r.entityId}\t${r.kind}\t${r.status}\t${r.name}\t${extra}\tagents ${r.agentIds.join(',') || '—'}\n`);
        }
      }),
    );
  pc.command('status <entityId> <active|suspended> <reason>')
    .description('suspend or reactivate a registration')
    .action((id: string, status: string, reason: string) =>
      withDb(async (db) => {
        const r = await proc.setRegistrationStatus(db, SYSTEM, Number(id), { status, reason });
        process.stdout.write(`${r.entityId} is ${r.status}\n`);
      }),
    );
  const hs = pc.command('hs-list').description('the prohibited/restricted list by HS prefix');
  hs.command('list').action(() =>
    withDb(async (db) => {
      for (const r of await proc.listHsRules(db)) process.stdout.write(`${r.prefix}\t${r.kind}\t${r.reasonZh} / ${r.reasonEn}\t${r.source ?? ''}\n`);
    }),
  );
  hs.command('add <prefix> <prohibited|restricted> <reasonZh> <reasonEn>')
    .description('add or change the rule for a prefix (2, 4, 6, 8 or 10 digits)')
    .option('--source <text>', 'where the rule comes from')
    .action((prefix: string, kind: string, reasonZh: string, reasonEn: string, o: { source?: string }) =>
      withDb(async (db) => {
        const r = await proc.putHsRule(db, SYSTEM, { prefix, kind, reasonZh, reasonEn, ...(o.source ? { source: o.source } : {}) });
        process.stdout.write(`${r.prefix} ${r.kind}\n`);
      }),
    );
  hs.command('remove <prefix>').action((prefix: string) =>
    withDb(async (db) => {
      await proc.removeHsRule(db, SYSTEM, prefix);
      process.stdout.write(`removed ${prefix}\n`);
    }),
  );
  hs.command('edits').action(() =>
    withDb(async (db) => {
      for (const e of await proc.hsRuleEdits(db, SYSTEM)) process.stdout.write(`${e.at}\t${e.actorRole}\t${e.action}\t${e.prefix}\t${e.kind ?? ''}\n`);
    }),
  );
  pc.command('records')
    .description('trade records, newest first')
    .option('--merchant <id>', "only this merchant's")
    .option('--agent <id>', "only this agent's")
    .action((o: { merchant?: string; agent?: string }) =>
      withDb(async (db) => {
        const p = await proc.listTradeRecords(db, SYSTEM, {
          ...(o.merchant ? { merchant: o.merchant } : {}),
          ...(o.agent ? { agent: o.agent } : {}),
          limit: 200,
        });
        process.stdout.write(`${p.total} trade records\n`);
        for (const r of p.items) {
          process.stdout.write(
            `#${r.id}\t${r.recordedOn}\torder ${r.orderId}\tmerchant ${r.merchantEntityId}\tbuyer ${r.buyerEntityId}\tagent ${r.agentEntityId}\t${money(r.totalMinor, r.currency)}${r.restricted ? `\trestricted (${r.licenceRef})` : ''}\n`,
          );
        }
      }),
    );
  pc.command('record <orderId>')
    .description('record a trade for an order (every line not yet recorded); refused with the reasons when it does not qualify')
    .requiredOption('--agent <id>', 'the export agent')
    .option('--lines <n,n>', "only these of the order's line numbers")
    .option('--licence <ref>', 'licence reference for restricted goods')
    .action((orderId: string, o: { agent: string; lines?: string; licence?: string }) =>
      withDb(async (db) => {
        const r = await recordTrade(db, SYSTEM, {
          orderId: Number(orderId),
          agentId: Number(o.agent),
          ...(o.lines ? { lines: o.lines.split(',').map(Number) } : {}),
          ...(o.licence ? { licenceRef: o.licence } : {}),
        });
        process.stdout.write(`trade record #${r.id}: ${r.lines.length} line(s), ${money(r.totalMinor, r.currency)}\n`);
      }),
    );
  pc.command('payments')
    .description("buyers' payments and their allocations, and what each merchant is owed and was paid")
    .action(() =>
      withDb(async (db) => {
        const p = await proc.listProcPayments(db, SYSTEM, { limit: 200 });
        process.stdout.write(`${p.total} payments\n`);
        for (const x of p.items) {
          process.stdout.write(
            `#${x.id}\t${x.receivedOn}\tbuyer ${x.buyerId}\t→ ${x.collectorId} (account ${x.accountId})\t${x.method}\t${money(x.amountMinor, x.currency)}\tallocated ${money(x.allocatedMinor, x.currency)}\n`,
          );
        }
        process.stdout.write('merchant\tcurrency\towed\tpaid\toutstanding\n');
        for (const b of await proc.merchantBalances(db, SYSTEM, {})) {
          process.stdout.write(
            `${b.merchantId} ${b.merchantName}\t${b.currency}\t${formatDecimal(b.owedMinor, b.currency)}\t${formatDecimal(b.paidMinor, b.currency)}\t${formatDecimal(b.outstandingMinor, b.currency)}\n`,
          );
        }
      }),
    );
  pc.command('vat-report')
    .description('monthly per-merchant VAT-exempt (免征不退) export sales, as JSON on stdout or xlsx with --out')
    .requiredOption('--month <YYYY-MM>', 'the month of the trade records')
    .option('--out <file.xlsx>', 'write the workbook here')
    .option('--lang <zh|en>', 'header language', 'zh')
    .action((o: { month: string; out?: string; lang: string }) =>
      withDb(async (db) => {
        const r = await proc.vatReport(db, SYSTEM, o.month);
        if (!o.out) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        await writeFile(o.out, await proc.vatReportXlsx(r, o.lang === 'en' ? 'en' : 'zh')).catch((e) => {
          throw fileAccessError(o.out!, e, 'write');
        });
        process.stdout.write(`wrote ${o.out}: ${r.rows.length} merchant row(s) for ${r.month}\n`);
      }),
    );
}
