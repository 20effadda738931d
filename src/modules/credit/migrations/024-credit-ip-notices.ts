/**
 * IP notice and takedown (issue 13): a rights holder's complaint against a
 * listing, the takedown, the merchant's counter-notice and the regulator's
 * decision, each step with its time and actor. Every step is also written to
 * the append-only `credit_audit` log; an upheld complaint records the credit
 * event `ip_infringement` (`event_id`).
 */
export const up = /* sql */ `
create table credit_ip_notices (
  id                     bigint generated always as identity primary key,
  product_id             bigint not null,
  merchant_id            bigint not null,
  complainant            text not null,
  complainant_entity_id  bigint,
  right_kind             text not null check (right_kind in ('trademark', 'copyright', 'patent', 'design')),
  right_ref              text not null,
  claim                  text not null,
  evidence_refs          text[] not null check (cardinality(evidence_refs) between 1 and 20),
  status                 text not null default 'filed'
                           check (status in ('filed', 'taken_down', 'countered', 'upheld', 'rejected')),
  filed_at               timestamptz not null default now(),
  filed_by               bigint,
  filed_role             text not null,
  taken_down_at          timestamptz,
  taken_down_by          bigint,
  takedown_reason        text,
  prior_status           text check (prior_status in ('active', 'hidden')),
  counter_statement      text,
  counter_evidence_refs  text[],
  countered_at           timestamptz,
  countered_by           bigint,
  decided_at             timestamptz,
  decided_by             bigint,
  decision_reason        text,
  event_id               bigint,
  check ((status = 'filed') = (taken_down_at is null) or status = 'rejected'),
  check ((status in ('upheld', 'rejected')) = (decided_at is not null))
);
create index credit_ip_notices_product on credit_ip_notices (product_id, status);
create index credit_ip_notices_merchant on credit_ip_notices (merchant_id, id);
create index credit_ip_notices_status on credit_ip_notices (status, id);
`;
