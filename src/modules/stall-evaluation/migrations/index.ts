import type { Migration } from '../../../core/db/migrate.ts';
import { up as stallEvaluation } from './021-stall-evaluation.ts';

/** The stall-evaluation module's schema. Ids are shipped migration ids: never rename one. */
export const STALL_EVALUATION_MIGRATIONS: readonly Migration[] = [{ id: '021-stall-evaluation', up: stallEvaluation }];
