/**
 * The search change feed, made safe for concurrent writers (PostgreSQL).
 *
 * `product_changes.seq` is taken when a row is inserted, but the row becomes
 * visible only when its transaction commits, so "seq > last seen" skips the
 * rows of a transaction that commits after a later one. Each change row now
 * records the id of the transaction that wrote it (`xid`, a 64-bit xid8); a
 * reader remembers the snapshot it last read under and next reads the changes
 * of the transactions that were not visible in it (see
 * src/modules/search/change-feed.ts). Rows written before this migration get
 * the migration's own transaction id, i.e. they count as one late commit.
 *
 * `database_identity` binds a search snapshot to the database it was built
 * from: a random id made once per database, and an epoch that every TRUNCATE of
 * `products` or `product_changes` bumps (a wholesale reset such as
 * `yiwu demo --reset`), so a snapshot of other or older data is rebuilt, never
 * loaded.
 */
export const up = /* sql */ `
alter table product_changes add column xid xid8 not null default pg_current_xact_id();

create index product_changes_xid on product_changes (xid, seq);

create table database_identity (
  singleton       boolean primary key default true check (singleton),
  id              uuid not null default gen_random_uuid(),
  products_epoch  bigint not null default 0
);

insert into database_identity default values;

create function bump_products_epoch() returns trigger language plpgsql as $$
begin
  update database_identity set products_epoch = products_epoch + 1;
  return null;
end
$$;

create trigger products_truncate_epoch
  after truncate on products
  for each statement execute function bump_products_epoch();

create trigger product_changes_truncate_epoch
  after truncate on product_changes
  for each statement execute function bump_products_epoch();
`;
