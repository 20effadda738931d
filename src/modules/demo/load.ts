import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import { createUser, verifyPassword } from '../../core/auth/index.ts';
import { seedCategories } from '../catalog/index.ts';
import { copyCsvLine as csvLine } from '../../core/csv.ts';
import { generateMarket } from './market-gen.ts';
import { generateProducts, PRODUCT_COLUMNS } from './product-gen.ts';
import type { Scale } from './scale.ts';
import { addDemoPictures } from './pictures.ts';
import { loadDemoRates } from './fx-rates.ts';
import { loadTradeHistory, type TradeHistoryOptions, type TradeHistoryReport } from './trade-history.ts';
import { loadServiceDeskDemo } from './service-desk-demo.ts';
import { loadCreditGovernanceDemo } from './credit-governance-demo.ts';
import { loadExportDemo } from './export-demo.ts';
import { loadProcurementDemo } from './procurement-demo.ts';
import { loadCreditDemo } from './credit-demo.ts';
import { loadStallEvaluationDemo } from './stall-evaluation-demo.ts';
import { loadIpDemo } from './ip-demo.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  who: string;
}
export interface LoadReport {
  scale: string;
  stalls: number;
  merchants: number;
  entities: number;
  products: number;
  seconds: number;
  accounts: DemoAccount[];
  /** The demo's trade and the index over its order history, when loaded (`LoadOptions.trade`). */
  trade?: TradeHistoryReport;
}
export type LoadProgress = (table: string, done: number, total: number) => void;

const CHUNK_ROWS = 20_000;

function* chunked(rows: Iterable<readonly unknown[]>, onRows?: (n: number) => void): Generator<string> {
  let buf = '';
  let n = 0;
  for (const r of rows) {
    buf += csvLine(r);
    if (++n % CHUNK_ROWS === 0) {
      yield buf;
      buf = '';
      onRows?.(n);
    }
  }
  if (buf) yield buf;
  onRows?.(n);
}

/**
 * Whether the database holds no market yet (no `markets` row): the demo loads only into an empty one.
 * @example
 * ```ts
 * if (await isEmpty(database)) await loadDemo(database, scaleOf('demo'));
 * ```
 */
