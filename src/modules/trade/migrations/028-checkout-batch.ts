/**
 * Checkouts placed together (issue 11, speed): `trade_checkout_batch(items)`
 * places several checkouts in one statement and one transaction, each as
 * `trade_checkout_place` (025) places one, so that they share a round trip,
 * a statement's parse and plan, and a commit (checkout-batch.ts gathers the
 * checkouts that arrive while earlier ones are being written).
 *
 * `items` is a JSON array; each element carries the arguments of
 * `trade_checkout_place` by name: `buyer`, `key`, `hash`, `totals`, `user`,
 * `role`, `fromList`, `ids`, `qtys`, `terms`, `orders`, `lines`. The result
 * has one row per element (`n`, from 0 in input order): the place's row, or
 * when it raised (`trade_checkout_stale`, `trade_checkout_short`) the
 * message and its DETAIL in `failure` / `failure_detail`. Each element runs
 * in its own subtransaction, so a raise undoes that checkout alone and the
 * others stand. Any other error fails the whole statement (the caller then
 * places the checkouts one by one).
 *
 * Deadlocks. One checkout takes its products in id order and then its order
 * counters in key order, so two checkouts never wait for each other in a
 * circle. A batch would take the products of its first checkout, then those
 * of the second…, which is not one order. So before any checkout it locks
 * every product of the batch in id order (`catalog_lock_stock`, catalog
 * migration 012) and then every order counter its checkouts will add to
 * (state `placed`, each buyer and each merchant; created at 0 when missing)
 * in key order. After that a checkout of the batch waits for nothing another
 * checkout holds, and every writer keeps the one global order: products,
 * then counters.
 */
export const up = /* sql */ `
create function trade_checkout_batch(p_items jsonb)
  returns table (n int, purchase_id bigint, created_at timestamptz, orders json, failure text, failure_detail text)
  language plpgsql set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
declare
  v_ids bigint[];
  v_it jsonb;
  v_n int := 0;
  v_msg text;
  v_detail text;
begin
  select array_agg(d.id order by d.id) into v_ids
    from (select distinct x::bigint as id from jsonb_array_elements(p_items) e, jsonb_array_elements_text(e->'ids') x) d;
  perform 1 from catalog_lock_stock(v_ids, array_fill(0, array[cardinality(v_ids)]));
  insert into order_counts as c (party_id, party, status, n)
    select k.party_id, k.party, 'placed', 0
    from (select (e->>'buyer')::bigint, 'buyer' from jsonb_array_elements(p_items) e
          union
          select (o->>'merchant_id')::bigint, 'merchant' from jsonb_array_elements(p_items) e, jsonb_array_elements(e->'orders') o) k(party_id, party)
    order by 1, 2
    on conflict (party_id, party, status) do nothing;
  perform 1 from order_counts c
    where c.status = 'placed'
      and (c.party_id, c.party) in (select (e->>'buyer')::bigint, 'buyer' from jsonb_array_elements(p_items) e
                                    union all
                                    select (o->>'merchant_id')::bigint, 'merchant' from jsonb_array_elements(p_items) e, jsonb_array_elements(e->'orders') o)
    order by c.party_id, c.party, c.status
    for update of c;
  for v_it in select e from jsonb_array_elements(p_items) e loop
    begin
      return query
        select v_n, r.purchase_id, r.created_at, r.orders, null::text, null::text
        from trade_checkout_place((v_it->>'buyer')::bigint, v_it->>'key', v_it->>'hash', v_it->'totals', (v_it->>'user')::bigint, v_it->>'role',
                                  (v_it->>'fromList')::boolean,
                                  array(select x::bigint from jsonb_array_elements_text(v_it->'ids') with ordinality t(x, o) order by t.o),
                                  array(select x::int from jsonb_array_elements_text(v_it->'qtys') with ordinality t(x, o) order by t.o),
                                  v_it->'terms', v_it->'orders', v_it->'lines') r;
    exception when raise_exception then
      get stacked diagnostics v_msg = message_text, v_detail = pg_exception_detail;
      return query select v_n, null::bigint, null::timestamptz, null::json, v_msg, v_detail;
    end;
    v_n := v_n + 1;
  end loop;
end $$;
`;
