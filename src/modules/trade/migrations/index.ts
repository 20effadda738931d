import type { Migration } from '../../../core/db/migrate.ts';
import { up as trade } from './010-trade.ts';
import { up as speed } from './012-checkout-speed.ts';
import { up as oneTrip } from './015-checkout-one-trip.ts';
import { up as oneWrite } from './025-checkout-one-write.ts';
import { up as batch } from './028-checkout-batch.ts';
import { up as inboxPerStatement } from './029-inbox-counts-per-statement.ts';

/** The trade module's tables, in the platform's global migration order (src/platform/migrations.ts). */
export const TRADE_MIGRATIONS: readonly Migration[] = [
  { id: '010-trade', up: trade },
  { id: '012-checkout-speed', up: speed },
  { id: '015-checkout-one-trip', up: oneTrip },
  { id: '025-checkout-one-write', up: oneWrite },
  { id: '028-checkout-batch', up: batch },
  { id: '029-inbox-counts-per-statement', up: inboxPerStatement },
];
