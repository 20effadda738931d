/**
 * The exchange-rate tables as Kysely sees them (the module's own; `fxDb`
 * widens a handle or a transaction with them, like the trade module's tables).
 */
import type { ColumnType, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export type FxTables = {
  fx_rates: {
    currency: string;
    rate_date: ColumnType<string, string, string>;
    rate_e10: number;
    source: string;
    entered_by: number | null;
    entered_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
};

export type FxDB = DB & FxTables;

/** The handle widened with the exchange-rate tables (a transaction stays a transaction). */
export function fxDb(db: Transaction<DB>): Transaction<FxDB>;
export function fxDb(db: Kysely<DB>): Kysely<FxDB>;
export function fxDb(db: Kysely<DB> | Transaction<DB>): Kysely<FxDB> | Transaction<FxDB> {
  return db.withTables<FxTables>();
}
