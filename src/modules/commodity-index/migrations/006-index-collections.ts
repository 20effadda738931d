/**
 * Progress of the commodity index's listed-price collection (one row per
 * collection day). The collection walks the catalogue in product-id order in
 * short batches (src/modules/commodity-index/observations.ts); after each batch it
 * records the last product id done, so a collection stopped half-way (the
 * server stopped) continues where it was, and `finished_at` tells the
 * scheduler that the day is complete.
 */
export const up = /* sql */ `
create table index_collections (
  day              date primary key,
  last_product_id  bigint not null default 0,
  collected        bigint not null default 0 check (collected >= 0),
  started_at       timestamptz not null default now(),
  finished_at      timestamptz
);
`;
