import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitStatements } from './migrate.ts';

test('migration scripts split at top-level semicolons only', () => {
  const script = `
create table a (x text default 'a;b');
-- a comment; with a semicolon
create function f() returns trigger language plpgsql as $$
begin
  insert into a values ('1;2');
  return new;
end $$;
create function g() returns int language sql as $body$ select 1; $body$;
select 1`;
  const parts = splitStatements(script);
  assert.equal(parts.length, 4);
  assert.match(parts[0]!, /^create table a/);
  assert.match(parts[1]!, /end \$\$$/);
  assert.match(parts[2]!, /\$body\$$/);
  assert.equal(parts[3], 'select 1');
});
