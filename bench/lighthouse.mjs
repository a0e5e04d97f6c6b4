// Lighthouse on the example portal as `npm start` serves it (in Chinese and in English): its
// accessibility score (target 100) and best-practices score (target ≥ 95), mobile emulation.
// Lighthouse is not a dependency of the project: the first run installs it from the npm registry into
// node_modules/.cache/credit-kit-lighthouse (12.8, which runs on Node 20; 13 needs Node ≥ 22.19).
//   node --conditions=source --import tsx bench/lighthouse.mjs      (after `npm run build`)
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortalServer } from '../examples/portal/serve.ts';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { root } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';

const version = '12.8';
const prefix = join(root, 'node_modules/.cache/credit-kit-lighthouse');
const cli = join(prefix, 'node_modules/lighthouse/cli/index.js');
const log = (message) => process.stderr.write(`lighthouse: ${message}\n`);

if (!existsSync(cli)) {
  log(`installing lighthouse@${version} into ${prefix}`);
  mkdirSync(prefix, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `lighthouse@${version}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

const server = await startPortalServer({ port: 0, dataDir: 'memory://', logger: false });
const out = mkdtempSync(join(tmpdir(), 'credit-kit-lighthouse-'));
const rows = [];
const notes = [];
try {
  for (const [label, path] of [
    ['zh-CN', '/?lang=zh-CN'],
    ['en', '/?lang=en'],
  ]) {
    const report = join(out, `${label}.json`);
    log(`auditing ${path}`);
    // Asynchronously: the server answering Lighthouse runs in this process.
    await promisify(execFile)(
      process.execPath,
      [
        cli,
        new URL(path, server.url).href,
        `--chrome-path=${findChromium()}`,
        `--chrome-flags=${chromiumArgs.join(' ')}`,
        '--only-categories=accessibility,best-practices',
        '--output=json',
        `--output-path=${report}`,
        '--log-level=error',
        // Lighthouse's own limits, so a page that never settles fails the run instead of holding it.
        '--max-wait-for-load=30000',
      ],
      { timeout: 180_000 },
    );
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round(categories[id].score * 100);
    const a11y = score('accessibility');
    const practices = score('best-practices');
    rows.push(
      row(`portal (${label}): Lighthouse accessibility`, { measured: String(a11y), target: '100', ok: a11y === 100 }),
      row(`portal (${label}): Lighthouse best practices`, {
        measured: String(practices),
        target: '≥ 95',
        ok: practices >= 95,
      }),
    );
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) notes.push(`${label}: audits not passed: ${failing.join(', ')}`);
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
emit('lighthouse', rows, notes);
