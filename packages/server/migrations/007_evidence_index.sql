-- Which submissions name a file as evidence (who may read a file: GET /v1/files/{id}, .../content):
-- containment queries on the submissions' JSON, served by GIN indexes instead of reading every row.
create index repairs_materials on repairs using gin (materials jsonb_path_ops);
create index objections_evidence on objections using gin (evidence jsonb_path_ops);
create index declarations_evidence on declarations using gin (evidence jsonb_path_ops);
