import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { makeUscc } from '@credit-kit/contract';
import { runCli, UsageError } from '../src/cli.js';
import { createDeps, DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from '../src/index.js';
import { demoTemplateId } from '../src/seed/templates.js';
import { checkWorkers, parseWorkers } from '../src/serve.js';
import { PORTAL_ORIGIN, testDatabase } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cliSource = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Runs `fn` with DATABASE_URL set to `url` (or unset), restoring it afterwards. */
async function withDatabaseUrl<T>(url: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.DATABASE_URL;
  if (url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = url;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

describe('credit-kit serve: its options', () => {
  it('refuses several workers on the embedded database, naming DATABASE_URL, before opening anything', async () => {
    const error = await withDatabaseUrl(undefined, () =>
      runCli(['serve', '--workers', '2'], () => undefined).catch((e: Error) => e),
    );
    assert.ok(error instanceof Error, 'refused');
    assert.match(error.message, /^--workers 2 needs PostgreSQL: set DATABASE_URL=postgres:\/\//);
    assert.ok(!error.message.includes('\n'), 'one line');
    assert.throws(() => checkWorkers(3, 'file:./.data'), /DATABASE_URL/);
    assert.doesNotThrow(() => checkWorkers(1, undefined));
    assert.doesNotThrow(() => checkWorkers(4, 'postgres://db.example/credit'));
  });

  it('reads --workers as a count or auto, and refuses anything else as a usage error', async () => {
    assert.equal(parseWorkers('3'), 3);
    assert.ok(parseWorkers('auto') >= 1);
    for (const bad of ['0', '-1', '1.5', 'many']) assert.throws(() => parseWorkers(bad), /--workers must be/);
    const usage = await runCli(['serve', '--workers', 'many'], () => undefined).catch((e: Error) => e);
    assert.ok(usage instanceof UsageError);
    const port = await runCli(['serve', '--port', 'http'], () => undefined).catch((e: Error) => e);
    assert.match((port as Error).message, /--port must be a port number/);
  });

  it('lets a worker skip the preparation: without it, a fresh database has no tables', async () => {
    await assert.rejects(createDeps({ dataDir: 'memory://', prepare: false, logger: false }), /does not exist/);
  });

  it('lists serve in its usage text', async () => {
    const out: string[] = [];
    assert.equal(await runCli(['--help'], (l) => out.push(l)), 0);
    assert.match(out.join('\n'), /credit-kit serve \[--port PORT\] \[--host HOST\] \[--workers N\|auto\]/);
  });
});

interface Reply {
  status: number;
  worker: string | undefined;
  body: any; // eslint-disable-line -- parsed JSON, checked field by field
}

/** One request on a connection of its own, so the cluster hands it to the next worker in turn. */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      new URL(path, base),
      { method, agent: false, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            worker: res.headers['x-credit-worker'] as string | undefined,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The JSON lines a server child process writes, and a way to wait for one. */
class Lines {
  readonly all: Record<string, unknown>[] = [];
  private waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
    reject: (e: Error) => void;
  }[] = [];
  private ended: Error | undefined;

  constructor(child: ChildProcess) {
    let buffer = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!text.startsWith('{')) continue;
        const line = JSON.parse(text) as Record<string, unknown>;
        this.all.push(line);
        this.waiters = this.waiters.filter((w) => (w.match(line) ? (w.resolve(line), false) : true));
      }
    });
    child.once('exit', (code, signal) => {
      this.ended = new Error(`the server exited (code ${code}, signal ${signal}) while a line was awaited`);
      for (const w of this.waiters) w.reject(this.ended);
      this.waiters = [];
    });
  }

  /** The first line (already written or still to come) that matches. */
  next(match: (l: Record<string, unknown>) => boolean, from = 0): Promise<Record<string, unknown>> {
    const seen = this.all.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => this.waiters.push({ match, resolve, reject }));
  }
}

