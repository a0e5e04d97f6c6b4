-- Authorities (谁认定、谁修复), lists resting on records with prior notice (事前告知), publication rules,
-- and checks by matter.

-- A secret key acts for one authority, and for the authorities that delegated to it.
alter table api_keys add column authority text;
alter table api_keys add column grants jsonb not null default '[]'::jsonb;
update api_keys set authority = name where kind = 'secret' and authority is null;

-- Publication: a record with a publicity period of 0 counts for supervision but is never public;
-- the day it was filed tells whether the 双公示 deadline was kept.
alter table records add column disclosed boolean not null default true;
alter table records add column filed_on date;
alter table records add column publication_deadline date;
create index records_authority on records (authority, seq);

-- Prior notice before a sanction list: the basis records, reasons, measures, the right to object, the
-- way to repair and the deadline to respond.
create table notices (
  seq bigint generated always as identity unique,
  id text primary key,
  subject_code text not null references subjects(code),
  list text not null,
  authority text not null,
  basis jsonb not null,
  reasons text not null,
  measures jsonb not null,
  objection text not null,
  repair text not null,
  delivered_on date not null,
  respond_by date not null,
  state text not null,
  created_at timestamptz not null default now()
);
create index notices_subject on notices (subject_code, seq);
create index notices_authority on notices (authority, seq);

-- A list membership rests on its notice and basis records; it ends by delisting (移出名单) or when its
-- basis is cleared.
alter table list_memberships add column seq bigint generated always as identity unique;
alter table list_memberships add column notice_id text references notices(id);
alter table list_memberships add column basis jsonb not null default '[]'::jsonb;
alter table list_memberships add column measures jsonb;
alter table list_memberships add column ended_reason text;
alter table list_memberships add column ended_by text;
alter table list_memberships add column review_needed boolean not null default false;
alter table list_memberships add column created_at timestamptz not null default now();

-- Checks belong to the authority whose key made them, and remember their matter's kind.
alter table checks add column seq bigint generated always as identity unique;
alter table checks add column authority text;
alter table checks add column finding text not null default 'adverse';
-- A subject with no credit file is checked too: "no adverse record", with no status.
alter table checks alter column status drop not null;
create index checks_authority on checks (authority, seq);
