// Tampering with the audit chain by someone with full rights on the database: every way must be detected,
// naming the row or the checkpoint, by a verifier that recomputes the hashes itself and holds signed
// checkpoints kept outside the table (in their own table and in a published file).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { migrationsDir } from '../src/db/migrate.js';
import {
  auditReport,
  CHECKPOINT_TYP,
  describeReport,
  parseCheckpointFile,
  storedCheckpoints,
} from '../src/domain/audit.js';
import { testApi, type TestApi } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'credit-kit-tamper-'));
const file = join(dir, 'checkpoints.jsonl');
let api: TestApi;
let rows: number;

// One seeded API with a few more writes and a checkpoint signed over all of it (kept in the table and a
// file). Each test tampers, then the untouched chain and hash function are put back from a copy.
before(async () => {
  api = await testApi({ checkpointFile: file });
  for (let i = 0; i < 3; i++) await newSession();
  const checkpoint = await api.deps.checkpoints.create();
  assert.ok(checkpoint);
  rows = checkpoint.rows;
  await api.deps.db.exec('create table audit_copy as select * from audit_log');
});
after(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await api.deps.db.exec(
    `${hashFunction}; ${withoutTriggers('delete from audit_log; insert into audit_log select * from audit_copy')}`,
  );
  assert.equal((await report()).ok, true, 'the chain is back as it was');
});

const newSession = () =>
  api.json('POST', '/v1/subject-sessions', {
    as: 'sk',
    body: { subjectCode: api.demo.subjects.redListed, subjectName: '贵州黔诚建设工程有限公司' },
    status: 201,
  });

/** The migration's own definition of the database hash function, to put back after a test replaced it. */
const hashFunction = readFileSync(join(migrationsDir, '001_schema.sql'), 'utf8')
  .match(/create function audit_row_hash[\s\S]*?\$\$;/)![0]
  .replace('create function', 'create or replace function')
  .replace(/;$/, '');

/** What `credit-kit audit verify --checkpoint FILE` reports: the table's checkpoints and the file's. */
async function report() {
  const checkpoints = [
    ...(await storedCheckpoints(api.deps.db)).map((checkpoint) => ({ source: 'table', checkpoint })),
    ...parseCheckpointFile(readFileSync(file, 'utf8')).map((checkpoint) => ({ source: file, checkpoint })),
  ];
  const result = await auditReport(api.deps.db, api.deps.receipts, checkpoints);
  return { ...result, text: describeReport(result).join('\n') };
}

/** Runs SQL as an attacker would: with the table's triggers (append-only guard, linking) off for the time of it. */
const withoutTriggers = (sql: string) =>
  `alter table audit_log disable trigger user; ${sql}; alter table audit_log enable trigger user`;
const tamper = (sql: string) => api.deps.db.exec(withoutTriggers(sql));

/** Recomputes every hash from row `from` on with the database's own function, as an attacker covering tracks. */
const rehashFrom = (from: number) => `do $$ declare r record; prev text; begin
  select coalesce((select hash from audit_log where seq = ${from - 1}), repeat('0', 64)) into prev;
  for r in select * from audit_log where seq >= ${from} order by seq loop
    update audit_log set prev_hash = prev,
      hash = audit_row_hash(prev, r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.data) where seq = r.seq;
    select hash into prev from audit_log where seq = r.seq;
  end loop; end $$`;

const found: string[] = [];
after(() => {
  if (process.env.CREDIT_REPORT) console.log(`tampering detected:\n${found.join('\n')}`);
});

