/**
 * A stock reservation (an UPDATE of products.stock, thousands a second at
 * checkout) no longer runs the statement-level owner check of 007 with its
 * transition table: only a change of `merchant_id` can break "goods belong
 * only to merchants", so the update check becomes a row trigger on that
 * column that fires only when it changes (same SQLSTATE 23514 and
 * constraint name). Inserts keep the statement-level check (one join per COPY).
 *
 * Stock reservation as two functions a caller's one-statement checkout uses
 * (their plans are cached per session; see catalog/stock.ts):
 * `catalog_lock_stock(ids, qtys)` locks the products' rows in ascending id
 * order and says, per product, what is left for sale (0 when hidden) and
 * whether it covers the quantity; `catalog_take_stock(ids, qtys)` then
 * takes the units off where they are still there and returns how many products
 * it changed. Ids must be distinct (one row per product).
 * `catalog_product_terms(ids)` is the read behind catalog.productTerms (what an
 * order line needs of each product), for the same reason: a plan made once per
 * session instead of on every call.
 */
export const up = /* sql */ `
drop trigger products_owner_update on products;

create function products_owner_is_merchant_row() returns trigger language plpgsql as $$
begin
  if not exists (select 1 from entities e where e.id = new.merchant_id and e.kind = 'merchant') then
    raise exception 'products can belong only to merchants' using errcode = '23514', constraint = 'products_owner_is_merchant';
  end if;
  return null;
end $$;

create trigger products_owner_update after update of merchant_id on products
  for each row when (old.merchant_id is distinct from new.merchant_id) execute function products_owner_is_merchant_row();

create function catalog_lock_stock(p_ids bigint[], p_qtys int[])
  returns table (product_id bigint, stock int, enough boolean) language plpgsql as $$
#variable_conflict use_column
begin
  return query
    select p.id, case when p.status = 'active' then p.stock else 0 end, p.status = 'active' and p.stock >= w.qty
    from products p join unnest(p_ids, p_qtys) as w(id, qty) on w.id = p.id
    order by p.id
    for update of p;
end $$;

create function catalog_take_stock(p_ids bigint[], p_qtys int[]) returns int language plpgsql as $$
declare
  n int;
begin
  update products p set stock = p.stock - w.qty
    from unnest(p_ids, p_qtys) as w(id, qty)
    where p.id = w.id and p.stock >= w.qty and p.status = 'active';
  get diagnostics n = row_count;
  return n;
end $$;

create function catalog_product_terms(p_ids bigint[])
  returns table (id bigint, merchant_id bigint, stall_id bigint, category_id int, sku text, title_zh text, title_en text, unit text,
                 moq int, currency text, price_tiers jsonb, stock int, hs_code text, status text)
  language plpgsql stable as $$
begin
  return query
    select p.id, p.merchant_id, p.stall_id, p.category_id, p.sku, p.title_zh, p.title_en, p.unit,
           p.moq, p.currency::text, p.price_tiers, p.stock, p.hs_code::text, p.status
    from products p where p.id = any(p_ids);
end $$;
`;
