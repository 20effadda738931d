/**
 * Stall evaluation and open re-allocation (issue 14): evaluation runs, the
 * scores of every stall and period with their explanation, holders'
 * objections, flags (lowest grade / idle) with their warning deadline, and the
 * open re-allocation rounds with their applications and published outcome.
 * Every table is keyed by stall (or round) so it can be distributed by that key.
 */
export const up = /* sql */ `
create table stall_eval_runs (
  id bigint generated always as identity primary key,
  period text not null check (period ~ '^[0-9]{4}Q[1-4]$'),
  method_version text not null,
  stalls integer not null default 0,
  flagged integer not null default 0,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  run_by bigint
);
create index stall_eval_runs_period_idx on stall_eval_runs (period, id desc);

-- The run whose scores are the period's current ones (the latest finished run).
create table stall_eval_current (
  period text primary key,
  run_id bigint not null references stall_eval_runs (id)
);

create table stall_scores (
  run_id bigint not null references stall_eval_runs (id),
  stall_id bigint not null references stalls (id),
  period text not null,
  holder_id bigint not null,
  district_id bigint not null,
  category_id integer not null,
  peer_key text not null,
  peer_size integer not null,
  score integer not null check (score between 0 and 100000),
  grade smallint not null check (grade between 1 and 5),
  idle boolean not null,
  indicators jsonb not null,
  primary key (run_id, stall_id)
);
create index stall_scores_stall_idx on stall_scores (stall_id, period, run_id desc);
create index stall_scores_holder_idx on stall_scores (holder_id, run_id);

create table stall_eval_objections (
  id bigint generated always as identity primary key,
  stall_id bigint not null references stalls (id),
  period text not null,
  run_id bigint not null references stall_eval_runs (id),
  entity_id bigint not null,
  text text not null,
  status text not null default 'open' check (status in ('open', 'answered')),
  answer text,
  answered_by bigint,
  answered_at timestamptz,
  created_at timestamptz not null default now()
);
create index stall_eval_objections_stall_idx on stall_eval_objections (stall_id, id desc);
create index stall_eval_objections_open_idx on stall_eval_objections (id) where status = 'open';

create table stall_flags (
  id bigint generated always as identity primary key,
  stall_id bigint not null references stalls (id),
  period text not null,
  reason text not null check (reason in ('lowest_grade', 'idle')),
  holder_id bigint not null,
  deadline date not null,
  status text not null default 'warned' check (status in ('warned', 'cleared', 'taken_back')),
  warned_at timestamptz not null default now(),
  closed_at timestamptz,
  closed_note text
);
create unique index stall_flags_one_open on stall_flags (stall_id) where status = 'warned';
create index stall_flags_stall_idx on stall_flags (stall_id, id desc);

create table stall_rounds (
  id bigint generated always as identity primary key,
  stall_id bigint not null references stalls (id),
  flag_id bigint references stall_flags (id),
  method text not null check (method in ('score', 'bid_score')),
  bid_weight integer not null default 0 check (bid_weight between 0 and 100),
  min_credit_class text,
  currency char(3) not null default 'CNY',
  min_bid bigint not null default 0 check (min_bid >= 0),
  closes_on date not null,
  starts_on date not null,
  status text not null default 'open' check (status in ('open', 'awarded', 'published', 'void')),
  ranking jsonb,
  winner_entity_id bigint,
  created_by bigint,
  created_at timestamptz not null default now(),
  awarded_at timestamptz,
  published_at timestamptz
);
create index stall_rounds_stall_idx on stall_rounds (stall_id, id desc);
create index stall_rounds_status_idx on stall_rounds (status, id desc);

create table stall_round_applications (
  id bigint generated always as identity primary key,
  round_id bigint not null references stall_rounds (id),
  entity_id bigint not null,
  bid_amount bigint check (bid_amount >= 0),
  credit_class text not null,
  merit integer not null check (merit between 0 and 1000),
  record jsonb not null,
  eligible boolean not null,
  ineligible_reason text,
  created_at timestamptz not null default now(),
  unique (round_id, entity_id)
);
`;
