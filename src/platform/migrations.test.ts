import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { splitStatements } from '../core/db/migrate.ts';
import { assembleMigrations, migrateAll, MIGRATIONS } from './migrations.ts';
import { freshDatabase, testEngines } from './testing.ts';

/** sha256 of each shipped migration's statements, taken from the release before the DDL moved into the modules. */
const SHIPPED: Record<string, string> = {
  '001-foundation': '52fa5d4ef99eaa0e91b61afc54a4d67a06dd623635974a19ebc9508448874b19',
  '002-commodity-index': 'cea857317037e943a70d01321cb102ba9ea7a4d1efe43359c477d7f4db5341ca',
  '003-search': 'fffda8f0399ca3ee9376a870b005fe51296eba3e9c0e0100dbf558b5274ff2c8',
  '004-search-feed': 'cf48e09fd5e93c3533aa4b81cf497cc0d0ae78a22c8ae69e15ce70c62fdff65b',
  '005-auth-hardening': '4e1f951f055734f86ced021b8f8d83600b38e79d1084607f07922cf76d35c19b',
  '006-index-collections': '07ce01d6757e9e81bc6bfe758a0e585e7a7af8051896d3086aa3012ebf262b62',
  '007-products-merchant-only': 'dac99ee8bf19febea3340a51b3429fef7613994576b858ceeaf472d9d03c9c57',
};

test('moving the DDL into its owning modules changes no shipped migration id, order or statement', () => {
  const shipped = Object.keys(SHIPPED);
  assert.deepEqual(
    MIGRATIONS.slice(0, shipped.length).map((m) => m.id),
    shipped,
  );
  for (const m of MIGRATIONS.slice(0, shipped.length)) {
    const digest = createHash('sha256').update(splitStatements(m.up).join('\n;\n')).digest('hex');
    assert.equal(digest, SHIPPED[m.id], `${m.id} differs from the shipped statements`);
  }
});

test('two owners giving new migrations the same number are refused at start, not applied in a guessed order', () => {
  assert.throws(() => assembleMigrations([[{ id: '008-a', up: 'select 1' }], [{ id: '008-b', up: 'select 2' }]]), /share the number 008/);
});

for (const engine of testEngines()) {
  test(`${engine}: a database migrated before the move applies nothing again`, async () => {
    const d = await freshDatabase(engine);
    try {
      assert.deepEqual(await migrateAll(d), []);
      const rows = await sql<{ id: string }>`select id from schema_migrations order by id`.execute(d.db);
      assert.deepEqual(
        rows.rows.map((r) => r.id),
        MIGRATIONS.map((m) => m.id),
      );
    } finally {
      await d.close();
    }
  });
}