describe('audit tampering', () => {
  it('publishes the signed checkpoint at /v1/audit/checkpoint and in the file, and an untouched chain verifies', async () => {
    const published = await api.json('GET', '/v1/audit/checkpoint', {});
    assert.equal(published.rows, rows);
    const inFile = parseCheckpointFile(readFileSync(file, 'utf8'));
    assert.deepEqual(inFile.at(-1), published);
    const result = await report();
    assert.equal(result.ok, true, result.text);
    assert.match(result.text, /audit chain intact/);
  });

  it('names the row edited in place', async () => {
    await tamper(`update audit_log set data = '{"forged": true}' where seq = 5`);
    const result = await report();
    assert.equal(result.ok, false);
    assert.deepEqual(result.chain, { ok: false, rows: 4, brokenAt: 5, reason: 'hash-mismatch' });
    found.push(`in-place edit: ${result.text.split('\n')[0]}`);
  });

  it('names the checkpoint when the last rows were deleted', async () => {
    await tamper(`delete from audit_log where seq > ${rows - 3}`);
    const result = await report();
    assert.equal(result.chain.ok, true, 'the shortened chain is consistent in itself');
    assert.equal(result.ok, false);
    const failed = result.checkpoints.filter((c) => c.problem);
    assert.deepEqual(
      failed.map((c) => [c.checkpoint.rows, c.problem]),
      [
        [rows, 'truncated'],
        [rows, 'truncated'],
      ],
    );
    assert.match(
      result.text,
      new RegExp(`checkpoint of ${rows} rows .*FAILED truncated — the chain ends at row ${rows - 3}`),
    );
    found.push(`truncation: ${failed[0]!.detail}`);
  });

  it('names the checkpoint and the rows when the chain was re-hashed after an edit', async () => {
    await tamper(`update audit_log set data = '{"forged": true}' where seq = 5; ${rehashFrom(5)}`);
    const result = await report();
    assert.equal(result.chain.ok, true, 'the re-hashed chain is consistent in itself');
    assert.equal(result.ok, false);
    const failed = result.checkpoints.find((c) => c.problem);
    assert.equal(failed?.problem, 'head-mismatch');
    assert.match(failed.detail!, new RegExp(`rows 1–${rows} were changed`));
    found.push(`re-hash: ${failed.detail}`);
  });

  it('detects a forged row inserted into history with a correct hash', async () => {
    await tamper(
      `update audit_log set seq = -seq where seq >= 4;
         update audit_log set seq = -seq + 1 where seq < 0;
         insert into audit_log (seq, at, actor, action, entity, entity_id, data, prev_hash, hash)
           select 4, at, 'key:key_demo_department', 'record.delete', 'record', 'rec_x', '{}'::jsonb, '', '' from audit_log where seq = 3;
         ${rehashFrom(4)}`,
    );
    const result = await report();
    assert.equal(result.chain.ok, true, 'the forged chain is consistent in itself');
    assert.equal(result.ok, false);
    assert.equal(result.checkpoints.find((c) => c.problem)?.problem, 'head-mismatch');
    found.push(`forged insert: ${result.checkpoints.find((c) => c.problem)!.detail}`);
  });

  it('is not fooled by a replaced database hash function', async () => {
    // The function now ignores the row's data, so an edited row "verifies" with the database's own function.
    await api.deps.db
      .exec(`create or replace function audit_row_hash(prev text, seq bigint, at timestamptz, actor text, action text, entity text, entity_id text, data jsonb)
        returns text language sql immutable as $$
          select encode(sha256(convert_to(prev || '|' || seq::text || '|' || actor, 'UTF8')), 'hex') $$`);
    await tamper(`update audit_log set data = '{"forged": true}' where seq = 5; ${rehashFrom(1)}`);
    const byDatabase = await api.deps.db.query<{ bad: number }>(
      `select count(*)::int as bad from audit_log where hash <> audit_row_hash(prev_hash, seq, at, actor, action, entity, entity_id, data)`,
    );
    assert.equal(byDatabase.rows[0]!.bad, 0, "the database's own function vouches for every row");
    const result = await report();
    assert.equal(result.ok, false);
    assert.deepEqual(result.chain, { ok: false, rows: 0, brokenAt: 1, reason: 'hash-mismatch' });
    found.push(`replaced function: ${result.text.split('\n')[0]}`);
  });

  it('refuses a checkpoint whose numbers were edited, or signed by another key', async () => {
    const [cp] = parseCheckpointFile(readFileSync(file, 'utf8'));
    const edited = { ...cp!, rows: rows - 1 };
    // The same payload under a key the server does not have (as after the signing key was swapped in the database).
    const [, payload, signature] = cp!.jws.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'another-key', typ: CHECKPOINT_TYP })).toString(
      'base64url',
    );
    const foreign = { ...cp!, kid: 'another-key', jws: `${header}.${payload}.${signature}` };
    const result = await auditReport(api.deps.db, api.deps.receipts, [
      { source: 'edited', checkpoint: edited },
      { source: 'foreign', checkpoint: foreign },
    ]);
    assert.deepEqual(Object.fromEntries(result.checkpoints.map((c) => [c.source, c.problem])), {
      edited: 'payload-mismatch',
      foreign: 'unknown-key',
    });
  });

  it('signs no checkpoint over a broken chain', async () => {
    await newSession();
    const { rows } = await api.deps.db.query<{ n: number }>('select max(seq)::int as n from audit_log');
    await tamper(`update audit_log set actor = 'someone' where seq = ${rows[0]!.n}`);
    await assert.rejects(api.deps.checkpoints.create(), /broken at row \d+ \(hash-mismatch\)/);
  });
});
