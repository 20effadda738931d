/**
 * Change log for search freshness: every insert, update or delete of a product
 * appends (seq, product_id, op). Each API process keeps its own in-memory
 * search index and polls this log, so a change is searchable everywhere within
 * a second, on PGlite and on a PostgreSQL server with several API processes.
 * The products table stays the single source of truth.
 */
export const up = /* sql */ `
create table product_changes (
  seq         bigint generated always as identity primary key,
  product_id  bigint not null,
  op          char(1) not null check (op in ('u', 'd')),
  changed_at  timestamptz not null default now()
);

create function log_product_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    insert into product_changes (product_id, op) values (old.id, 'd');
    return old;
  end if;
  insert into product_changes (product_id, op) values (new.id, 'u');
  return new;
end
$$;

create trigger products_change_log
  after insert or update or delete on products
  for each row execute function log_product_change();
`;
