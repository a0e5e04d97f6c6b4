// The PGlite worker: owns the embedded database on its own thread and answers pglite-worker.ts's
// messages. Transactions stay open across messages: `begin` starts PGlite's transaction and keeps it
// until `commit` or `rollback` arrives, so other queries queue behind it as they would in one thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Queryable } from './db.js';
import { openPglite } from './pglite.js';

export type Request =
  | { id: number; op: 'query'; sql: string; params: readonly unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' | 'close' }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'listen' | 'unlisten'; channel: string };

export type Reply =
  | { id: number; result: unknown }
  | { id: number; error: { message: string; fields: Record<string, unknown> } }
  | { notify: string; payload: string };

if (!parentPort) throw new Error('pglite-thread.ts runs as a worker thread');
const port = parentPort;
const db = await openPglite((workerData as { dataDir: string }).dataDir);
const open = new Map<number, { q: Queryable; done: Promise<unknown>; end: (commit: boolean) => void }>();
const rolledBack = new Error('rolled back');
const unlisteners = new Map<string, () => Promise<void>>();
let lastTx = 0;

const reply = (message: Reply) => port.postMessage(message);

/** An open transaction by id; the parent only names ones it began. */
function transaction(id: number) {
  const t = open.get(id);
  if (!t) throw new Error(`no open transaction ${id}`);
  return t;
}

async function handle(m: Request): Promise<unknown> {
  switch (m.op) {
    case 'query':
      return (await (m.tx ? transaction(m.tx).q : db).query(m.sql, m.params)).rows;
    case 'exec':
      return (m.tx ? transaction(m.tx).q : db).exec(m.sql);
    case 'begin': {
      const tx = ++lastTx;
      await new Promise<void>((started) => {
        const done = db.transaction(
          (q) =>
            new Promise<void>((resolve, reject) => {
              open.set(tx, { q, done, end: (commit) => (commit ? resolve() : reject(rolledBack)) });
              started();
            }),
        );
        done.catch(() => undefined); // observed by commit or rollback
      });
      return tx;
    }
    case 'commit':
    case 'rollback': {
      const t = transaction(m.tx);
      open.delete(m.tx);
      t.end(m.op === 'commit');
      if (m.op === 'commit') await t.done;
      else
        await t.done.catch((e: unknown) => {
          if (e !== rolledBack) throw e;
        });
      return null;
    }
    case 'listen':
      unlisteners.set(m.channel, await db.listen(m.channel, (payload) => reply({ notify: m.channel, payload })));
      return null;
    case 'unlisten':
      await unlisteners.get(m.channel)?.();
      unlisteners.delete(m.channel);
      return null;
    case 'close':
      await db.close();
      return null;
  }
}

port.on('message', (m: Request) => {
  handle(m).then(
    (result) => reply({ id: m.id, result }),
    (error: unknown) =>
      reply({
        id: m.id,
        error: {
          message: error instanceof Error ? error.message : String(error),
          fields: Object.fromEntries(
            Object.entries(error as object).filter(([, v]) => typeof v !== 'function' && typeof v !== 'object'),
          ),
        },
      }),
  );
});
port.postMessage({ id: 0, result: 'ready' } satisfies Reply);
