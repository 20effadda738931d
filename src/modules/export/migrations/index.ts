import type { Migration } from '../../../core/db/migrate.ts';
import { up as consolidation } from './018-consolidation.ts';

/** The export module's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const EXPORT_MIGRATIONS: readonly Migration[] = [{ id: '018-consolidation', up: consolidation }];
