/**
 * The inbox counters (`inquiry_counts`, migration 025) kept per statement on
 * insert and delete. A row trigger upserted a party's counter once per thread
 * inserted, so a statement inserting many threads of one party (a bulk load,
 * an import of a history) updated the same counter row once per thread in
 * one transaction; each update had to walk the row's growing chain of
 * versions, none of which could be pruned before commit, so the statement
 * grew with the square of its size (the stall bench had to switch the
 * trigger off). Now one trigger per statement adds up the statement's threads
 * per party from its transition table and upserts each counter once, in key
 * order (as every other counter writer: no deadlock). A change of a thread's
 * unread counters stays a row trigger (PostgreSQL allows no transition table
 * on a trigger limited to some columns, and such changes come one thread at
 * a time). The trigger names stay, so a bulk load can still switch them off
 * and run `trade_recount_inbox()` after.
 */
export const up = /* sql */ `
create function inquiry_counts_add_rows() returns trigger language plpgsql as $$
begin
  insert into inquiry_counts as c (party_id, party, threads, unread_threads, unread_messages)
    select k.party_id, k.party, count(*), count(*) filter (where k.unread > 0), sum(k.unread)
    from new_rows r, lateral (values (r.merchant_id, 'merchant', r.merchant_unread), (r.buyer_id, 'buyer', r.buyer_unread)) as k(party_id, party, unread)
    where k.party_id is not null
    group by k.party_id, k.party
    order by k.party_id, k.party
    on conflict (party_id, party) do update
      set threads = c.threads + excluded.threads, unread_threads = c.unread_threads + excluded.unread_threads,
          unread_messages = c.unread_messages + excluded.unread_messages;
  return null;
end $$;

create function inquiry_counts_remove_rows() returns trigger language plpgsql as $$
begin
  update inquiry_counts c
    set threads = c.threads - d.threads, unread_threads = c.unread_threads - d.unread_threads, unread_messages = c.unread_messages - d.unread_messages
    from (select k.party_id, k.party, count(*) as threads, count(*) filter (where k.unread > 0) as unread_threads, sum(k.unread) as unread_messages
          from old_rows r, lateral (values (r.merchant_id, 'merchant', r.merchant_unread), (r.buyer_id, 'buyer', r.buyer_unread)) as k(party_id, party, unread)
          where k.party_id is not null
          group by k.party_id, k.party) d
    where c.party_id = d.party_id and c.party = d.party;
  return null;
end $$;

drop trigger inquiries_count_insert on inquiries;
create trigger inquiries_count_insert after insert on inquiries
  referencing new table as new_rows for each statement execute function inquiry_counts_add_rows();
drop trigger inquiries_count_delete on inquiries;
create trigger inquiries_count_delete after delete on inquiries
  referencing old table as old_rows for each statement execute function inquiry_counts_remove_rows();
`;
