/**
 * Sign-in hardening. Sessions get an id (so a user can list and revoke them
 * without ever seeing a token or its hash), creation and last-use times (idle
 * timeout) and the user agent and address captured at sign-in. Failed sign-ins
 * are counted per username text in the database, so every API process sees the
 * same lockout; unknown usernames are counted the same way as real ones.
 */
export const up = /* sql */ `
alter table sessions add column id bigint generated always as identity;
alter table sessions add constraint sessions_id_key unique (id);
alter table sessions add column created_at timestamptz not null default now();
alter table sessions add column last_used_at timestamptz not null default now();
alter table sessions add column user_agent text;
alter table sessions add column ip text;
create index sessions_user_idx on sessions (user_id);

create table sign_in_failures (
  username           text primary key,
  failures           int not null default 0 check (failures >= 0),
  window_started_at  timestamptz not null,
  locked_until       timestamptz,
  lockouts           int not null default 0 check (lockouts >= 0),
  updated_at         timestamptz not null
);
`;
