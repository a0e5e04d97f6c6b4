import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { KeyStore } from './auth/keys.js';
import { systemClock } from './clock.js';
import { openDb, type Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import {
  audit,
  AuditCheckpoints,
  auditReport,
  describeReport,
  parseCheckpointFile,
  storedCheckpoints,
} from './domain/audit.js';
import { ReceiptSigner } from './domain/receipts.js';
import { createDeps } from './index.js';
import { loadPolicyFile, PolicyFileError, policyFromEnv } from './policy-file.js';
import { parseWorkers, serveApi } from './serve.js';
import type { Policy } from '@credit-kit/contract';

const USAGE = `credit-kit — the credit-kit server and its admin commands (database from DATABASE_URL or CREDIT_DATA_DIR, default ./.data)

  credit-kit serve [--port PORT] [--host HOST] [--workers N|auto] [--seed demo] [--policy FILE] [--quiet]
                                       serve the API until SIGTERM or SIGINT; port default PORT or 8787,
                                       host default HOST or 127.0.0.1, workers default CREDIT_WORKERS or 1
                                       (auto: one per core; more than 1 needs PostgreSQL in DATABASE_URL);
                                       --seed demo loads the demo data first; --quiet: no request log lines;
                                       --policy FILE (or CREDIT_POLICY): the region's policy as JSON, the
                                       fields it changes from the defaults (periods, deadlines, measures),
                                       checked before serving, each bad field named
  credit-kit keys create --kind publishable|secret --name NAME [--origin ORIGIN ...]
                       [--authority AUTHORITY] [--grant AUTHORITY ...]
                                       a secret key acts for one authority (认定部门; default its name)
                                       and for those that delegated to it (--grant, repeatable)
  credit-kit keys list
  credit-kit keys revoke KEY_ID
  credit-kit audit verify [--checkpoint FILE ...]
                                       recompute every hash of the audit chain and check it against the
                                       signed checkpoints in the database and in each FILE (JSON lines,
                                       as published to CREDIT_CHECKPOINT_FILE or GET /v1/audit/checkpoint)
  credit-kit audit checkpoint [--out FILE]
                                       sign a checkpoint of the chain now; print it, or append it to FILE
  credit-kit seed                      load the demo data (idempotent)
`;

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.CREDIT_DATA_DIR ?? './.data' });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Runs one command; returns the process exit code. */
export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      authority: { type: 'string' },
      grant: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      workers: { type: 'string' },
      seed: { type: 'string' },
      policy: { type: 'string' },
      quiet: { type: 'boolean' },
      checkpoint: { type: 'string', multiple: true },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [group, command, arg] = positionals;
  const actor = 'cli';

  if (values.help || !group) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  if (group === 'serve') {
    if (command) throw new UsageError(`serve takes no argument: ${command}`);
    let workers: number;
    try {
      workers = parseWorkers(values.workers ?? process.env.CREDIT_WORKERS ?? '1');
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535))
      throw new UsageError(`--port must be a port number, not ${values.port}`);
    if (values.seed !== undefined && values.seed !== 'demo' && values.seed !== 'none')
      throw new UsageError('--seed must be demo or none');
    let policy: Policy | undefined;
    try {
      policy = values.policy ? loadPolicyFile(values.policy) : policyFromEnv();
    } catch (error) {
      if (error instanceof PolicyFileError) throw new UsageError(error.message);
      throw error;
    }
    return serveApi({
      workers,
      port,
      host: values.host,
      seed: values.seed,
      requestLog: !values.quiet,
      ...(policy ? { policy } : {}),
    });
  }
  if (group === 'keys' && command === 'create') {
    if (values.kind !== 'publishable' && values.kind !== 'secret')
      throw new UsageError('--kind must be publishable or secret');
    if (!values.name) throw new UsageError('--name is required');
    const kind = values.kind;
    const name = values.name;
    if (kind === 'publishable' && (values.authority || values.grant))
      throw new UsageError('--authority and --grant are for secret keys');
    const authority = kind === 'secret' ? (values.authority ?? name) : undefined;
    const grants = values.grant ?? [];
    return withDb(async (db) => {
      const { key, token } = await db.transaction(async (tx) => {
        const created = await new KeyStore(db, systemClock).create(
          { kind, name, origins: values.origin ?? [], ...(authority ? { authority, grants } : {}) },
          tx,
        );
        await audit(tx, {
          actor,
          action: 'key.create',
          entity: 'api_key',
          entityId: created.key.id,
          data: { kind, name, origins: created.key.origins, authority: created.key.authority, grants },
        });
        return created;
      });
      out(
        `created ${key.kind} key ${key.id} (${key.name})${key.origins.length ? ` for ${key.origins.join(', ')}` : ''}${
          key.authority ? ` acting for ${[key.authority, ...key.grants].join(', ')}` : ''
        }`,
      );
      out(`token (shown once, stored only as a hash): ${token}`);
      return 0;
    });
  }
  if (group === 'keys' && command === 'list') {
    return withDb(async (db) => {
      for (const k of await new KeyStore(db, systemClock).list()) {
        out(
          [
            k.id,
            k.kind,
            `${k.prefix}…`,
            k.revokedAt ? `revoked ${k.revokedAt}` : 'active',
            k.name,
            k.authority ? [k.authority, ...k.grants].join(' ') : k.origins.join(' '),
          ].join('\t'),
        );
      }
      return 0;
    });
  }
  if (group === 'keys' && command === 'revoke') {
    if (!arg) throw new UsageError('keys revoke needs a key id');
    return withDb(async (db) => {
      const key = await db.transaction(async (tx) => {
        const revoked = await new KeyStore(db, systemClock).revoke(arg, tx);
        if (revoked) await audit(tx, { actor, action: 'key.revoke', entity: 'api_key', entityId: arg });
        return revoked;
      });
      out(key ? `revoked ${key.id} at ${key.revokedAt}` : `no key ${arg}`);
      return key ? 0 : 1;
    });
  }
  if (group === 'audit' && command === 'verify') {
    const files = await Promise.all(
      (values.checkpoint ?? []).map(async (file) => ({ file, text: await readFile(file, 'utf8') })),
    );
    return withDb(async (db) => {
      const signer = await ReceiptSigner.load(db);
      const checkpoints = [
        ...(await storedCheckpoints(db)).map((checkpoint) => ({ source: 'table', checkpoint })),
        ...files.flatMap(({ file, text }) =>
          parseCheckpointFile(text).map((checkpoint) => ({ source: file, checkpoint })),
        ),
      ];
      const report = await auditReport(db, signer, checkpoints);
      for (const line of describeReport(report)) out(line);
      return report.ok ? 0 : 1;
    });
  }
  if (group === 'audit' && command === 'checkpoint') {
    return withDb(async (db) => {
      const checkpoints = new AuditCheckpoints(
        db,
        await ReceiptSigner.load(db),
        values.out ? { file: values.out } : {},
      );
      const checkpoint = await checkpoints.create();
      if (!checkpoint) {
        out('the audit chain is empty: nothing to sign');
        return 1;
      }
      out(values.out ? `checkpoint of ${checkpoint.rows} rows appended to ${values.out}` : JSON.stringify(checkpoint));
      return 0;
    });
  }
  if (group === 'seed') {
    const { deps, demo } = await createDeps({ seed: 'demo', logger: false });
    await deps.db.close();
    if (!demo) throw new Error('the demo seed returned no keys');
    out(
      `demo data loaded; publishable key ${demo.publishableKey} (origins http://localhost:*, http://127.0.0.1:*), secret key ${demo.secretKey}`,
    );
    return 0;
  }
  throw new UsageError(`unknown command: ${positionals.join(' ')}`);
}

export class UsageError extends Error {}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await runCli(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error((error as Error).message);
      process.exitCode = 1;
    }
  }
}

/** Whether this module is the program itself (`node --import tsx packages/server/src/cli.ts …` in a source checkout). */
function isEntry(): boolean {
  try {
    return !!process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntry()) await main();
