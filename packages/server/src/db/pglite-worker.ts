// PGlite on a worker thread. PGlite runs PostgreSQL in WASM on the thread that calls it; in the
// server's own thread every query's work would queue behind HTTP handling, receipt signing and JSON,
// and the other way round. On a thread of its own the database and the requests use a core each.
import { Worker } from 'node:worker_threads';
import type { Db, Queryable } from './db.js';
import type { Reply, Request } from './pglite-thread.js';

type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

const fromSources = import.meta.url.endsWith('.ts');
const threadUrl = new URL(fromSources ? './pglite-thread.ts' : './pglite-thread.js', import.meta.url);

/** The thread, from the build; from the sources it registers the TypeScript loader first (a worker's entry is loaded before `--import`). */
function startThread(dataDir: string): Worker {
  if (!fromSources) return new Worker(threadUrl, { workerData: { dataDir } });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(threadUrl.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: { dataDir } });
}

export async function openPgliteWorker(dataDir: string): Promise<Db> {
  const worker = startThread(dataDir);
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, (payload: string) => void>();
  let lastId = 0;
  let failed: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => waiting.set(0, { resolve: () => resolve(), reject }));
  worker.on('message', (m: Reply) => {
    if ('notify' in m) return listeners.get(m.notify)?.(m.payload);
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if ('error' in m) w?.reject(Object.assign(new Error(m.error.message), m.error.fields));
    else w?.resolve(m.result);
  });
  worker.on('error', (error) => {
    failed = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  await ready;

  const call = <T>(message: Call): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failed) {
        reject(failed);
        return;
      }
      const id = ++lastId;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  const queryable = (tx?: number): Queryable => ({
    // Queryable's `query<T>`: the caller names the row type of its SQL.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
    query: async <T>(sql: string, params: readonly unknown[] = []) => ({
      rows: await call<T[]>({ op: 'query', sql, params, ...(tx ? { tx } : {}) }),
    }),
    exec: async (sql) => {
      await call({ op: 'exec', sql, ...(tx ? { tx } : {}) });
    },
  });

  return {
    kind: 'pglite',
    ...queryable(),
    async transaction(fn) {
      const tx = await call<number>({ op: 'begin' });
      let result;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await call({ op: 'rollback', tx });
        throw error;
      }
      await call({ op: 'commit', tx });
      return result;
    },
    async listen(channel, onPayload) {
      listeners.set(channel, onPayload);
      await call({ op: 'listen', channel });
      return async () => {
        listeners.delete(channel);
        await call({ op: 'unlisten', channel });
      };
    },
    async close() {
      await call({ op: 'close' });
      await worker.terminate();
    },
  };
}
