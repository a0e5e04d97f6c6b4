// SIGKILL during writes: the server process is killed while clients are writing, restarted on the same
// data (PGlite's folder, or the same PostgreSQL schema), and then every acknowledged write is there, no
// record is there without its audit row (or the other way round), and the audit chain verifies.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { makeUscc } from '@credit-kit/contract';
import { openDb } from '../src/db/db.js';
import { verifyAudit } from '../src/domain/audit.js';
import { DEMO_SECRET_KEY } from '../src/index.js';
import { testDatabase } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cliSource = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

let db: Awaited<ReturnType<typeof testDatabase>>;
let dir: string | undefined;
before(async () => {
  db = await testDatabase();
  if (!db.options.databaseUrl) dir = mkdtempSync(join(tmpdir(), 'credit-kit-crash-'));
});
after(async () => {
  await db.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const storage = () => (db.options.databaseUrl ? { DATABASE_URL: db.options.databaseUrl } : { CREDIT_DATA_DIR: dir! });

/** `credit-kit serve` in its own process on the test's storage; resolves with its URL once it listens. */
async function serve(): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, CREDIT_RATE_LIMIT: 'off', ...storage() } as NodeJS.ProcessEnv;
  if (!db.options.databaseUrl) delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', cliSource, 'serve', '--port', '0', '--seed', 'demo', '--quiet'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as { msg?: string; url?: string };
        if (parsed.msg === 'listening' && parsed.url) resolve(parsed.url);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal}): ${stderr}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

// The demo's red-listed company (贵州黔诚建设工程有限公司).
const subjectCode = makeUscc({ areaCode: '520402', organisationBody: 'MA6DQC0Y' });
const check = (i: number) => ({
  subjectCode,
  matter: { code: 'CRASH-001', name: `办理事项 ${i}`, kind: 'licence' },
  handler: `窗口 ${i}`,
});

describe('SIGKILL during writes', () => {
  it('restarts on the same data with every acknowledged write, no partial record and an intact chain', async () => {
    const first = await serve();
    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const writer = async () => {
      while (!stop && sent < 2_000) {
        const i = sent++;
        const res = await fetch(`${first.url}/v1/checks`, {
          method: 'POST',
          headers: { authorization: `Bearer ${DEMO_SECRET_KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify(check(i)),
        }).catch(() => undefined);
        if (res?.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else if (res && res.status !== 201 && !stop) assert.fail(`write ${i}: ${res.status} ${await res.text()}`);
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    // Kill once writes are flowing: some acknowledged, others in flight.
    for (let i = 0; i < 600 && acknowledged.length < 40; i++) await new Promise((r) => setTimeout(r, 25));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited(first.child);
    assert.ok(acknowledged.length >= 1, 'writes were acknowledged before the kill');

    const second = await serve();
    try {
      for (const id of acknowledged) {
        const res = await fetch(`${second.url}/v1/checks/${id}`, {
          headers: { authorization: `Bearer ${DEMO_SECRET_KEY}` },
        });
        assert.equal(res.status, 200, `acknowledged check ${id} is there after the restart`);
      }
      // The restarted server takes writes again.
      const again = await fetch(`${second.url}/v1/checks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEMO_SECRET_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(check(-1)),
      });
      assert.equal(again.status, 201);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }

    const raw = await openDb({ ...db.options, dataDir: dir });
    try {
      const chain = await verifyAudit(raw);
      assert.equal(chain.ok, true, JSON.stringify(chain));
      const orphans = await raw.query<{ id: string }>(
        `select c.id from checks c left join audit_log a on a.entity_id = c.id and a.entity = 'check' where a.seq is null
         union all
         select a.entity_id from audit_log a left join checks c on c.id = a.entity_id where a.entity = 'check' and a.action = 'check.initiate' and c.id is null`,
      );
      assert.deepEqual(orphans.rows, [], 'no check without its audit row, no audit row without its check');
      const stored = await raw.query<{ n: number }>(
        `select count(*)::int as n from checks where matter->>'code' = 'CRASH-001'`,
      );
      assert.ok(stored.rows[0]!.n >= acknowledged.length + 1);
      if (process.env.CREDIT_REPORT)
        console.log(
          `crash (${raw.kind}): ${sent} writes sent, ${acknowledged.length} acknowledged before SIGKILL, ${stored.rows[0]!.n - 1} stored, chain of ${chain.rows} rows intact`,
        );
    } finally {
      await raw.close();
    }
  });
});
