-- credit-kit schema. The same SQL runs on PGlite and PostgreSQL.
-- Listable tables carry `seq` so lists page by a keyset cursor.

create table subjects (
  code text primary key,
  kind text not null,
  name text not null,
  created_at timestamptz not null default now()
);

create table list_memberships (
  id text primary key,
  subject_code text not null references subjects(code),
  list text not null,
  authority text not null,
  reason text not null,
  since date not null,
  until date
);
create index list_memberships_subject on list_memberships (subject_code);

create table records (
  seq bigint generated always as identity unique,
  id text primary key,
  subject_code text not null references subjects(code),
  kind text not null,
  class text not null,
  title text not null,
  authority text not null,
  decision_number text not null,
  basis text not null,
  decided_at date not null,
  publish_from date not null,
  publish_until date not null,
  state text not null,
  measures jsonb not null,
  created_at timestamptz not null default now()
);
create index records_subject on records (subject_code, seq);

create table templates (
  seq bigint generated always as identity unique,
  id text primary key,
  version integer not null,
  body jsonb not null,
  created_at timestamptz not null default now()
);

create table commitment_serials (
  area text not null,
  day text not null,
  last integer not null,
  primary key (area, day)
);

create table commitments (
  seq bigint generated always as identity unique,
  code text primary key,
  subject_code text not null references subjects(code),
  template_id text not null references templates(id),
  matter_code text not null,
  state text not null,
  valid_until date not null,
  signed_at timestamptz not null,
  body jsonb not null,
  fulfilment jsonb
);
create index commitments_subject on commitments (subject_code, seq);
create index commitments_matter on commitments (matter_code, seq);

create table files (
  id text primary key,
  owner text not null,
  name text not null,
  content_type text not null,
  size integer not null,
  sha256 text not null,
  content bytea not null,
  uploaded_at timestamptz not null default now()
);

create table declarations (
  seq bigint generated always as identity unique,
  id text primary key,
  subject_code text not null references subjects(code),
  category text not null,
  details jsonb not null,
  evidence jsonb not null,
  state text not null,
  submitted_at timestamptz not null,
  due_by date not null,
  review jsonb
);
create index declarations_subject on declarations (subject_code, seq);

create table repairs (
  seq bigint generated always as identity unique,
  id text primary key,
  record_id text not null references records(id),
  subject_code text not null references subjects(code),
  correction text not null,
  materials jsonb not null,
  state text not null,
  submitted_at timestamptz not null,
  due_by date not null,
  review jsonb
);
create index repairs_subject on repairs (subject_code, seq);
create index repairs_record on repairs (record_id);

create table objections (
  seq bigint generated always as identity unique,
  id text primary key,
  record_id text not null references records(id),
  subject_code text not null references subjects(code),
  reason text not null,
  description text not null,
  evidence jsonb not null,
  state text not null,
  submitted_at timestamptz not null,
  due_by date not null,
  review jsonb
);
create index objections_subject on objections (subject_code, seq);
create index objections_record on objections (record_id);

create table checks (
  id text primary key,
  subject_code text not null,
  matter jsonb not null,
  handler text,
  status jsonb not null,
  measures jsonb not null,
  state text not null,
  initiated_at timestamptz not null,
  feedback jsonb,
  key_id text not null
);

create table api_keys (
  id text primary key,
  kind text not null,
  name text not null,
  origins jsonb not null,
  prefix text not null,
  hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table subject_sessions (
  hash text primary key,
  id text not null unique,
  key_id text not null references api_keys(id),
  subject jsonb not null,
  expires_at timestamptz not null
);

create table idempotency (
  principal text not null,
  key text not null,
  request_hash text not null,
  status integer,
  response text,
  created_at timestamptz not null default now(),
  primary key (principal, key)
);

create table signing_keys (
  kid text primary key,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now()
);

-- The audit chain: each row's hash covers the previous row's hash and the row's own content.
create table audit_log (
  seq bigint primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  data jsonb not null,
  prev_hash text not null,
  hash text not null
);

create function audit_row_hash(prev text, seq bigint, at timestamptz, actor text, action text, entity text, entity_id text, data jsonb)
returns text language sql immutable as $$
  select encode(sha256(convert_to(
    prev || '|' || seq::text || '|' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' ||
    actor || '|' || action || '|' || entity || '|' || entity_id || '|' || data::text, 'UTF8')), 'hex')
$$;

create function audit_link() returns trigger language plpgsql as $$
declare
  last_row record;
begin
  -- One writer at a time extends the chain, so concurrent transactions cannot fork it.
  perform pg_advisory_xact_lock(827364501);
  select a.seq, a.hash into last_row from audit_log a order by a.seq desc limit 1;
  new.seq := coalesce(last_row.seq, 0) + 1;
  new.prev_hash := coalesce(last_row.hash, repeat('0', 64));
  new.hash := audit_row_hash(new.prev_hash, new.seq, new.at, new.actor, new.action, new.entity, new.entity_id, new.data);
  return new;
end $$;

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_link before insert on audit_log for each row execute function audit_link();
create trigger audit_log_immutable before update or delete on audit_log for each row execute function audit_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_refuse_change();
