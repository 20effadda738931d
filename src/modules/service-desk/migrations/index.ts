import type { Migration } from '../../../core/db/migrate.ts';
import { up as serviceDesk } from './022-service-desk.ts';

/** The service desk's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const SERVICE_DESK_MIGRATIONS: readonly Migration[] = [{ id: '022-service-desk', up: serviceDesk }];
