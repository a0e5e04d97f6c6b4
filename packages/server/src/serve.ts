// `credit-kit serve`: the API in production, in one process or in several that share the port.
//
// With `workers: 1` the server runs in this process. With more, this process becomes the primary of a
// node:cluster: it migrates the schema (and seeds the demo when asked) once, then forks the workers,
// which re-run the same command line, skip the preparation and listen on the shared port. The primary
// restarts a worker that dies and, on SIGTERM or SIGINT, lets every worker finish its requests in flight.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Policy } from '@credit-kit/contract';
import type { Logger } from './context.js';
import { isPostgresUrl } from './db/db.js';
import { createDeps, serverUrl, startServer } from './index.js';

export interface ServeOptions {
  /** Default `PORT` or 8787; 0 picks a free port (shared by every worker). */
  port?: number;
  /** Default `HOST` or 127.0.0.1. */
  host?: string;
  /** Processes serving the API; more than 1 needs PostgreSQL. */
  workers: number;
  seed?: 'demo' | 'none';
  /** The region's policy (`--policy FILE`); default CREDIT_POLICY's file, else the defaults. */
  policy?: Policy;
  /** One JSON line per request (default true); lifecycle lines are written either way. */
  requestLog?: boolean;
  /** How long a stopping worker waits for requests in flight. Default 10 s. */
  drainMs?: number;
  /** Where the JSON lines go. Default stdout. */
  log?: Logger;
}

/** A configuration `serve` refuses before it opens anything. */
export class ServeConfigError extends Error {}

/** `auto` → one worker per core (`os.availableParallelism()`); otherwise a whole number ≥ 1. */
export function parseWorkers(value: string): number {
  if (value === 'auto') return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new RangeError(`--workers must be a whole number ≥ 1 or auto, not ${value}`);
  return Number(value);
}

/** Refuses several workers on the embedded database: PGlite lives inside one process. */
export function checkWorkers(workers: number, databaseUrl = process.env.DATABASE_URL): void {
  if (workers > 1 && !isPostgresUrl(databaseUrl)) {
    throw new ServeConfigError(
      `--workers ${workers} needs PostgreSQL: set DATABASE_URL=postgres://… (the embedded PGlite database serves one process only; use --workers 1)`,
    );
  }
}

const WORKER_ENV = 'CREDIT_WORKER';
const stdoutJson: Logger = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Serves until SIGTERM or SIGINT; returns the exit code. In a cluster worker, exits the process itself. */
export async function serveApi(options: ServeOptions): Promise<number> {
  const write = options.log ?? stdoutJson;
  const log = (level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}) =>
    write({ time: new Date().toISOString(), level, msg, ...fields });
  const requestLogger = options.requestLog === false ? false : write;
  const drainMs = options.drainMs ?? 10_000;

  if (cluster.isWorker) {
    const worker = Number(process.env[WORKER_ENV] ?? cluster.worker?.id);
    let server;
    try {
      server = await startServer({
        port: options.port,
        host: options.host,
        seed: 'none',
        prepare: false,
        ...(options.policy ? { policy: options.policy } : {}),
        worker,
        logger: requestLogger,
      });
    } catch (error) {
      log('error', 'worker could not start', { worker, pid: process.pid, error: (error as Error).message });
      process.exit(1);
    }
    // Ctrl+C reaches the workers directly, and the primary then sends SIGTERM too: one is enough.
    await nextSignal();
    await server.close({ drainMs });
    process.exit(0);
  }

  checkWorkers(options.workers);

  if (options.workers === 1) {
    const server = await startServer({
      port: options.port,
      host: options.host,
      seed: options.seed ?? 'none',
      logger: requestLogger,
      ...(options.policy ? { policy: options.policy } : {}),
    });
    if (server.demo)
      log('info', 'demo data loaded', { publishableKey: server.demo.publishableKey, secretKey: server.demo.secretKey });
    log('info', 'listening', { url: server.url, workers: 1, database: server.deps.db.kind, pid: process.pid });
    const signal = await nextSignal();
    log('info', 'stopping', { signal });
    await server.close({ drainMs });
    log('info', 'stopped');
    return 0;
  }

  return runPrimary(
    options.workers,
    options.seed ?? 'none',
    options.policy,
    options.host ?? process.env.HOST ?? '127.0.0.1',
    drainMs,
    log,
  );
}

/** Prepares the database once, forks the workers, restarts the ones that die, stops them all on a signal. */
async function runPrimary(
  count: number,
  seed: 'demo' | 'none',
  policy: Policy | undefined,
  host: string,
  drainMs: number,
  log: (level: 'info' | 'error', msg: string, fields?: Record<string, unknown>) => void,
): Promise<number> {
  const { deps, demo } = await createDeps({ seed, logger: false, ...(policy ? { policy } : {}) });
  const database = deps.db.kind;
  await deps.statuses.stop();
  await deps.db.close();
  if (demo) log('info', 'demo data loaded', { publishableKey: demo.publishableKey, secretKey: demo.secretKey });

  const workers = new Map<number, { index: number; worker: Worker; listening: boolean }>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const fork = (index: number) => {
    const worker = cluster.fork({ [WORKER_ENV]: String(index) });
    workers.set(worker.id, { index, worker, listening: false });
    log('info', 'worker started', { worker: index, pid: worker.process.pid });
  };

  const stop = (code: number, reason: Record<string, unknown>) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    log(code === 0 ? 'info' : 'error', 'stopping', { ...reason, workers: workers.size });
    if (workers.size === 0) {
      finish(exitCode);
      return;
    }
    for (const { worker } of workers.values()) worker.process.kill('SIGTERM');
    // A worker that does not finish within its drain time (and a margin) is killed.
    setTimeout(() => {
      for (const { worker } of workers.values()) worker.process.kill('SIGKILL');
    }, drainMs + 5_000).unref();
  };

  cluster.on('listening', (worker, address) => {
    const entry = workers.get(worker.id);
    if (!entry) return;
    entry.listening = true;
    log('info', 'worker listening', { worker: entry.index, pid: worker.process.pid });
    if (!announced && [...workers.values()].every((w) => w.listening)) {
      announced = true;
      log('info', 'listening', { url: serverUrl(host, address.port), workers: count, database, pid: process.pid });
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const entry = workers.get(worker.id);
    workers.delete(worker.id);
    if (!entry) return;
    if (stopping) {
      if (workers.size === 0) finish(exitCode);
      return;
    }
    log('error', 'worker exited', { worker: entry.index, pid: worker.process.pid, code, signal });
    // A worker that never listened failed to start (port taken, database unreachable): restarting it
    // would only fail again, so the whole server stops and its supervisor decides.
    if (!entry.listening) {
      stop(1, { reason: `worker ${entry.index} failed to start` });
      return;
    }
    fork(entry.index);
  });

  for (let i = 1; i <= count; i++) fork(i);
  void nextSignal().then((signal) => stop(0, { signal }));
  const code = await finished;
  log(code === 0 ? 'info' : 'error', 'stopped', { code });
  return code;
}

/**
 * Resolves with the first SIGTERM or SIGINT and ignores later ones: Ctrl+C reaches every process of the
 * group, and wrappers (npm, timeout) forward it once more, so a repeat is no reason to skip the drain.
 */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.on('SIGTERM', resolve);
    process.on('SIGINT', resolve);
  });
}
