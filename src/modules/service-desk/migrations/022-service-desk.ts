/**
 * The service desk (市场吹哨、部门报到): departments (authority entities with a
 * code), the dispatch rules (category → department, deadlines by urgency), the
 * service items and their append-only steps. Method: docs/service-desk.md.
 *
 * Distribution: items and steps carry `raiser_id` (the merchant or buyer who
 * raised the problem), so an item's steps live with it on one shard.
 */
export const up = /* sql */ `
create table service_departments (
  entity_id bigint primary key references entities(id),
  code text not null unique check (code ~ '^[a-z][a-z0-9_]{1,31}$'),
  name_zh text not null check (length(name_zh) between 1 and 100),
  name_en text not null check (length(name_en) between 1 and 200),
  created_at timestamptz not null default now()
);

create table service_rules (
  category text primary key check (category ~ '^[a-z][a-z0-9_]{1,31}$'),
  department_id bigint not null references service_departments(entity_id),
  hours_normal integer not null check (hours_normal between 1 and 2160),
  hours_urgent integer not null check (hours_urgent between 1 and 2160 and hours_urgent <= hours_normal),
  updated_by bigint,
  updated_at timestamptz not null default now()
);

create table service_items (
  id bigserial primary key,
  raiser_id bigint not null references entities(id),
  raiser_role text not null check (raiser_role in ('merchant','buyer')),
  raised_by bigint,
  stall_id bigint references stalls(id),
  category text not null,
  urgency text not null check (urgency in ('normal','urgent')),
  description text not null check (length(description) between 1 and 4000),
  photos jsonb not null default '[]',
  department_id bigint not null references service_departments(entity_id),
  status text not null default 'dispatched' check (status in ('dispatched','accepted','replied','reopened','closed')),
  due_at timestamptz not null,
  missed_deadline boolean not null default false,
  escalation_level smallint not null default 0 check (escalation_level between 0 and 2),
  escalated_to text check (escalated_to in ('department_head','market_office')),
  reopen_count integer not null default 0,
  reply text,
  rating smallint check (rating between 1 and 5),
  rating_note text,
  accepted_at timestamptz,
  replied_at timestamptz,
  closed_at timestamptz,
  closed_by text check (closed_by in ('raiser','sweep')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_items_department_idx on service_items (department_id, id desc);
create index service_items_raiser_idx on service_items (raiser_id, id desc);
create index service_items_due_idx on service_items (due_at) where status in ('dispatched','accepted','reopened');
create index service_items_replied_idx on service_items (replied_at) where status = 'replied';
create index service_items_closed_idx on service_items (closed_at) where status = 'closed';

create table service_steps (
  item_id bigint not null references service_items(id),
  seq integer not null,
  raiser_id bigint not null,
  at timestamptz not null default now(),
  actor_user_id bigint,
  actor_role text not null,
  action text not null check (action in ('raise','accept','reply','confirm','reopen','reassign','escalate','auto_close')),
  from_status text,
  to_status text not null,
  note text,
  detail jsonb not null default '{}',
  primary key (item_id, seq)
);

create function service_steps_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'service_steps is append-only: a step is never changed or removed' using errcode = '55000';
end $$;
create trigger service_steps_append_only before update or delete on service_steps
  for each row execute function service_steps_append_only();
`;
