import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { buildApp } from '../../http/app.ts';
import { isEmpty, loadDemo, resetData, scaleOf, publishedDemoAccounts, tradeDefaults } from '../../modules/demo/index.ts';
import { moveOrderAndObserve } from '../../flows/record-order.ts';
import { importOrderHistoryAndObserve } from '../../flows/import-order-history.ts';
import { openConfigured, run } from '../context.ts';
import { phasedProgress } from '../progress.ts';
import { ensureWebBuilt, WEB_DIST } from '../web-build.ts';
import { startSearch } from '../search-setup.ts';
import type { Database } from '../../core/db/database.ts';
import { logger } from '../../core/logger.ts';
import { noteServerUrl } from '../../core/db/dir-lock.ts';
import { startIndexScheduler } from '../../modules/commodity-index/index.ts';
import { startServiceSweeper } from '../../modules/service-desk/index.ts';

async function serve(database: Database, port: number, host: string): Promise<void> {
  // A first start builds the search index behind the listening server (search says how long it has left).
  const search = await startSearch(database, true, { background: true });
  const app = await buildApp({ database, logger: process.env.LOG_LEVEL !== 'silent', webDir: WEB_DIST, search });
  try {
    await app.listen({ port, host });
  } catch (e) {
    // Do not linger holding the data directory: close everything, then fail with a clear message.
    await app.close().catch(() => undefined);
    await search.close({ save: false }).catch(() => undefined);
    await database.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new AppError(
        'CONFLICT',
        `port ${port} is in use (on ${host}); is yiwu already running? Stop that process, or pick another port with --port or PORT=…`,
      );
    }
    if (code === 'EACCES') throw new AppError('FORBIDDEN', `not allowed to listen on port ${port} (on ${host}); pick a port above 1023 with --port or PORT=…`);
    throw new Error(`cannot listen on ${host}:${port}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const scheduler = startIndexScheduler(database, logger);
  const serviceSweeper = startServiceSweeper(database.db, logger); // escalates overdue service items (docs/service-desk.md)
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const address = app.server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  noteServerUrl(`http://${shown}:${actualPort}/`); // shown to any second process that tries the data directory
  const demoAccounts = await publishedDemoAccounts(database);
  process.stdout.write(
    `\nyiwu is running on ${database.description}\n  web UI:   http://${shown}:${actualPort}/\n  API docs: http://${shown}:${actualPort}/docs  (OpenAPI: /openapi.json)\n` +
      (host === '127.0.0.1' || host === 'localhost' || host === '::1'
        ? '  listening on this machine only (HOST=0.0.0.0 to open it to the network)\n\n'
        : `  listening on ${host}: reachable from the network\n\n`) +
      (demoAccounts.length
        ? `THIS IS A DEMO DATABASE: these accounts have published passwords; never use it for real trade.\n` +
          `demo accounts (username / password):\n${demoAccounts.map((a) => `  ${a.username.padEnd(10)} / ${a.password.padEnd(12)} ${a.who}`).join('\n')}\n\n`
        : `no demo accounts in this database. Create the first operator with: yiwu user create --role operator --username <name>\n\n`),
  );
  const stop = async () => {
    scheduler.stop();
    serviceSweeper.stop();
    await app.close();
    await search.close({ save: true });
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function demo(database: Database, scaleName: string): Promise<void> {
  const p = phasedProgress();
  const scale = scaleOf(scaleName);
  // The demo's trade goes through the order flows, so its year of orders is what the commodity index is computed from.
  const flows = { moveOrder: moveOrderAndObserve, importOrderHistory: importOrderHistoryAndObserve };
  const report = await loadDemo(database, scale, (t, d, n) => p.update(t, d, n), { pictures: true, trade: { ...tradeDefaults(scale), flows } });
  p.stop();
  const t = report.trade;
  if (t)
    process.stdout.write(
      `trade: ${t.orders} orders in every state, ${t.inquiries} inquiries and ${t.rfqs} RFQs this week; ${t.historyOrders.toLocaleString('en')} orders (${t.historyLines.toLocaleString('en')} lines) of history ${t.firstWeek ?? '–'} … ${t.lastWeek ?? '–'}; commodity index published for ${t.publishedWeeks ?? 0} weeks from those orders (${t.seconds.toFixed(1)} s)\n`,
    );
  process.stdout.write(
    `loaded demo market "${report.scale}": ${report.stalls} stalls, ${report.merchants} merchants, ${report.entities} entities, ${report.products} products in ${report.seconds.toFixed(1)} s\n`,
  );
}

export function registerPlatformCommands(program: Command): void {
  const portOpt = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`port must be 0–65535, not ${v}`);
    return n;
  };
  program
    .command('start')
    .description('first-run friendly: migrate, load the demo market if the database is empty, build the web UI, serve')
    .option('--port <n>', 'HTTP port (default $PORT or 3000)', portOpt)
    .option('--host <h>', 'address to listen on (default $HOST or 127.0.0.1: this machine only)', process.env.HOST || '127.0.0.1')
    .option('--scale <name>', 'demo scale to load when empty: tiny, demo, medium, full', 'demo')
    .option('--demo', 'load the demo market into an empty PostgreSQL database too (the embedded database gets it without asking)')
    .action((o: { port?: number; host: string; scale: string; demo?: boolean }) =>
      run(async () => {
        const database = await openConfigured();
        if (await isEmpty(database)) {
          // The embedded database is the try-it-out install: it gets the demo. A server database gets it only when asked,
          // so the demo's published passwords never land in a real deployment by accident.
          if (database.engine === 'pglite' || o.demo) {
            process.stdout.write(`empty database (${database.description}): loading the demo market…\n`);
            await demo(database, o.scale);
          } else {
            process.stdout.write(`empty database (${database.description}): starting without demo data (add --demo, or run yiwu demo, to load it)\n`);
          }
        }
        await ensureWebBuilt((s) => process.stdout.write(`${s}\n`));
        await serve(database, o.port ?? Number(process.env.PORT ?? 3000), o.host);
      }),
    );
  program
    .command('serve')
    .description('start the HTTP server (API, docs and web UI)')
    .option('--port <n>', 'HTTP port (default $PORT or 3000)', portOpt)
    .option('--host <h>', 'address to listen on (default $HOST or 127.0.0.1: this machine only)', process.env.HOST || '127.0.0.1')
    .action((o: { port?: number; host: string }) =>
      run(async () => {
        const database = await openConfigured();
        await serve(database, o.port ?? Number(process.env.PORT ?? 3000), o.host);
      }),
    );
  program
    .command('migrate')
    .description('create or upgrade the database schema')
    .action(() =>
      run(async () => {
        const { openDatabase, optionsFromEnv } = await import('../../core/db/database.ts');
        const { migrateAll } = await import('../../platform/migrations.ts');
        const database = await openDatabase(optionsFromEnv());
        const applied = await migrateAll(database);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
        await database.close();
      }),
    );
  program
    .command('demo')
    .description('load the deterministic demo market')
    .option(
      '--scale <name>',
      'tiny (60 stalls), demo (2,000 stalls, 30,000 products), medium, full (75,000 stalls, 2.1 million products), or a number of stalls',
      'demo',
    )
    .option('--reset', 'delete all existing market data first')
    .action((o: { scale: string; reset?: boolean }) =>
      run(async () => {
        scaleOf(o.scale);
        const database = await openConfigured();
        if (o.reset) await resetData(database);
        else if (!(await isEmpty(database))) throw new AppError('CONFLICT', 'the database already holds a market; add --reset to replace it');
        await demo(database, o.scale);
        await database.close();
      }),
    );
}
