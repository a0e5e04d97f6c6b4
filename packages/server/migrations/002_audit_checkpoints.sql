-- Signed checkpoints of the audit chain (row count and head hash, signed with the server's key), kept apart
-- from the chain they vouch for, so a truncated or re-hashed chain no longer matches what was published.
create table audit_checkpoints (
  rows bigint primary key,
  head text not null,
  signed_at timestamptz not null,
  kid text not null,
  jws text not null
);
