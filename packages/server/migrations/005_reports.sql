-- Credit reports (信用报告): every report issued, with the signed content, so anyone holding its number
-- can ask whether it is genuine and still current. `content_hash` covers what the report says (not its
-- number or time), so a report whose subject's information has changed since is known to be superseded.
create table reports (
  seq bigint generated always as identity unique,
  number text primary key,
  subject_code text not null references subjects(code),
  requested_by text not null,
  issued_at timestamptz not null,
  valid_until date not null,
  content_hash text not null,
  payload jsonb not null,
  jws text not null,
  -- sha256 (hex) of every PDF rendered for it (rendering is deterministic, so usually one), so a PDF in
  -- hand can be checked against what the platform issued.
  pdf_hashes jsonb not null default '[]'::jsonb
);
create index reports_subject on reports (subject_code, requested_by, issued_at);
