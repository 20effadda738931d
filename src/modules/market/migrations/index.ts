import type { Migration } from '../../../core/db/migrate.ts';
import * as m001 from './001-foundation.ts';
import * as m016 from './016-authorities.ts';

/** The market module's schema. Ids are shipped migration ids: never rename one. */
export const MARKET_MIGRATIONS: readonly Migration[] = [
  { id: '001-foundation', up: m001.up },
  { id: '016-authorities', up: m016.up },
];
