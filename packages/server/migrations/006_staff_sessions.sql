-- Staff sessions (st_…): minted by a department's backend with its secret key for one signed-in member
-- of staff, one authority, one page origin and scopes; short-lived and revocable.
create table staff_sessions (
  hash text primary key,
  id text not null unique,
  key_id text not null references api_keys(id),
  staff_id text not null,
  staff_name text not null,
  authority text not null,
  origin text not null,
  scopes jsonb not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index staff_sessions_authority on staff_sessions (authority, created_at);

-- A check made through a staff session names the member of staff who made it.
alter table checks add column staff jsonb;
create index checks_staff on checks (authority, (staff->>'id'));
