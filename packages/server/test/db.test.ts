import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDb, type Db } from '../src/db/db.js';

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
    assert.deepEqual(rows.map((r) => r.id), [1]);
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
    const error = await db.query('insert into t values (1, $1)', ['duplicate']).catch((e: Error & { code?: string }) => e);
    assert.ok(error instanceof Error);
    assert.equal((error as Error & { code?: string }).code, '23505');
  });

  it('delivers notifications', async () => {
    const got = new Promise<string>((resolve) => void db.listen('ch', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.query(`select pg_notify('ch', 'hello')`);
    assert.equal(await got, 'hello');
  });
});
