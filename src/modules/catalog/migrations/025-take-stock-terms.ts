/**
 * Stock taken in one write per product, with the terms it was taken on
 * (issue 11, checkout speed).
 *
 * `catalog_take_stock_terms(ids, qtys)` takes the quantities off the
 * products, one UPDATE per product in ascending id order (so two checkouts
 * that share products lock them in the same order and never deadlock), each
 * only where the product is for sale and its stock covers the quantity, and
 * returns per product whether it was taken, the stock (after taking; what is
 * left for sale when not taken, 0 when hidden or missing) and the product's
 * terms as JSON: the columns of `catalog_product_terms` but `stock` (as the
 * row is after the update, which holds it locked until the caller's
 * transaction ends). Once one product cannot be taken, the rest are only
 * read (the caller fails the statement and so undoes what was taken).
 *
 * Before, a reservation locked the rows (`catalog_lock_stock`: a lock and a
 * WAL record per row), read the terms again (`catalog_product_terms`) and
 * then updated them (`catalog_take_stock`): three index look-ups and two
 * writes per product; this is one of each. The older functions stay for
 * other callers.
 */
export const up = /* sql */ `
create function catalog_take_stock_terms(p_ids bigint[], p_qtys int[])
  returns table (product_id bigint, taken boolean, stock int, terms jsonb)
  language plpgsql set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
declare
  w record;
  v_short boolean := false;
  v_stock int;
  v_terms jsonb;
begin
  for w in select u.id, u.qty from unnest(p_ids, p_qtys) as u(id, qty) order by u.id loop
    v_stock := null;
    if not v_short then
      update products p set stock = p.stock - w.qty
        where p.id = w.id and p.status = 'active' and p.stock >= w.qty
        returning p.stock,
          jsonb_build_object('id', p.id, 'merchant_id', p.merchant_id, 'stall_id', p.stall_id, 'category_id', p.category_id,
            'sku', p.sku, 'title_zh', p.title_zh, 'title_en', p.title_en, 'unit', p.unit, 'moq', p.moq,
            'currency', p.currency::text, 'price_tiers', p.price_tiers, 'hs_code', p.hs_code::text, 'status', p.status)
        into v_stock, v_terms;
    end if;
    if v_stock is not null then
      return query select w.id, true, v_stock, v_terms;
    else
      v_short := true;
      return query
        select w.id, false, coalesce((select case when p.status = 'active' then p.stock else 0 end from products p where p.id = w.id), 0),
          (select jsonb_build_object('id', p.id, 'merchant_id', p.merchant_id, 'stall_id', p.stall_id, 'category_id', p.category_id,
             'sku', p.sku, 'title_zh', p.title_zh, 'title_en', p.title_en, 'unit', p.unit, 'moq', p.moq,
             'currency', p.currency::text, 'price_tiers', p.price_tiers, 'hs_code', p.hs_code::text, 'status', p.status)
           from products p where p.id = w.id);
    end if;
  end loop;
end $$;
`;
