/** Print the recompute's select (for EXPLAIN): node --import tsx bench/credit/explain.ts [asOf] */
import { Kysely, PostgresDialect } from 'kysely';
import { scoreSelect } from '../../src/modules/credit/recompute.ts';

const k = new Kysely<never>({ dialect: new PostgresDialect({ pool: {} as never }) });
process.stdout.write(`${scoreSelect(process.argv[2] ?? new Date().toISOString().slice(0, 10)).compile(k).sql}\n`);
