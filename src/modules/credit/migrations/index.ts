import type { Migration } from '../../../core/db/migrate.ts';
import { up as credit } from './019-credit.ts';
import { up as governance } from './020-credit-governance.ts';
import { up as terms } from './023-credit-terms.ts';
import { up as ipNotices } from './024-credit-ip-notices.ts';
import { up as rescore } from './027-credit-rescore.ts';

/** The credit module's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const CREDIT_MIGRATIONS: readonly Migration[] = [
  { id: '019-credit', up: credit },
  { id: '020-credit-governance', up: governance },
  { id: '023-credit-terms', up: terms },
  { id: '024-credit-ip-notices', up: ipNotices },
  { id: '027-credit-rescore', up: rescore },
];
