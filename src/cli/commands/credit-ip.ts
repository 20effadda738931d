import type { Command } from 'commander';
import type { Actor } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { getIpNotice, listIpNotices, type IpNotice } from '../../modules/credit/index.ts';
import { decideIpComplaint, fileIpComplaint, takeDownListing } from '../../flows/ip-takedown.ts';
import { openConfigured, run } from '../context.ts';

/** The machine's owner: files as the operator (on a rights holder's behalf), takes down and decides as market supervision. */
const CLI_OPERATOR: Actor = { userId: null, role: 'operator', entityId: null };
const CLI_REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };

const idOf = (v: string | undefined, what: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new AppError('VALIDATION', `${what}: a positive integer`);
  return n;
};
const line = (n: IpNotice) =>
  `#${n.id}\t${n.status}\tproduct ${n.productId}\tmerchant ${n.merchantId}\t${n.rightKind} ${n.rightRef}\t${n.complainant}\tfiled ${n.filedAt}\n`;
function show(n: IpNotice): string {
  return [
    line(n).trimEnd(),
    `  claim: ${n.claim}`,
    `  evidence: ${n.evidenceRefs.join('; ')}`,
    n.takenDownAt ? `  taken down ${n.takenDownAt}: ${n.takedownReason}` : '',
    n.counteredAt ? `  counter-notice ${n.counteredAt}: ${n.counterStatement} (evidence: ${(n.counterEvidenceRefs ?? []).join('; ')})` : '',
    n.decidedAt ? `  ${n.status} ${n.decidedAt}: ${n.decisionReason}${n.eventId ? ` (credit event ${n.eventId})` : ''}` : '',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

/** `yiwu credit ip list|show|file|takedown|decide`: IP notice and takedown from the command line (the merchant's counter-notice is filed in the web UI or the API). */
export function registerCreditIpCommands(program: Command): void {
  const credit = program.commands.find((c) => c.name() === 'credit') ?? program.command('credit').description('the credit data centre');
  const ip = credit.command('ip').description('IP complaints against listings: notice, takedown, counter-notice, decision');
  const withDb = async <T>(fn: (db: Awaited<ReturnType<typeof openConfigured>>['db']) => Promise<T>): Promise<T> => {
    const database = await openConfigured();
    try {
      return await fn(database.db);
    } finally {
      await database.close();
    }
  };
  ip.command('list')
    .description('complaints, newest first')
    .option('--status <status>', 'filed | taken_down | countered | upheld | rejected')
    .option('--merchant <id>', 'only about this merchant’s listings')
    .action((o: { status?: string; merchant?: string }) =>
      run(() =>
        withDb(async (db) => {
          const list = await listIpNotices(db, CLI_REGULATOR, {
            limit: 200,
            ...(o.status ? { status: o.status } : {}),
            ...(o.merchant ? { merchantId: o.merchant } : {}),
          });
          process.stdout.write(`${list.length} complaints\n`);
          for (const n of list) process.stdout.write(line(n));
        }),
      ),
    );
  ip.command('show <id>')
    .description('one complaint with every step')
    .action((id: string) => run(() => withDb(async (db) => void process.stdout.write(show(await getIpNotice(db, CLI_REGULATOR, idOf(id, 'id')))))));
  ip.command('file')
    .description('file a complaint as the operator on a rights holder’s behalf')
    .requiredOption('--product <id>', 'the listing')
    .requiredOption('--complainant <name>', 'the rights holder')
    .requiredOption('--right <kind>', 'trademark | copyright | patent | design')
    .requiredOption('--ref <number>', 'registration or certificate number of the right')
    .requiredOption('--claim <text>', 'what infringes and how')
    .requiredOption('--evidence <refs...>', 'references to the evidence')
    .action((o: { product: string; complainant: string; right: string; ref: string; claim: string; evidence: string[] }) =>
      run(() =>
        withDb(async (db) => {
          const n = await fileIpComplaint(db, CLI_OPERATOR, {
            productId: idOf(o.product, '--product'),
            complainant: o.complainant,
            rightKind: o.right,
            rightRef: o.ref,
            claim: o.claim,
            evidenceRefs: o.evidence,
          });
          process.stdout.write(show(n));
        }),
      ),
    );
  ip.command('takedown <id>')
    .description('take the listing down pending a decision (as market supervision)')
    .requiredOption('--reason <text>', 'why')
    .action((id: string, o: { reason: string }) =>
      run(() => withDb(async (db) => void process.stdout.write(show(await takeDownListing(db, CLI_REGULATOR, idOf(id, 'id'), { reason: o.reason }))))),
    );
  ip.command('decide <id>')
    .description('uphold (listing stays down, credit event) or reject (listing restored) a complaint (as market supervision)')
    .requiredOption('--outcome <outcome>', 'upheld | rejected')
    .requiredOption('--reason <text>', 'why')
    .action((id: string, o: { outcome: string; reason: string }) =>
      run(() =>
        withDb(
          async (db) => void process.stdout.write(show(await decideIpComplaint(db, CLI_REGULATOR, idOf(id, 'id'), { outcome: o.outcome, reason: o.reason }))),
        ),
      ),
    );
}
