import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { formatDecimal } from '../../core/money.ts';
import { getOrder, listOrders, ordersWorkbook, proformaData, proformaPdfBytes, proformaXlsx } from '../../modules/trade/index.ts';
import { AppError } from '../../core/errors.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import { phasedProgress } from '../progress.ts';

type Filter = { status?: string; merchant?: string; buyer?: string };
const filterOf = (o: Filter) => ({
  ...(o.status ? { status: o.status } : {}),
  ...(o.merchant ? { merchant: o.merchant } : {}),
  ...(o.buyer ? { buyer: o.buyer } : {}),
});

/** `yiwu orders …`: the operator's view of the market's orders (the machine's owner acts as the operator). */
export function registerOrderCommands(program: Command): void {
  const orders = program.command('orders').description("the market's orders (operator)");
  const withFilter = (c: Command) =>
    c
      .option('--status <status>', 'placed, proposed, confirmed, deposit_paid, in_production, ready, delivered, completed or cancelled')
      .option('--merchant <id>', "only this merchant's orders")
      .option('--buyer <id>', "only this buyer's orders");
  withFilter(orders.command('list').description('orders, newest first').option('--page <n>', 'page of 20', '1')).action((o: Filter & { page: string }) =>
    run(async () => {
      const database = await openConfigured();
      try {
        const p = await listOrders(database.db, SYSTEM, { ...filterOf(o), page: o.page });
        process.stdout.write(`${p.total} orders (page ${p.page})\n`);
        for (const x of p.items)
          process.stdout.write(
            `#${x.id}\tpurchase ${x.purchaseId}\tbuyer ${x.buyerId}\tmerchant ${x.merchantId}\t${x.status}\t${x.currency} ${formatDecimal(x.total, x.currency)}\tpaid ${formatDecimal(x.paid, x.currency)}\n`,
          );
      } finally {
        await database.close();
      }
    }),
  );
  orders
    .command('show <id>')
    .description('one order with its lines, timeline and payments')
    .action((id: string) =>
      run(async () => {
        const database = await openConfigured();
        try {
          const o = await getOrder(database.db, SYSTEM, Number(id));
          const m = (v: number) => `${o.currency} ${formatDecimal(v, o.currency)}`;
          process.stdout.write(`order #${o.id} (purchase ${o.purchaseId}) — ${o.status}\n  buyer ${o.buyerId}, merchant ${o.merchantId}\n`);
          process.stdout.write(`  total ${m(o.total)} = deposit ${m(o.deposit)} + balance ${m(o.balance)}; paid ${m(o.paid)}\n`);
          for (const l of o.lines ?? [])
            process.stdout.write(`  ${l.lineNo}. ${l.sku} ${l.titleZh ?? l.titleEn ?? ''} × ${l.qty} ${l.unit} @ ${m(l.unitPrice)} = ${m(l.lineTotal)}\n`);
          for (const e of o.events ?? []) process.stdout.write(`  ${e.at} ${e.actorRole}: ${e.from ?? '—'} → ${e.to}${e.reason ? ` (${e.reason})` : ''}\n`);
          for (const p of o.payments ?? []) process.stdout.write(`  ${p.recordedAt} ${p.kind} ${m(p.amount)} by ${p.method} ${p.reference}\n`);
        } finally {
          await database.close();
        }
      }),
    );
  withFilter(
    orders
      .command('export')
      .description('orders as xlsx, one row per line (amounts as numbers)')
      .requiredOption('--out <file.xlsx>', 'where to write it')
      .option('--lang <zh|en>', 'header language', 'zh'),
  ).action((o: Filter & { out: string; lang: string }) =>
    run(async () => {
      const database = await openConfigured();
      try {
        const bar = phasedProgress();
        const xlsx = await ordersWorkbook(database.db, SYSTEM, filterOf(o), o.lang === 'en' ? 'en' : 'zh', (d, n) => bar.update('orders', d, n));
        bar.stop();
        await writeFile(o.out, xlsx).catch((e) => {
          throw fileAccessError(o.out, e, 'write');
        });
        process.stdout.write(`wrote ${o.out}\n`);
      } finally {
        await database.close();
      }
    }),
  );
  orders
    .command('proforma <id>')
    .description('the proforma invoice (形式发票) of an order as PDF (embedded CJK font) or xlsx')
    .requiredOption('--out <file>', 'where to write it')
    .option('--lang <zh|en>', 'language of the document', 'zh')
    .option('--format <pdf|xlsx>', 'file format (default: from the file name, else pdf)')
    .action((id: string, o: { out: string; lang: string; format?: string }) =>
      run(async () => {
        if (o.lang !== 'zh' && o.lang !== 'en') throw new AppError('VALIDATION', `--lang ${o.lang}: write zh or en`);
        const format = o.format ?? (/\.xlsx$/i.test(o.out) ? 'xlsx' : 'pdf');
        if (format !== 'pdf' && format !== 'xlsx') throw new AppError('VALIDATION', `--format ${format}: write pdf or xlsx`);
        if (!/^\d{1,15}$/.test(id)) throw new AppError('VALIDATION', `"${id}" is not an order id`);
        const database = await openConfigured();
        try {
          const data = await proformaData(database.db, SYSTEM, Number(id));
          const bytes = format === 'pdf' ? await proformaPdfBytes(data, o.lang) : await proformaXlsx(data, o.lang);
          await writeFile(o.out, bytes).catch((e) => {
            throw fileAccessError(o.out, e, 'write');
          });
          process.stdout.write(`wrote ${data.number} (${format}, ${o.lang}) to ${o.out}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
