import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { typeParsers, type Db, type Queryable } from './db.js';

/** Embedded PostgreSQL in WASM; `memory://` keeps the data in memory. */
export async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { parsers: typeParsers });
  await pg.exec(`set time zone 'UTC'`);
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    exec: async (sql) => {
      await q.exec(sql);
    },
    // Queryable's `query<T>`: the caller names the row type of its SQL.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const result = await q.query<T>(sql, params as unknown[]);
      return { rows: result.rows };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    listen: async (channel, onPayload) => pg.listen(channel, onPayload),
    close: () => pg.close(),
  };
}
