import type { Migration } from '../../../core/db/migrate.ts';
import * as m001 from './001-foundation.ts';
import * as m007 from './007-products-merchant-only.ts';
import * as m009 from './009-product-images.ts';
import * as m012 from './012-checkout-speed.ts';
import * as m025 from './025-take-stock-terms.ts';
import * as m026 from './026-listing-ip-hold.ts';
import * as m030 from './030-take-stock-one-statement.ts';
import * as m031 from './031-products-by-ids.ts';
import * as m032 from './032-product-cards.ts';

/** The catalogue's schema. Ids are shipped migration ids: never rename one. */
export const CATALOG_MIGRATIONS: readonly Migration[] = [
  { id: '001-foundation', up: m001.up },
  { id: '007-products-merchant-only', up: m007.up },
  { id: '009-product-images', up: m009.up },
  { id: '012-checkout-speed', up: m012.up },
  { id: '025-checkout-one-write', up: m025.up },
  { id: '026-listing-ip-hold', up: m026.up },
  { id: '030-checkout-one-statement', up: m030.up },
  { id: '031-products-by-ids', up: m031.up },
  { id: '032-product-cards', up: m032.up },
];
