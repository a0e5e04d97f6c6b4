import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { defaultPolicy, type Policy } from '@credit-kit/contract';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { KeyStore } from './auth/keys.js';
import { systemClock, type Clock } from './clock.js';
import type { AppEnv, Deps, Logger } from './context.js';
import { openDb, type Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { AuditCheckpoints } from './domain/audit.js';
import { ReceiptSigner } from './domain/receipts.js';
import { StatusService } from './domain/statuses.js';
import { IdempotencyStore } from './http/idempotency.js';
import { defaultAuthFailureLimit, RateLimiter, rateLimitFromEnv, type RateLimitOptions } from './http/rate-limit.js';
import { policyFromEnv } from './policy-file.js';
import { seedDemo, type DemoFixtures } from './seed/demo.js';

export { createApp } from './app.js';
export type { Db } from './db/db.js';
export type { Deps, Principal } from './context.js';
export type { DemoFixtures } from './seed/demo.js';
export { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from './seed/demo.js';
export { auditReport, verifyAudit } from './domain/audit.js';
export { loadPolicyFile, PolicyFileError } from './policy-file.js';

export interface ServerOptions {
  /** 0 picks a free port. Default `PORT` or 8787. */
  port?: number;
  /** Default `HOST` or 127.0.0.1 (the demo keys are public constants; expose deliberately). */
  host?: string;
  /** `postgres://…` uses PostgreSQL; anything else PGlite. Default `DATABASE_URL`. */
  databaseUrl?: string;
  /** PGlite folder, or `memory://` for an in-memory database. Default `CREDIT_DATA_DIR` or `./.data`. */
  dataDir?: string;
  seed?: 'demo' | 'none';
  /** The region's policy; default the JSON file named by `CREDIT_POLICY`, else `defaultPolicy`. */
  policy?: Policy;
  /** One JSON object per request; false for silence. Default: JSON lines on stdout. */
  logger?: false | Logger;
  /** A folder served at `/` (the example portal). */
  staticRoot?: string;
  /**
   * The portal page that checks a credit report, with `{number}` in it; what a report's QR code opens.
   * Default `CREDIT_REPORT_VERIFY_URL`, else `/verify-report.html?number={number}` on the API's own origin.
   */
  reportVerifyUrl?: string;
  /** Requests per window per key and client address; false disables. Default `CREDIT_RATE_LIMIT` or 1,200 a minute. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Failed authentications per window per client address, refused before any key lookup; false disables.
   * Default `CREDIT_AUTH_FAILURE_LIMIT` or 20 a minute.
   */
  authFailureLimit?: RateLimitOptions | false;
  clock?: Clock;
  trustProxy?: boolean;
  /**
   * Migrate the schema and purge expired idempotency records before serving (default true). False when
   * another process has just done so: `credit-kit serve` prepares once in its primary process and starts
   * its workers with false, so they do not all run the migrations.
   */
  prepare?: boolean;
  /** The worker number under `credit-kit serve --workers N`: sent as `X-Credit-Worker` on every response. */
  worker?: number;
  /** A file every signed audit checkpoint is appended to (JSON lines). Default `CREDIT_CHECKPOINT_FILE`. */
  checkpointFile?: string;
  /** How often a running server signs a checkpoint while the chain grows. Default `CREDIT_CHECKPOINT_SECONDS` or 60 s. */
  checkpointIntervalMs?: number;
}

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

const stdoutLogger: Logger = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Opens the database, runs migrations, loads the receipt key and seeds: everything `createApp` needs. */
export async function createDeps(options: ServerOptions = {}): Promise<{ deps: Deps; demo?: DemoFixtures }> {
  const db = await openDb({
    databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL,
    dataDir: options.dataDir ?? process.env.CREDIT_DATA_DIR ?? './.data',
  });
  try {
    if (options.prepare !== false) await migrate(db);
    const clock = options.clock ?? systemClock;
    const now = () => clock.now().getTime();
    const policy = options.policy ?? policyFromEnv() ?? defaultPolicy;
    const rateLimit = options.rateLimit ?? rateLimitFromEnv(process.env.CREDIT_RATE_LIMIT);
    const authFailureLimit =
      options.authFailureLimit ??
      rateLimitFromEnv(process.env.CREDIT_AUTH_FAILURE_LIMIT, defaultAuthFailureLimit, 'CREDIT_AUTH_FAILURE_LIMIT');
    const statuses = new StatusService(db, policy, clock);
    await statuses.start();
    const receipts = await ReceiptSigner.load(db);
    const log = options.logger === false ? null : (options.logger ?? stdoutLogger);
    const checkpointFile = options.checkpointFile ?? process.env.CREDIT_CHECKPOINT_FILE;
    const checkpoints = new AuditCheckpoints(db, receipts, {
      ...(checkpointFile ? { file: checkpointFile } : {}),
      onError: (error) =>
        log?.({ time: new Date().toISOString(), level: 'error', msg: 'audit checkpoint', error: String(error) }),
    });
    const deps: Deps = {
      db,
      policy,
      clock,
      keys: new KeyStore(db, clock),
      statuses,
      receipts,
      checkpoints,
      rateLimiter: rateLimit ? new RateLimiter(rateLimit, now) : null,
      authFailureLimiter: authFailureLimit ? new RateLimiter(authFailureLimit, now) : null,
      log,
      version,
      staticRoot: options.staticRoot,
      reportVerifyUrl: options.reportVerifyUrl ?? process.env.CREDIT_REPORT_VERIFY_URL,
      trustProxy: options.trustProxy ?? process.env.CREDIT_TRUST_PROXY === '1',
      ...(options.worker === undefined ? {} : { worker: options.worker }),
    };
    if (options.prepare !== false) await new IdempotencyStore(db).purgeExpired();
    const demo = options.seed === 'demo' ? await seedDemo(deps) : undefined;
    return { deps, demo };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export interface RunningServer {
  url: string;
  port: number;
  app: Hono<AppEnv>;
  db: Db;
  deps: Deps;
  demo?: DemoFixtures;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `drainMs` (default 0: every
   * connection is closed at once), then closes the database.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/** The URL a client uses for a server listening on `host` and `port`. */
export function serverUrl(host: string, port: number): string {
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${urlHost}:${port}`;
}

/** Starts the API on a port: the whole server in one call. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { deps, demo } = await createDeps(options);
  const app = createApp(deps);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port: options.port ?? Number(process.env.PORT ?? 8787), hostname: host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await deps.statuses.stop();
    await deps.db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  deps.checkpoints.start(options.checkpointIntervalMs ?? Number(process.env.CREDIT_CHECKPOINT_SECONDS ?? 60) * 1000);
  const http = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
  return {
    url: serverUrl(host, port),
    port,
    app,
    db: deps.db,
    deps,
    ...(demo ? { demo } : {}),
    async close({ drainMs = 0 } = {}) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (drainMs <= 0) {
          http.closeAllConnections?.();
          return;
        }
        // Keep-alive connections close as soon as they are idle; whatever still runs after drainMs is cut.
        http.closeIdleConnections?.();
        const idle = setInterval(() => http.closeIdleConnections?.(), 100);
        const cut = setTimeout(() => http.closeAllConnections?.(), drainMs);
        server.once('close', () => {
          clearInterval(idle);
          clearTimeout(cut);
        });
      });
      await deps.checkpoints.stop();
      await deps.statuses.stop();
      await deps.db.close();
    },
  };
}
