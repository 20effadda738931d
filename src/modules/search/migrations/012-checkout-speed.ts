/**
 * Stock reservations stay off the search change feed (issue 11, checkout speed).
 *
 * Checkout and cancellations change `products.stock` thousands of times a
 * second; search needs only one thing of stock — whether it still covers the
 * MOQ (the availability part of a document's quality) — so a stock-only
 * change is logged only when it flips that. Every other change of a product
 * is logged as before: an update that leaves stock alone, or one that also
 * moves `updated_at` (every listing edit and import does). Inserts and
 * deletes keep the trigger `products_change_log` (a bulk load disables it by
 * that name); updates get their own trigger with the WHEN clause.
 */
export const up = /* sql */ `
drop trigger products_change_log on products;

create trigger products_change_log
  after insert or delete on products
  for each row execute function log_product_change();

create trigger products_change_log_update
  after update on products
  for each row
  when (old.stock is not distinct from new.stock
        or old.updated_at is distinct from new.updated_at
        or (old.stock >= old.moq) is distinct from (new.stock >= new.moq))
  execute function log_product_change();
`;
