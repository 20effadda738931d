import { sql } from 'kysely';
import type { Database } from './database.ts';
import * as m001 from './migrations/001-foundation.ts';
import * as m002 from './migrations/002-commodity-index.ts';
import * as m003 from './migrations/003-search.ts';
import * as m004 from './migrations/004-search-feed.ts';
import * as m005 from './migrations/005-auth-hardening.ts';
import * as m006 from './migrations/006-index-collections.ts';
import * as m007 from './migrations/007-products-merchant-only.ts';

/** Ordered, append-only. Never edit a migration that has shipped; add a new one. */
export const MIGRATIONS: readonly { id: string; up: string }[] = [
  { id: '001-foundation', up: m001.up },
  { id: '002-commodity-index', up: m002.up },
  { id: '003-search', up: m003.up },
  { id: '004-search-feed', up: m004.up },
  { id: '005-auth-hardening', up: m005.up },
  { id: '006-index-collections', up: m006.up },
  { id: '007-products-merchant-only', up: m007.up },
];

/**
 * Apply pending migrations in one transaction, under an advisory lock so that
 * several API processes starting at once do not race. Returns the ids applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  return database.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7306001)`.execute(trx);
    await sql`create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())`.execute(trx);
    const done = new Set(
      (await sql<{ id: string }>`select id from schema_migrations`.execute(trx)).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
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
  return out.map((x) => x.trim()).filter((x) => x.length > 0 && !/^(--[^\n]*\n?\s*)+$/.test(x + '\n'));
}