describe(
  'credit-kit serve --workers 2 on PostgreSQL',
  { skip: !process.env.CREDIT_TEST_DATABASE_URL && 'needs CREDIT_TEST_DATABASE_URL', timeout: 120_000 },
  () => {
    let db: Awaited<ReturnType<typeof testDatabase>>;
    let child: ChildProcess;
    let lines: Lines;
    let stderr = '';
    let url: string;
    const exited = () =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          resolve({ code: child.exitCode, signal: child.signalCode });
        else child.once('exit', (code, signal) => resolve({ code, signal }));
      });

    /** Sends on fresh connections until `worker` answers (the cluster hands connections out in turn). */
    async function through(
      worker: string,
      method: string,
      path: string,
      headers?: Record<string, string>,
      body?: unknown,
    ): Promise<Reply> {
      for (let i = 0; i < 50; i++) {
        const reply = await send(url, method, path, headers, body);
        if (reply.worker === worker) return reply;
      }
      throw new Error(`worker ${worker} never answered ${method} ${path}`);
    }

    before(async () => {
      db = await testDatabase();
      child = spawn(
        process.execPath,
        [
          '--conditions=source',
          '--import',
          'tsx',
          cliSource,
          'serve',
          '--workers',
          '2',
          '--port',
          '0',
          '--seed',
          'demo',
          '--quiet',
        ],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: db.options.databaseUrl, CREDIT_RATE_LIMIT: 'off' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      lines = new Lines(child);
      const listening = await lines
        .next((l) => l.msg === 'listening')
        .catch((e: Error) => assert.fail(`${e.message}\n${stderr}`));
      assert.equal(listening.workers, 2);
      assert.equal(listening.database, 'postgres');
      url = listening.url as string;
    });

    after(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited();
      }
      await db.dispose();
    });

    it('answers through two worker processes', async () => {
      const started = lines.all.filter((l) => l.msg === 'worker started');
      assert.deepEqual(started.map((l) => l.worker).sort(), [1, 2]);
      assert.notEqual(started[0]!.pid, started[1]!.pid);
      const seen = new Set<string>();
      for (let i = 0; i < 20 && seen.size < 2; i++) {
        const health = await send(url, 'GET', '/healthz');
        assert.equal(health.status, 200);
        assert.equal(health.body.database, 'postgres');
        seen.add(health.worker!);
      }
      assert.deepEqual([...seen].sort(), ['1', '2']);
    });

    it('shows a write through one worker in a read through the other (status cache invalidation)', async () => {
      const sk = { authorization: `Bearer ${DEMO_SECRET_KEY}` };
      const code = makeUscc({ areaCode: '330100', organisationBody: 'WK000001' });
      const name = '杭州多进程测试有限公司';
      const session = await send(url, 'POST', '/v1/subject-sessions', sk, { subjectCode: code, subjectName: name });
      assert.equal(session.status, 201, JSON.stringify(session.body));
      const template = await send(url, 'GET', `/v1/commitment-templates/${demoTemplateId('voluntary')}`, {
        authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`,
        origin: PORTAL_ORIGIN,
      });
      assert.equal(template.status, 200);

      // Both workers compute the status once and keep it in their caches.
      const before1 = await through('1', 'GET', `/v1/subjects/${code}/status`, sk);
      const before2 = await through('2', 'GET', `/v1/subjects/${code}/status`, sk);
      assert.equal(before1.body.activeCommitments, 0);
      assert.equal(before2.body.activeCommitments, 0);

      // The write goes to whichever worker takes the connection; the read then goes to the other one.
      const signed = await send(
        url,
        'POST',
        '/v1/commitments',
        { authorization: `Bearer ${session.body.token}` },
        {
          templateId: template.body.id,
          committer: { kind: 'organisation', code, name, contactPhone: '0571-85512345' },
          signerName: '李明',
          agreedTextHash: template.body.textHash,
          confirmations: { read: true, truthful: true },
        },
      );
      assert.equal(signed.status, 201, JSON.stringify(signed.body));
      const other = signed.worker === '1' ? '2' : '1';

      // The other worker learns of the write by NOTIFY, which arrives a moment after the response; without
      // it, its cached status (kept for a minute) would still say 0.
      let active = 0;
      for (let i = 0; i < 100 && active === 0; i++) {
        active = (await through(other, 'GET', `/v1/subjects/${code}/status`, sk)).body.activeCommitments;
        if (active === 0) await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal(active, 1);
    });

    it('restarts a worker that dies, and logs it', async () => {
      const from = lines.all.length;
      const victim = lines.all.find((l) => l.msg === 'worker started' && l.worker === 2)!;
      process.kill(victim.pid as number, 'SIGKILL');
      const exit = await lines.next((l) => l.msg === 'worker exited' && l.pid === victim.pid, from);
      assert.deepEqual([exit.level, exit.worker, exit.signal], ['error', 2, 'SIGKILL']);
      const replacement = await lines.next((l) => l.msg === 'worker started' && l.worker === 2, from);
      assert.notEqual(replacement.pid, victim.pid);
      await lines.next((l) => l.msg === 'worker listening' && l.pid === replacement.pid, from);
      const health = await through('2', 'GET', '/healthz');
      assert.equal(health.status, 200);
    });

    it('stops every worker and exits 0 on SIGTERM', async () => {
      const pids = lines.all.filter((l) => l.msg === 'worker started').map((l) => l.pid as number);
      child.kill('SIGTERM');
      assert.deepEqual(await exited(), { code: 0, signal: null });
      assert.ok(lines.all.some((l) => l.msg === 'stopping' && l.signal === 'SIGTERM'));
      assert.ok(lines.all.some((l) => l.msg === 'stopped' && l.code === 0));
      for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `worker ${pid} is gone`);
      assert.doesNotMatch(stderr, /Error/, 'no errors on the way out');
    });
  },
);
