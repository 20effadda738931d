import type { Migration } from '../../../core/db/migrate.ts';
import * as m003 from './003-search.ts';
import * as m004 from './004-search-feed.ts';
import * as m012 from './012-checkout-speed.ts';

/** Search's schema (the product change feed). Ids are shipped migration ids: never rename one. */
export const SEARCH_MIGRATIONS: readonly Migration[] = [
  { id: '003-search', up: m003.up },
  { id: '004-search-feed', up: m004.up },
  { id: '012-checkout-speed', up: m012.up },
];
