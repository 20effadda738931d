/**
 * Checkout with one write per product and nothing read twice (issue 11, speed).
 *
 * `trade_checkout_place` does what `trade_place_checked` (015) did, in an
 * order that needs no separate lock and no second read of the terms:
 *
 * 1. the purchase is inserted first (`on conflict` on the idempotency key:
 *    when the key was used, nothing else is touched and nothing written);
 * 2. the stock is taken (`catalog_take_stock_terms`, catalog migration 025:
 *    one UPDATE per product in id order, which also returns the terms of the
 *    row it holds locked);
 * 3. the terms the caller priced with (`p_terms`, the rows of
 *    `trade_checkout_terms` without `stock`, in id order) are compared with
 *    the terms just returned joined with the merchants' trade terms; when
 *    anything differs the function raises `trade_checkout_stale`, and when a
 *    product's stock did not cover its quantity it raises
 *    `trade_checkout_short` (DETAIL: per product what was left, as JSON). A
 *    raise fails the statement, which undoes the purchase and every unit
 *    taken: nothing is written unless all of it is, as before;
 * 4. the orders, their lines and first events are inserted and the list
 *    lines ordered cleared, as in 015.
 *
 * Per checkout this saves a lock (an index look-up, a row lock and a WAL
 * record) per product, two nested function calls that read the five products
 * again for the comparison, and the separate stock-check statement. Both
 * raises use SQLSTATE P0001 with the message naming the case; checkout.ts
 * turns them into its answers (a retry with fresh terms, OUT_OF_STOCK).
 *
 * Order counts kept with the orders. A party's order list answers with its
 * total (all its orders, or those in one state); counting them was an index
 * scan over every order the party has (23,000 for the busiest merchant of a
 * 1-million-order market: 17–50 ms when the index is not in memory).
 * `order_counts` holds per party (merchant or buyer) and state how many
 * orders it has, written by triggers in the transaction of the change: an
 * insert adds (one statement-level trigger per insert statement: checkout's
 * two orders are one upsert of three counters), a change of state moves one
 * from the old state to the new, a delete takes away, a truncate empties.
 * Counters are locked after the products in every writer (checkout takes
 * stock before it inserts the orders; a cancellation puts stock back before
 * it changes the state) and in key order within a statement, so they add no
 * deadlock. (A counter has no CHECK (n >= 0): an upsert checks the row it
 * would insert, which for a decrement is the negative delta.) `trade_recount_orders()` rebuilds them from the orders (run here
 * once; a bulk load that disables triggers runs it after).
 *
 * The inbox the same way. Its page read each thread's last message (an index
 * look-up and a heap fetch of `inquiry_messages` per thread shown) and its
 * totals passed over every thread of the party. Now each thread keeps its
 * last message (`last_message`: sender, ':', the first 141 characters of the
 * body; `last_message_seq`), written by the trigger that already counts a new
 * message as unread (012) in the same update of the thread row, and
 * `inquiry_counts` keeps per party its threads, its threads with something
 * unread and its unread messages, written by triggers on `inquiries` (a new
 * thread, a change of a party's unread counter). `trade_recount_inbox()`
 * rebuilds both from the messages and threads (run here once; a bulk load
 * that disables triggers runs it after).
 */
