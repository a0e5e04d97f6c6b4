-- What the subject says the record should say, and what an upheld correction changed.
alter table objections add column correct_value text;
alter table objections add column changes jsonb;
