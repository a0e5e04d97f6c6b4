import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../src/db/db.js';
import { formerNames, migrate, migrationFiles } from '../src/db/migrate.js';
import { inUtc } from '../src/db/postgres.js';
import { testDatabase } from './helpers.js';

// PGlite runs on a worker thread; transactions, errors and notifications must cross it unchanged.
describe('the embedded database on its worker thread', () => {
  let db: Db;
  before(async () => {
    db = await openDb({ dataDir: 'memory://' });
    await db.exec('create table t (id int primary key, note text)');
  });
  after(() => db.close());

  it('commits a transaction, and rolls one back when its function throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query('insert into t values ($1, $2)', [1, 'kept']);
    });
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('insert into t values ($1, $2)', [2, 'dropped']);
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    const { rows } = await db.query<{ id: number }>('select id from t order by id');
    assert.deepEqual(
      rows.map((r) => r.id),
      [1],
    );
  });

  it('keeps other queries out of an open transaction until it ends', async () => {
    let inside = false;
    const tx = db.transaction(async (q) => {
      await q.query('insert into t values (10, $1)', ['in tx']);
      inside = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await q.query('update t set note = $1 where id = 10', ['done']);
    });
    while (!inside) await new Promise((resolve) => setTimeout(resolve, 5));
    const { rows } = await db.query<{ note: string }>('select note from t where id = 10');
    await tx;
    assert.deepEqual(rows, [{ note: 'done' }]);
  });

  it('passes database errors with their SQLSTATE code', async () => {
    const error = await db
      .query('insert into t values (1, $1)', ['duplicate'])
      .catch((e: Error & { code?: string }) => e);
    assert.ok(error instanceof Error);
    assert.equal(error.code, '23505');
  });

  it('delivers notifications', async () => {
    const got = new Promise<string>((resolve) => void db.listen('ch', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.query(`select pg_notify('ch', 'hello')`);
    assert.equal(await got, 'hello');
  });
});

describe('the database in UTC', () => {
  it('adds TimeZone=UTC to a connection string, keeping its other options', () => {
    const url = new URL(inUtc('postgres://u:p@db.example:5432/credit?sslmode=require&options=-c%20search_path%3Dt_1'));
    assert.equal(url.searchParams.get('options'), '-c search_path=t_1 -c TimeZone=UTC');
    assert.equal(url.searchParams.get('sslmode'), 'require');
    assert.equal(new URL(inUtc('postgres://db.example/credit')).searchParams.get('options'), '-c TimeZone=UTC');
  });

  it('runs every session in UTC, so business dates do not shift with the server', async () => {
    const test = await testDatabase();
    const db = await openDb(test.options);
    try {
      // Several at once: each pooled connection, not just the first, starts in UTC.
      const zones = await Promise.all(
        Array.from({ length: 4 }, () => db.query<{ zone: string }>(`select current_setting('TimeZone') as zone`)),
      );
      assert.deepEqual(new Set(zones.map((z) => z.rows[0]!.zone)), new Set(['UTC']));
    } finally {
      await db.close();
      await test.dispose();
    }
  });
});

describe('migrations', () => {
  it('numbers every migration once', async () => {
    const files = await migrationFiles();
    assert.equal(new Set(files.map((f) => f.slice(0, f.indexOf('_')))).size, files.length);
    const dir = mkdtempSync(join(tmpdir(), 'credit-kit-migrations-'));
    try {
      for (const name of ['001_a.sql', '002_b.sql', '002_c.sql']) writeFileSync(join(dir, name), 'select 1;');
      await assert.rejects(migrationFiles(dir), /002_b\.sql and 002_c\.sql have the same number/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a database migrated under the former names as it is: renames its records, runs nothing again', async () => {
    const database = await testDatabase();
    const db = await openDb(database.options);
    try {
      assert.deepEqual(await migrate(db), await migrationFiles());
      // As a database made before the renumbering recorded them.
      for (const [former, name] of Object.entries(formerNames))
        await db.query('update migrations set name = $1 where name = $2', [former, name]);
      assert.deepEqual(await migrate(db), []);
      const { rows } = await db.query<{ name: string }>('select name from migrations order by name');
      assert.deepEqual(
        rows.map((r) => r.name),
        await migrationFiles(),
      );
    } finally {
      await db.close();
      await database.dispose();
    }
  });
});
