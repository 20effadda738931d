import { sql } from 'kysely';
import type { Database } from './database.ts';

/**
 * One schema step: `id` is recorded in schema_migrations when applied, so a
 * shipped id must never change (an existing database would run it again).
 * Core knows no module: the full ordered list is assembled outside core
 * (src/platform/migrations.ts) from the migrations each owner exports.
 */
export interface Migration {
  id: string;
  up: string;
}

/**
 * Apply pending migrations in one transaction, under an advisory lock so that
 * several API processes starting at once do not race. `migrations` is the
 * ordered, append-only list (never edit one that has shipped; add a new one).
 * Returns the ids applied.
 */
export async function migrate(database: Database, migrations: readonly Migration[]): Promise<string[]> {
  return database.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7306001)`.execute(trx);
    await sql`create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())`.execute(trx);
    const done = new Set((await sql<{ id: string }>`select id from schema_migrations`.execute(trx)).rows.map((r) => r.id));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      for (const statement of splitStatements(m.up)) await sql.raw(statement).execute(trx);
      await sql`insert into schema_migrations (id) values (${m.id})`.execute(trx);
      applied.push(m.id);
    }
    return applied;
  });
}

/**
 * Split a migration script into statements at top-level semicolons, leaving
 * semicolons inside quotes, dollar-quoted bodies ($$ … $$, $fn$ … $fn$) and
 * comments alone (PGlite's extended protocol takes one statement at a time).
 */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const ch = script[i]!;
    if (ch === "'") {
      i = script.indexOf("'", i + 1);
      if (i < 0) break;
      i++;
    } else if (ch === '-' && script[i + 1] === '-') {
      const nl = script.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
    } else if (ch === '$') {
      const m = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64));
      if (m) {
        const close = script.indexOf(m[0], i + m[0].length);
        i = close < 0 ? n : close + m[0].length;
      } else i++;
    } else if (ch === ';') {
      out.push(script.slice(start, i));
      start = ++i;
    } else i++;
  }
  out.push(script.slice(start));
  return out.map((x) => x.trim()).filter((x) => x.length > 0 && !/^(--[^\n]*\n?\s*)+$/.test(`${x}\n`));
}