export const up = /* sql */ `
drop function trade_place_checked(bigint, text, text, jsonb, bigint, text, boolean, bigint[], int[], jsonb, jsonb, jsonb);

create function trade_checkout_place(p_buyer bigint, p_key text, p_hash text, p_totals jsonb, p_user bigint, p_role text,
                                     p_from_list boolean, p_ids bigint[], p_qtys int[], p_terms jsonb, p_orders jsonb, p_lines jsonb)
  returns table (purchase_id bigint, created_at timestamptz, orders json)
  language plpgsql set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
declare
  v_id bigint;
  v_at timestamptz;
  v_ok boolean;
  v_terms jsonb;
  v_pids bigint[];
  v_stocks int[];
  v_taken boolean[];
  v_orders json;
begin
  insert into purchases as pu (buyer_id, idempotency_key, request_hash, totals)
    values (p_buyer, p_key, p_hash, p_totals)
    on conflict (buyer_id, idempotency_key) do nothing
    returning pu.id, pu.created_at into v_id, v_at;
  if v_id is null then
    return query select null::bigint, null::timestamptz, null::json;
    return;
  end if;
  select bool_and(s.taken),
         jsonb_agg(s.terms || jsonb_build_object('deposit_bp', tt.deposit_bp, 'min_order_value', tt.min_order_value) order by s.product_id),
         array_agg(s.product_id order by s.product_id), array_agg(s.stock order by s.product_id), array_agg(s.taken order by s.product_id)
    into v_ok, v_terms, v_pids, v_stocks, v_taken
    from catalog_take_stock_terms(p_ids, p_qtys) s
    left join trade_terms tt on tt.merchant_id = (s.terms->>'merchant_id')::bigint;
  if v_terms is distinct from p_terms then
    raise exception 'trade_checkout_stale';
  end if;
  if not v_ok then
    raise exception 'trade_checkout_short' using detail =
      (select json_agg(json_build_object('productId', u.id, 'stock', u.stock, 'taken', u.taken))::text from unnest(v_pids, v_stocks, v_taken) as u(id, stock, taken));
  end if;
  with o as (
    insert into merchant_orders as mo (purchase_id, buyer_id, merchant_id, currency, total, deposit, balance, deposit_bp)
    select v_id, p_buyer, d.merchant_id, d.currency, d.total, d.deposit, d.balance, d.deposit_bp
    from jsonb_to_recordset(p_orders) as d(n int, merchant_id bigint, currency text, total bigint, deposit bigint, balance bigint, deposit_bp int)
    order by d.n
    returning mo.*
  ), l as (
    insert into order_lines (order_id, line_no, merchant_id, product_id, sku, title_zh, title_en, unit, hs_code, qty, unit_price, tier_index, line_total)
    select o.id, x.line_no, o.merchant_id, x.product_id, x.sku, x.title_zh, x.title_en, x.unit, x.hs_code, x.qty, x.unit_price, x.tier_index, x.line_total
    from jsonb_to_recordset(p_lines) as x(merchant_id bigint, currency text, line_no int, product_id bigint, sku text, title_zh text, title_en text,
                                          unit text, hs_code text, qty int, unit_price bigint, tier_index int, line_total bigint)
    join o on o.merchant_id = x.merchant_id and o.currency = x.currency
  ), e as (
    insert into order_events (order_id, seq, merchant_id, actor_user_id, actor_role, from_status, to_status)
    select o.id, 1, o.merchant_id, p_user, p_role, null, 'placed' from o
  )
  select json_agg(o order by o.id) into v_orders from o;
  if p_from_list then
    delete from list_lines ll where ll.buyer_id = p_buyer and ll.product_id = any(p_ids);
  end if;
  return query select v_id, v_at, v_orders;
end $$;

create table order_counts (
  party_id  bigint not null,
  party     text not null check (party in ('buyer','merchant')),
  status    text not null,
  n         bigint not null,
  primary key (party_id, party, status)
);

create function trade_recount_orders() returns void language plpgsql as $$
begin
  delete from order_counts;
  insert into order_counts (party_id, party, status, n)
    select merchant_id, 'merchant', status, count(*) from merchant_orders group by merchant_id, status
    union all
    select buyer_id, 'buyer', status, count(*) from merchant_orders group by buyer_id, status;
end $$;
select trade_recount_orders();

create function order_counts_insert() returns trigger language plpgsql as $$
begin
  insert into order_counts as c (party_id, party, status, n)
    select k.party_id, k.party, k.status, count(*)
    from new_rows r, lateral (values (r.merchant_id, 'merchant', r.status), (r.buyer_id, 'buyer', r.status)) as k(party_id, party, status)
    group by k.party_id, k.party, k.status
    order by k.party_id, k.party, k.status
    on conflict (party_id, party, status) do update set n = c.n + excluded.n;
  return null;
end $$;
create trigger merchant_orders_count_insert after insert on merchant_orders
  referencing new table as new_rows for each statement execute function order_counts_insert();

create function order_counts_delete() returns trigger language plpgsql as $$
begin
  update order_counts c set n = c.n - d.n
    from (select k.party_id, k.party, k.status, count(*) as n
          from old_rows r, lateral (values (r.merchant_id, 'merchant', r.status), (r.buyer_id, 'buyer', r.status)) as k(party_id, party, status)
          group by k.party_id, k.party, k.status) d
    where c.party_id = d.party_id and c.party = d.party and c.status = d.status;
  return null;
end $$;
create trigger merchant_orders_count_delete after delete on merchant_orders
  referencing old table as old_rows for each statement execute function order_counts_delete();

create function order_counts_move() returns trigger language plpgsql as $$
begin
  insert into order_counts as c (party_id, party, status, n)
    select k.party_id, k.party, k.status, sum(k.d)
    from (values (new.merchant_id, 'merchant', new.status, 1), (new.buyer_id, 'buyer', new.status, 1),
                 (old.merchant_id, 'merchant', old.status, -1), (old.buyer_id, 'buyer', old.status, -1)) as k(party_id, party, status, d)
    group by k.party_id, k.party, k.status
    having sum(k.d) <> 0
    order by k.party_id, k.party, k.status
    on conflict (party_id, party, status) do update set n = c.n + excluded.n;
  return null;
end $$;
create trigger merchant_orders_count_move after update of status, merchant_id, buyer_id on merchant_orders
  for each row when (old.status is distinct from new.status or old.merchant_id is distinct from new.merchant_id or old.buyer_id is distinct from new.buyer_id)
  execute function order_counts_move();

create function order_counts_truncate() returns trigger language plpgsql as $$
begin
  delete from order_counts;
  return null;
end $$;
create trigger merchant_orders_count_truncate after truncate on merchant_orders
  for each statement execute function order_counts_truncate();

alter table inquiries add column last_message text, add column last_message_seq int;

create table inquiry_counts (
  party_id         bigint not null,
  party            text not null check (party in ('buyer','merchant')),
  threads          bigint not null,
  unread_threads   bigint not null,
  unread_messages  bigint not null,
  primary key (party_id, party)
);

create function trade_recount_inbox() returns void language plpgsql as $$
begin
  update inquiries i set last_message = m.sender || ':' || left(m.body, 141), last_message_seq = m.seq
    from (select distinct on (inquiry_id) inquiry_id, seq, sender, body from inquiry_messages order by inquiry_id, seq desc) m
    where m.inquiry_id = i.id and i.last_message_seq is distinct from m.seq;
  delete from inquiry_counts;
  insert into inquiry_counts (party_id, party, threads, unread_threads, unread_messages)
    select merchant_id, 'merchant', count(*), count(*) filter (where merchant_unread > 0), sum(merchant_unread) from inquiries group by merchant_id
    union all
    select buyer_id, 'buyer', count(*), count(*) filter (where buyer_unread > 0), sum(buyer_unread) from inquiries group by buyer_id;
end $$;
select trade_recount_inbox();

create or replace function inquiry_message_unread() returns trigger language plpgsql as $$
begin
  update inquiries set
    merchant_unread = merchant_unread + (new.sender = 'buyer')::int,
    buyer_unread = buyer_unread + (new.sender <> 'buyer')::int,
    last_message = case when new.seq > coalesce(last_message_seq, 0) then new.sender || ':' || left(new.body, 141) else last_message end,
    last_message_seq = greatest(new.seq, last_message_seq)
  where id = new.inquiry_id;
  return null;
end $$;

create function inquiry_counts_change() returns trigger language plpgsql as $$
begin
  insert into inquiry_counts as c (party_id, party, threads, unread_threads, unread_messages)
    select k.party_id, k.party, sum(k.t), sum(k.ut), sum(k.um)
    from (values (new.merchant_id, 'merchant', 1, (new.merchant_unread > 0)::int, new.merchant_unread),
                 (new.buyer_id, 'buyer', 1, (new.buyer_unread > 0)::int, new.buyer_unread),
                 (old.merchant_id, 'merchant', -1, -(old.merchant_unread > 0)::int, -old.merchant_unread),
                 (old.buyer_id, 'buyer', -1, -(old.buyer_unread > 0)::int, -old.buyer_unread)) as k(party_id, party, t, ut, um)
    where k.party_id is not null
    group by k.party_id, k.party
    having sum(k.t) <> 0 or sum(k.ut) <> 0 or sum(k.um) <> 0
    order by k.party_id, k.party
    on conflict (party_id, party) do update
      set threads = c.threads + excluded.threads, unread_threads = c.unread_threads + excluded.unread_threads,
          unread_messages = c.unread_messages + excluded.unread_messages;
  return null;
end $$;
create trigger inquiries_count_insert after insert on inquiries
  for each row execute function inquiry_counts_change();
create trigger inquiries_count_update after update of buyer_unread, merchant_unread, buyer_id, merchant_id on inquiries
  for each row when (old.buyer_unread is distinct from new.buyer_unread or old.merchant_unread is distinct from new.merchant_unread
                     or old.buyer_id is distinct from new.buyer_id or old.merchant_id is distinct from new.merchant_id)
  execute function inquiry_counts_change();
create trigger inquiries_count_delete after delete on inquiries
  for each row execute function inquiry_counts_change();
create function inquiry_counts_truncate() returns trigger language plpgsql as $$
begin
  delete from inquiry_counts;
  return null;
end $$;
create trigger inquiries_count_truncate after truncate on inquiries
  for each statement execute function inquiry_counts_truncate();
`;
