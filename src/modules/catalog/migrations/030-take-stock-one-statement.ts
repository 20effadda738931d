/**
 * Stock taken in one UPDATE per checkout instead of one per product (issue
 * 11, checkout speed).
 *
 * Measured (a scratch copy of `products`, 100,000 rows of the medium market,
 * one product per UPDATE in a PL/pgSQL loop): an UPDATE of the wide row cost
 * 141–246 µs, the same table without its CHECK constraints 45–80 µs, a
 * two-column `product_stock` row 29–45 µs. Most of the difference is not per
 * row but per statement: PostgreSQL prepares a table's CHECK expressions
 * (18 on `products`) once for every UPDATE statement it executes, and 025
 * ran five statements for a five-line checkout. Five products taken by one
 * statement cost about half of five statements (340–530 against 690–1,050
 * µs per checkout on the loaded machine), close to five narrow-table updates
 * plus the read of the terms they would then need (280–360 µs); so stock
 * stays in `products`.
 *
 * `catalog_take_stock_terms(ids, qtys)` keeps its signature and answers:
 * per product (in id order) whether it was taken, the stock (after taking;
 * what is left for sale when not taken, 0 when hidden or missing) and its
 * terms as JSON (the columns of `catalog_product_terms` but `stock`). Now:
 *
 * 1. the rows are locked in ascending id order (`order by … for update`: the
 *    lock is taken over the sorted rows, whatever the plan), so two
 *    checkouts that share products never deadlock, as before; inside a batch
 *    (trade 028) the batch already holds them and this takes no new lock;
 * 2. one UPDATE takes every product whose stock covers its quantity and that
 *    is for sale, returning the rows as they are now (held locked until the
 *    caller's transaction ends); the products it did not take are read in the
 *    same statement (the lock made them current).
 *
 * Unlike 025, a product after a short one is still taken; the caller raises
 * on any product not taken, which undoes the statement, so nothing changes
 * in what is written. Ids must be distinct.
 */
export const up = /* sql */ `
create or replace function catalog_take_stock_terms(p_ids bigint[], p_qtys int[])
  returns table (product_id bigint, taken boolean, stock int, terms jsonb)
  language plpgsql set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  perform 1 from products p where p.id = any(p_ids) order by p.id for update of p;
  return query
    with w as (
      select u.id, u.qty from unnest(p_ids, p_qtys) as u(id, qty)
    ), t as (
      update products p set stock = p.stock - w.qty
        from w
        where p.id = w.id and p.status = 'active' and p.stock >= w.qty
        returning p.id, p.stock,
          jsonb_build_object('id', p.id, 'merchant_id', p.merchant_id, 'stall_id', p.stall_id, 'category_id', p.category_id,
            'sku', p.sku, 'title_zh', p.title_zh, 'title_en', p.title_en, 'unit', p.unit, 'moq', p.moq,
            'currency', p.currency::text, 'price_tiers', p.price_tiers, 'hs_code', p.hs_code::text, 'status', p.status) as terms
    )
    select w.id, t.id is not null,
      coalesce(t.stock, (select case when p.status = 'active' then p.stock else 0 end from products p where p.id = w.id), 0),
      coalesce(t.terms,
        (select jsonb_build_object('id', p.id, 'merchant_id', p.merchant_id, 'stall_id', p.stall_id, 'category_id', p.category_id,
           'sku', p.sku, 'title_zh', p.title_zh, 'title_en', p.title_en, 'unit', p.unit, 'moq', p.moq,
           'currency', p.currency::text, 'price_tiers', p.price_tiers, 'hs_code', p.hs_code::text, 'status', p.status)
         from products p where p.id = w.id))
    from w left join t on t.id = w.id
    order by w.id;
end $$;
`;
