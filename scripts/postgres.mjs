// Runs a command against a fresh PostgreSQL database: `node scripts/postgres.mjs -- <command…>`.
// The server comes from DATABASE_URL / CREDIT_TEST_DATABASE_URL, else one answering on 127.0.0.1:5432,
// else a throw-away cluster started from Debian's binaries in a temporary folder (installing the
// `postgresql` package first when running as root). The command sees CREDIT_TEST_DATABASE_URL; the
// database is dropped and the cluster stopped afterwards. Without PostgreSQL it says why and exits 0
// (set CREDIT_REQUIRE_POSTGRES=1 to fail instead).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const command = process.argv.slice(process.argv.indexOf('--') + 1);
if (!process.argv.includes('--') || command.length === 0) {
  console.error('usage: node scripts/postgres.mjs -- <command> [args…]');
  process.exit(2);
}
const isRoot = process.getuid?.() === 0;

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function findBinaries() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const version = readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .find((v) => existsSync(`${base}/${v}/bin/initdb`));
  return version && `${base}/${version}/bin`;
}

/** Runs a PostgreSQL binary, as the postgres user when we are root (the server refuses to run as root). */
function asPostgres(bin, args) {
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${r.stderr || r.stdout}`);
}

async function startCluster() {
  let bin = findBinaries();
  if (!bin && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("server-postgres: installing Debian's postgresql package…");
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = findBinaries();
  }
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'credit-kit-pg-'));
  if (isRoot) {
    const { uid, gid } = {
      uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
      gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
    };
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres(`${bin}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  asPostgres(`${bin}/pg_ctl`, [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(`${bin}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let cluster;
let adminUrl = process.env.CREDIT_TEST_DATABASE_URL || process.env.DATABASE_URL;
if (
  !adminUrl &&
  spawnSync('pg_isready', ['-h', '127.0.0.1'], { stdio: 'ignore' }).status === 0 &&
  (await reachable('postgres://postgres@127.0.0.1:5432/postgres'))
) {
  adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
}
if (!adminUrl) {
  try {
    cluster = await startCluster();
    adminUrl = cluster?.url;
  } catch (error) {
    console.error(`server-postgres: could not start a temporary cluster: ${error.message}`);
  }
}
if (!adminUrl) {
  const why =
    "no PostgreSQL: set DATABASE_URL, run a server on 127.0.0.1:5432, or install Debian's postgresql package (apt-get install postgresql)";
  console.log(`server-postgres: skipped — ${why}`);
  process.exit(process.env.CREDIT_REQUIRE_POSTGRES === '1' ? 1 : 0);
}

const database = `credit_kit_test_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${database}`);
await admin.end();
const testUrl = new URL(adminUrl);
testUrl.pathname = `/${database}`;

const code = await new Promise((resolve) => {
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, CREDIT_TEST_DATABASE_URL: testUrl.toString() },
  });
  child.on('close', (c) => resolve(c ?? 1));
});

try {
  const drop = new pg.Client({ connectionString: adminUrl });
  await drop.connect();
  await drop.query(`drop database if exists ${database} with (force)`);
  await drop.end();
} finally {
  cluster?.stop();
}
process.exit(code);
