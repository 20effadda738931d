/**
 * The platform's whole schema, assembled from the migrations each owner keeps
 * next to its code (core/auth, and every module's `migrations/`, exported
 * through its index.ts). Core's `migrate` applies whatever list it is given and
 * knows no module; this file is the one place that knows them all.
 *
 * Ids are global and shipped: '001-foundation' … '007-products-merchant-only'
 * are recorded in `schema_migrations` of existing databases, so they never
 * change. A new migration takes the next free number (across all owners) and is
 * added to its owner's list. '001-foundation' predates the split and is kept by
 * three owners; its parts are joined in OWNERS order, which is the original
 * statement order (test: src/platform/migrations.test.ts).
 */
import { AUTH_MIGRATIONS } from '../core/auth/migrations/index.ts';
import type { Database } from '../core/db/database.ts';
import { migrate, type Migration } from '../core/db/migrate.ts';
import { CATALOG_MIGRATIONS } from '../modules/catalog/index.ts';
import { COMMODITY_INDEX_MIGRATIONS } from '../modules/commodity-index/index.ts';
import { MARKET_MIGRATIONS } from '../modules/market/index.ts';
import { SEARCH_MIGRATIONS } from '../modules/search/index.ts';
import { TRADE_MIGRATIONS } from '../modules/trade/index.ts';
import { FX_MIGRATIONS } from '../modules/fx/index.ts';
import { CREDIT_MIGRATIONS } from '../modules/credit/index.ts';
import { STALL_EVALUATION_MIGRATIONS } from '../modules/stall-evaluation/index.ts';
import { PROCUREMENT_MIGRATIONS } from '../modules/procurement/index.ts';
import { SERVICE_DESK_MIGRATIONS } from '../modules/service-desk/index.ts';
import { EXPORT_MIGRATIONS } from '../modules/export/index.ts';

/** Owners in dependency order: an owner comes after those whose tables it references. */
const OWNERS: readonly (readonly Migration[])[] = [
  MARKET_MIGRATIONS,
  CATALOG_MIGRATIONS,
  AUTH_MIGRATIONS,
  COMMODITY_INDEX_MIGRATIONS,
  SEARCH_MIGRATIONS,
  TRADE_MIGRATIONS,
  FX_MIGRATIONS,
  PROCUREMENT_MIGRATIONS,
  CREDIT_MIGRATIONS,
  STALL_EVALUATION_MIGRATIONS,
  SERVICE_DESK_MIGRATIONS,
  EXPORT_MIGRATIONS,
];

/** Join the owners' lists into one list ordered by id; parts of one id are joined in owner order. */
export function assembleMigrations(owners: readonly (readonly Migration[])[]): Migration[] {
  const parts = new Map<string, string[]>();
  for (const list of owners) {
    for (const m of list) {
      const p = parts.get(m.id);
      if (p) p.push(m.up);
      else parts.set(m.id, [m.up]);
    }
  }
  const ids = [...parts.keys()].sort();
  const numbers = ids.map((id) => id.slice(0, id.indexOf('-')));
  const clash = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (clash !== undefined) throw new Error(`two migrations share the number ${clash}: give the newer one the next free number`);
  return ids.map((id) => ({ id, up: parts.get(id)!.join('\n') }));
}

/** Every migration of the platform, in the order they are applied. */
export const MIGRATIONS: readonly Migration[] = assembleMigrations(OWNERS);

/** Bring a database's schema up to date; returns the ids applied. */
export function migrateAll(database: Database): Promise<string[]> {
  return migrate(database, MIGRATIONS);
}
