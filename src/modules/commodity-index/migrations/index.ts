import type { Migration } from '../../../core/db/migrate.ts';
import * as m002 from './002-commodity-index.ts';
import * as m006 from './006-index-collections.ts';
import * as m008 from './008-index-state-chunks.ts';

/** The commodity index's schema. Ids are shipped migration ids: never rename one. */
export const COMMODITY_INDEX_MIGRATIONS: readonly Migration[] = [
  { id: '002-commodity-index', up: m002.up },
  { id: '006-index-collections', up: m006.up },
  { id: '008-index-state-chunks', up: m008.up },
];
