import type { Migration } from '../../../core/db/migrate.ts';
import { up as procurement } from './017-procurement.ts';

/** The procurement module's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const PROCUREMENT_MIGRATIONS: readonly Migration[] = [{ id: '017-procurement', up: procurement }];
