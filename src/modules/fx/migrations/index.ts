import type { Migration } from '../../../core/db/migrate.ts';
import { up as fx } from './011-fx.ts';

/** The exchange-rate module's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const FX_MIGRATIONS: readonly Migration[] = [{ id: '011-fx', up: fx }];