export async function isEmpty(database: Database): Promise<boolean> {
  const r = await database.db
    .selectFrom('markets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n) === 0;
}

/**
 * Remove all market data (keeps the schema).
 * Irreversible: truncates users, sessions, markets, entities, stalls, products,
 * categories and trade facts (and, by cascade, what references them: orders,
 * inquiries, RFQs…; the index data is replaced when the demo's trade loads).
 * @example
 * ```ts
 * await resetData(database);
 * await loadDemo(database, scaleOf('tiny'));
 * ```
 */
export async function resetData(database: Database): Promise<void> {
  await sql`truncate sessions, users, product_changes, products, stall_holdings, stalls, entities, districts, markets, categories, trade_events restart identity cascade`.execute(
    database.db,
  );
}

/**
 * The demo's published sign-ins (username, password, role), printed in the README.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'operator', password: 'operator123', role: 'operator', who: 'market operator (市场方)' },
  { username: 'merchant', password: 'merchant123', role: 'merchant', who: 'merchant no. 1 (经营户)' },
  { username: 'merchant2', password: 'merchant123', role: 'merchant', who: 'merchant no. 2' },
  { username: 'buyer', password: 'buyer123', role: 'buyer', who: 'a foreign buyer (采购商)' },
  { username: 'agent', password: 'agent123', role: 'agent', who: 'an export agent (市场采购贸易经营者)' },
  { username: 'customs', password: 'customs123', role: 'customs', who: 'a customs officer (海关)' },
  { username: 'regulator', password: 'regulator123', role: 'regulator', who: 'market supervision (市场监管)' },
];

/**
 * The demo's published accounts that exist in this database with their published
 * passwords: a database that has any is a demo database, and the start banner says so.
 * @example
 * ```ts
 * const open = await publishedDemoAccounts(database);
 * if (open.length > 0) log.warn(`demo accounts with published passwords: ${open.map((a) => a.username).join(', ')}`);
 * ```
 */
export async function publishedDemoAccounts(database: Database): Promise<DemoAccount[]> {
  const users = await database.db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where(
      'username',
      'in',
      DEMO_ACCOUNTS.map((a) => a.username),
    )
    .execute();
  const found: DemoAccount[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const u = users.find((x) => x.username === a.username);
    if (u && (await verifyPassword(a.password, u.password_hash))) found.push(a);
  }
  return found;
}

/**
 * Load a generated market by bulk COPY (PGlite: from a blob; PostgreSQL: COPY FROM
 * STDIN). Intended for an empty database; `resetData` first to reload.
 * Deterministic for a scale (same market on every machine).
 * @example
 * ```ts
 * const report = await loadDemo(database, scaleOf('demo'), (table, done, total) => console.log(table, done, total));
 * console.log(report.products, report.seconds);
 * ```
 */
export interface LoadOptions {
  /** Draw an illustration for every product (pictures.ts; seconds at demo scale): what `yiwu demo`/`start` do. Default false. */
  pictures?: boolean;
  /**
   * Trade of this week and a year of order history, with the commodity index published over it
   * (trade-history.ts). Omitted: no trade data (the tiny test market's default). `tradeDefaults(scale)`
   * gives the sizes `yiwu demo` uses.
   */
  trade?: TradeHistoryOptions;
}

export async function loadDemo(database: Database, scale: Scale, onProgress: LoadProgress = () => {}, opts: LoadOptions = {}): Promise<LoadReport> {
  const t0 = performance.now();
  const g = generateMarket(scale);
  await seedCategories(database.db);
  const copy = (table: string, cols: readonly string[], rows: Iterable<readonly unknown[]>, total: number) =>
    database.copyCsv(
      table,
      cols,
      chunked(rows, (n) => onProgress(table, n, total)),
    );

  await copy(
    'markets',
    ['id', 'code', 'name_zh', 'name_en'],
    g.markets.map((m) => [m.id, m.code, m.zh, m.en]),
    g.markets.length,
  );
  await copy(
    'districts',
    ['id', 'market_id', 'no', 'name_zh', 'name_en', 'floors', 'top_categories'],
    g.districts.map((d) => [d.id, d.marketId, d.no, d.zh, d.en, d.floors, `{${d.topCategories.join(',')}}`]),
    g.districts.length,
  );
  const merchantByStall = new Map<number, (typeof g.merchants)[0]>();
  for (const m of g.merchants) for (const s of m.stalls) merchantByStall.set(s, m);
  await copy(
    'stalls',
    ['id', 'market_id', 'district_id', 'floor', 'street', 'number', 'area_m2', 'shop_name_zh', 'shop_name_en'],
    g.stalls.map((s) => {
      const m = merchantByStall.get(s.id);
      return [s.id, s.marketId, s.districtId, s.floor, s.street, s.number, s.area, m?.brandZh ?? '', m?.brandEn ?? ''];
    }),
    g.stalls.length,
  );
  const entities = [
    ...g.merchants.map((m) => [m.id, 'merchant', m.uscc, m.nameZh, m.nameEn, 'CN']),
    ...g.former.map((m) => [m.id, 'merchant', m.uscc, m.nameZh, m.nameEn, 'CN']),
    ...g.buyers.map((b) => [b.id, 'buyer', '', b.nameZh ?? '', b.nameEn, b.country]),
    ...g.agents.map((a) => [a.id, 'agent', a.uscc, a.nameZh, a.nameEn, 'CN']),
  ].sort((a, b) => (a[0] as number) - (b[0] as number));
  await copy('entities', ['id', 'kind', 'uscc', 'name_zh', 'name_en', 'country'], entities, entities.length);
  await copy(
    'stall_holdings',
    ['stall_id', 'entity_id', 'valid_from', 'valid_to', 'note'],
    g.holdings.map((h) => [h.stallId, h.entityId, h.from, h.to ?? '', h.note ?? '']),
    g.holdings.length,
  );
  const expected = scale.stalls * scale.productsPerMerchant;
  const products = await withoutSecondaryKeys(database, () => copy('products', PRODUCT_COLUMNS, generateProducts(g, scale), expected));
  if (opts.pictures) await addDemoPictures(database, (done, total) => onProgress('product_images', done, total)); // an illustration per product (pictures.ts)

  // In COPY's CSV format an unquoted empty field is NULL, which is what the optional columns above want.
  for (const t of ['stalls', 'entities', 'stall_holdings', 'products']) {
    await sql`select setval(pg_get_serial_sequence(${t}, 'id'), coalesce((select max(id) from ${sql.table(t)}), 0) + 1, false)`.execute(database.db);
  }
  const buyer = g.buyers[0]!;
  const agent = g.agents[0]!;
  const who: Record<string, number | null> = { operator: null, merchant: g.merchants[0]!.id, merchant2: g.merchants[1]!.id, buyer: buyer.id, agent: agent.id };
  const userIds: Record<string, number> = {};
  for (const a of DEMO_ACCOUNTS) {
    userIds[a.username] = await createUser(database.db, {
      username: a.username,
      password: a.password,
      role: a.role as never,
      entityId: who[a.username] ?? null,
      // no display name: the pages show the user name beside the role in the reader's language ('who' is the banner's English note)
    });
  }
  await loadDemoRates(database); // synthetic demo exchange rates against CNY (fx-rates.ts)
  await sql`analyze`.execute(database.db);
  const actor = (name: string) => ({
    userId: userIds[name]!,
    role: DEMO_ACCOUNTS.find((a) => a.username === name)!.role as never,
    entityId: who[name] ?? null,
  });
  const trade = opts.trade
    ? await loadTradeHistory(
        database,
        { operator: actor('operator'), buyer: actor('buyer'), merchant: actor('merchant'), merchant2: actor('merchant2') },
        opts.trade,
      )
    : undefined;
  // the service desk: departments, their sign-ins (dept-<code>) and items in every state (service-desk-demo.ts)
  await loadServiceDeskDemo(
    database,
    {
      operator: actor('operator'),
      merchant: actor('merchant'),
      merchant2: actor('merchant2'),
      buyer: actor('buyer'),
      otherMerchants: g.merchants.slice(2, 12).map((m) => m.id),
    },
    scale.name === 'tiny' ? 8 : 150,
  );
  // credit events: a breakdown for the demo merchants, entities in every class, appeals, the market credit index (credit-demo.ts)
  await loadCreditDemo(database, {
    regulator: actor('regulator'),
    operator: actor('operator'),
    merchant: actor('merchant'),
    merchant2: actor('merchant2'),
    others: g.merchants.slice(18, 34).map((m) => m.id),
  });
  // credit governance: blacklist with repairs, red lists, a finished inspection campaign, promises, standards, a shared report (credit-governance-demo.ts), after the credit events
  await loadCreditGovernanceDemo(database, {
    regulator: actor('regulator'),
    merchant: actor('merchant'),
    listed: g.merchants.slice(-3).map((m) => m.id),
    honoured: [
      ...g.merchants.slice(12, 18).map((m) => m.id),
      ...g.buyers
        .filter((b) => b.country !== 'CN')
        .slice(0, 2)
        .map((b) => b.id),
      ...g.agents.slice(1, 2).map((x) => x.id),
    ],
  });
  // IP complaints in every state against the demo merchant's last listings, one upheld against another merchant (ip-demo.ts)
  await loadIpDemo(database, {
    operator: actor('operator'),
    regulator: actor('regulator'),
    merchant: actor('merchant'),
    merchant2: actor('merchant2'),
    infringer: (g.merchants[36] ?? g.merchants[2]!).id,
  });
  // stall evaluation: a year of quarterly evaluations and two finished, published re-allocation rounds (stall-evaluation-demo.ts)
  await loadStallEvaluationDemo(database, {
    operator: actor('operator'),
    merchant: actor('merchant'),
    merchant2: actor('merchant2'),
    applicants: g.merchants.slice(-12, -3).map((m) => m.id),
  });
  // market procurement (1039): registrations, trade records from the buyer's orders, payments (procurement-demo.ts); before the export demo, which makes lots of the records
  if (trade)
    await loadProcurementDemo(database, {
      operator: actor('operator'),
      agent: actor('agent'),
      buyer: actor('buyer'),
      suspended: g.merchants[40]?.id ?? g.merchants[2]!.id,
      exclude: g.merchants.slice(-3).map((m) => m.id),
    });
  // consolidated exports (mode 1039) in every state, lots from the records above: only with the trade loaded (export-demo.ts)
  if (trade) await loadExportDemo(database, { agent: actor('agent'), customs: actor('customs'), buyer: actor('buyer') });
  return {
    scale: scale.name,
    stalls: g.stalls.length,
    merchants: g.merchants.length,
    entities: entities.length,
    products,
    seconds: (performance.now() - t0) / 1000,
    accounts: DEMO_ACCOUNTS,
    ...(trade ? { trade } : {}),
  };
}

/**
 * Bulk-load practice: foreign keys are checked row by row by triggers and
 * secondary indexes are maintained row by row during COPY; dropping them for
 * the load and re-adding them afterwards (one validating join, one sort per
 * index) is much faster. They are restored even when the load fails.
 */
async function withoutSecondaryKeys<T>(database: Database, load: () => Promise<T>): Promise<T> {
  const db = database.db;
  // The bulk load is followed by a full search-index build, so its rows need no change-log entries.
  await sql`alter table products disable trigger products_change_log`.execute(db);
  await sql`alter table products drop constraint products_merchant_id_fkey, drop constraint products_stall_id_fkey, drop constraint products_category_id_fkey, drop constraint products_merchant_id_sku_key`.execute(
    db,
  );
  await sql`drop index products_category_idx, products_stall_idx`.execute(db);
  let failed = false;
  try {
    return await load();
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    if (failed) await sql`truncate products`.execute(db);
    await sql`alter table products add constraint products_merchant_id_sku_key unique (merchant_id, sku)`.execute(db);
    await sql`create index products_category_idx on products (category_id, id)`.execute(db);
    await sql`create index products_stall_idx on products (stall_id, id)`.execute(db);
    await sql`alter table products enable trigger products_change_log`.execute(db);
    await sql`alter table products add constraint products_merchant_id_fkey foreign key (merchant_id) references entities(id), add constraint products_stall_id_fkey foreign key (stall_id) references stalls(id), add constraint products_category_id_fkey foreign key (category_id) references categories(id)`.execute(
      db,
    );
  }
}
