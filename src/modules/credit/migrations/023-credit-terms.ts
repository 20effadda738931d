/**
 * Event terms for the fast recompute (issue 13 "Speed", docs/credit.md §speed):
 * the model per (kind, severity) as rows, and one narrow row per unvoided event
 * with what the score arithmetic needs (src/modules/credit/terms.ts), kept in
 * step with credit_events by statement-level triggers (insert, update, delete).
 * Existing events are backfilled clustered by entity. The model rows below are
 * model.ts as of this migration; a later model change is applied by the next
 * full recompute (`syncCreditModel`), which also rebuilds the terms.
 */
export const up = /* sql */ `
create table credit_model_terms (
  kind     text not null,
  severity text not null,
  slot     smallint not null,
  v        int not null,
  hl       smallint not null check (hl > 0),
  cutoff   smallint not null,
  w        smallint not null,
  primary key (kind, severity)
);

insert into credit_model_terms (kind, severity, slot, v, hl, cutoff, w) values
  ('administrative_penalty', 'minor', 3, -800, 365, 365, 0),
  ('administrative_penalty', 'moderate', 3, -1600, 365, 730, 0),
  ('administrative_penalty', 'serious', 3, -2400, 365, 1095, 1),
  ('administrative_penalty', 'severe', 3, -4000, 365, 1825, 2),
  ('below_declared_standard', 'minor', 0, -1000, 365, 365, 0),
  ('below_declared_standard', 'moderate', 0, -2000, 365, 730, 0),
  ('below_declared_standard', 'serious', 0, -3000, 365, 1095, 1),
  ('below_declared_standard', 'severe', 0, -5000, 365, 1825, 2),
  ('broken_credit_promise', 'minor', 1, -1500, 365, 365, 0),
  ('broken_credit_promise', 'moderate', 1, -3000, 365, 730, 0),
  ('broken_credit_promise', 'serious', 1, -4500, 365, 1095, 1),
  ('broken_credit_promise', 'severe', 1, -7500, 365, 1825, 2),
  ('consumer_complaint_upheld', 'minor', 2, -500, 180, 365, 0),
  ('consumer_complaint_upheld', 'moderate', 2, -1000, 180, 730, 0),
  ('consumer_complaint_upheld', 'serious', 2, -1500, 180, 1095, 1),
  ('consumer_complaint_upheld', 'severe', 2, -2500, 180, 1825, 2),
  ('contract_breach', 'minor', 1, -1000, 365, 365, 0),
  ('contract_breach', 'moderate', 1, -2000, 365, 730, 0),
  ('contract_breach', 'serious', 1, -3000, 365, 1095, 1),
  ('contract_breach', 'severe', 1, -5000, 365, 1825, 2),
  ('contract_honouring_award', 'positive', 2, 1000, 365, 365, 0),
  ('counterfeit_goods', 'minor', 0, -2000, 365, 365, 0),
  ('counterfeit_goods', 'moderate', 0, -4000, 365, 730, 0),
  ('counterfeit_goods', 'serious', 0, -6000, 365, 1095, 1),
  ('counterfeit_goods', 'severe', 0, -10000, 365, 1825, 2),
  ('customs_aeo', 'positive', 3, 1500, 365, 365, 0),
  ('customs_false_declaration', 'minor', 3, -2000, 365, 365, 0),
  ('customs_false_declaration', 'moderate', 3, -4000, 365, 730, 0),
  ('customs_false_declaration', 'serious', 3, -6000, 365, 1095, 1),
  ('customs_false_declaration', 'severe', 3, -10000, 365, 1825, 2),
  ('dispute_lost', 'minor', 1, -500, 180, 365, 0),
  ('dispute_lost', 'moderate', 1, -1000, 180, 730, 0),
  ('dispute_lost', 'serious', 1, -1500, 180, 1095, 1),
  ('dispute_lost', 'severe', 1, -2500, 180, 1825, 2),
  ('dispute_won', 'positive', 6, 50, 180, 365, 0),
  ('false_advertising', 'minor', 2, -1000, 365, 365, 0),
  ('false_advertising', 'moderate', 2, -2000, 365, 730, 0),
  ('false_advertising', 'serious', 2, -3000, 365, 1095, 1),
  ('false_advertising', 'severe', 2, -5000, 365, 1825, 2),
  ('honesty_award', 'positive', 2, 1000, 365, 365, 0),
  ('inquiry_fast_reply', 'positive', 5, 10, 90, 365, 0),
  ('inquiry_slow_reply', 'minor', 2, -50, 90, 365, 0),
  ('inquiry_slow_reply', 'moderate', 2, -100, 90, 730, 0),
  ('inquiry_slow_reply', 'serious', 2, -150, 90, 1095, 1),
  ('inquiry_slow_reply', 'severe', 2, -250, 90, 1825, 2),
  ('inspection_failed', 'minor', 0, -1000, 365, 365, 0),
  ('inspection_failed', 'moderate', 0, -2000, 365, 730, 0),
  ('inspection_failed', 'serious', 0, -3000, 365, 1095, 1),
  ('inspection_failed', 'severe', 0, -5000, 365, 1825, 2),
  ('inspection_passed', 'positive', 0, 300, 365, 365, 0),
  ('inspection_refused', 'minor', 3, -1500, 365, 365, 0),
  ('inspection_refused', 'moderate', 3, -3000, 365, 730, 0),
  ('inspection_refused', 'serious', 3, -4500, 365, 1095, 1),
  ('inspection_refused', 'severe', 3, -7500, 365, 1825, 2),
  ('ip_infringement', 'minor', 2, -1500, 365, 365, 0),
  ('ip_infringement', 'moderate', 2, -3000, 365, 730, 0),
  ('ip_infringement', 'serious', 2, -4500, 365, 1095, 1),
  ('ip_infringement', 'severe', 2, -7500, 365, 1825, 2),
  ('merchant_cancellation', 'minor', 1, -300, 90, 365, 0),
  ('merchant_cancellation', 'moderate', 1, -600, 90, 730, 0),
  ('merchant_cancellation', 'serious', 1, -900, 90, 1095, 1),
  ('merchant_cancellation', 'severe', 1, -1500, 90, 1825, 2),
  ('order_late', 'minor', 1, -200, 90, 365, 0),
  ('order_late', 'moderate', 1, -400, 90, 730, 0),
  ('order_late', 'serious', 1, -600, 90, 1095, 1),
  ('order_late', 'severe', 1, -1000, 90, 1825, 2),
  ('order_on_time', 'positive', 4, 20, 90, 365, 0),
  ('price_fraud', 'minor', 2, -1000, 365, 365, 0),
  ('price_fraud', 'moderate', 2, -2000, 365, 730, 0),
  ('price_fraud', 'serious', 2, -3000, 365, 1095, 1),
  ('price_fraud', 'severe', 2, -5000, 365, 1825, 2),
  ('product_recall', 'minor', 0, -800, 365, 365, 0),
  ('product_recall', 'moderate', 0, -1600, 365, 730, 0),
  ('product_recall', 'serious', 0, -2400, 365, 1095, 1),
  ('product_recall', 'severe', 0, -4000, 365, 1825, 2),
  ('quality_certified', 'positive', 0, 500, 365, 365, 0),
  ('registered_trademark', 'positive', 0, 500, 365, 365, 0),
  ('smuggling', 'minor', 3, -5000, 365, 365, 0),
  ('smuggling', 'moderate', 3, -10000, 365, 730, 0),
  ('smuggling', 'serious', 3, -15000, 365, 1095, 1),
  ('smuggling', 'severe', 3, -25000, 365, 1825, 2),
  ('tax_arrears', 'minor', 3, -800, 365, 365, 0),
  ('tax_arrears', 'moderate', 3, -1600, 365, 730, 0),
  ('tax_arrears', 'serious', 3, -2400, 365, 1095, 1),
  ('tax_arrears', 'severe', 3, -4000, 365, 1825, 2),
  ('tax_evasion', 'minor', 3, -2500, 365, 365, 0),
  ('tax_evasion', 'moderate', 3, -5000, 365, 730, 0),
  ('tax_evasion', 'serious', 3, -7500, 365, 1095, 1),
  ('tax_evasion', 'severe', 3, -12500, 365, 1825, 2),
  ('tax_grade_a', 'positive', 3, 1500, 365, 365, 0),
  ('unfulfilled_judgment', 'minor', 3, -3000, 365, 365, 0),
  ('unfulfilled_judgment', 'moderate', 3, -6000, 365, 730, 0),
  ('unfulfilled_judgment', 'serious', 3, -9000, 365, 1095, 1),
  ('unfulfilled_judgment', 'severe', 3, -15000, 365, 1825, 2),
  ('unlicensed_operation', 'minor', 3, -1500, 365, 365, 0),
  ('unlicensed_operation', 'moderate', 3, -3000, 365, 730, 0),
  ('unlicensed_operation', 'serious', 3, -4500, 365, 1095, 1),
  ('unlicensed_operation', 'severe', 3, -7500, 365, 1825, 2);

create table credit_event_terms (
  entity_id   bigint not null,
  event_id    bigint not null,
  occurred_on date not null,
  ends_on     date not null,
  v           int not null,
  hl          smallint not null,
  slot        smallint not null,
  w           smallint not null
);

create function credit_event_terms_sync() returns trigger language plpgsql as $fn$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from credit_event_terms t using old_rows o where t.entity_id = o.entity_id and t.event_id = o.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into credit_event_terms (entity_id, event_id, occurred_on, ends_on, v, hl, slot, w)
    select n.entity_id, n.id, n.occurred_on, n.occurred_on + m.cutoff, m.v, m.hl, m.slot, m.w
    from new_rows n join credit_model_terms m on m.kind = n.kind and m.severity = n.severity
    where n.voided_at is null;
  end if;
  return null;
end
$fn$;

create trigger credit_events_terms_insert after insert on credit_events
  referencing new table as new_rows for each statement execute function credit_event_terms_sync();
create trigger credit_events_terms_update after update on credit_events
  referencing old table as old_rows new table as new_rows for each statement execute function credit_event_terms_sync();
create trigger credit_events_terms_delete after delete on credit_events
  referencing old table as old_rows for each statement execute function credit_event_terms_sync();

set local work_mem = '256MB';
set local maintenance_work_mem = '512MB';

insert into credit_event_terms (entity_id, event_id, occurred_on, ends_on, v, hl, slot, w)
  select e.entity_id, e.id, e.occurred_on, e.occurred_on + m.cutoff, m.v, m.hl, m.slot, m.w
  from credit_events e join credit_model_terms m on m.kind = e.kind and m.severity = e.severity
  where e.voided_at is null
  order by e.entity_id, e.id;

create index credit_event_terms_entity_idx on credit_event_terms (entity_id, event_id);
`;
