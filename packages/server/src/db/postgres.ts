import pg from 'pg';
import { typeParsers, type Db, type Queryable } from './db.js';

const types = {
  getTypeParser: (oid: number, format?: string) =>
    typeParsers[oid] ?? (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format),
} as pg.CustomTypesConfig;

/** PostgreSQL through a pg Pool; LISTEN holds one dedicated client. */
/**
 * The connection string with `TimeZone=UTC` among its startup options (beside any it has, such as a
 * search_path): every connection starts in UTC, with no extra query racing the first one on a client.
 */
export function inUtc(connectionString: string): string {
  const url = new URL(connectionString);
  const options = url.searchParams.get('options');
  url.searchParams.set('options', `${options ? `${options} ` : ''}-c TimeZone=UTC`);
  return url.toString();
}

export async function openPostgres(connectionString: string): Promise<Db> {
  connectionString = inUtc(connectionString);
  const pool = new pg.Pool({ connectionString, types, max: Number(process.env.CREDIT_PG_POOL ?? 10) });
  await pool.query('select 1');
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();

  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    exec: async (sql) => {
      await q.query(sql);
    },
    // Queryable's `query<T>`: the caller names the row type of its SQL.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const result = await q.query(sql, params as unknown[]);
      return { rows: result.rows as T[] };
    },
  });

  return {
    kind: 'postgres',
    ...asQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(asQueryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      if (!listener) {
        listener = new pg.Client({ connectionString, types });
        await listener.connect();
        listener.on('notification', (n) => handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
      }
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await listener.query(`listen "${channel.replaceAll('"', '')}"`);
      }
      set.add(onPayload);
      return () => {
        set.delete(onPayload);
        return Promise.resolve();
      };
    },
    async close() {
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
