// Every example as a developer runs it: the packed packages (`npm pack`, as npm would install them)
// in a project of its own, type-checked and built with the example's own commands, then driven in
// Chromium against the real reference server, whose address reaches the example only through its
// environment (CREDIT_API_URL) on a port that is not the default.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { startPortalServer, widgetsBundle } from '../../examples/portal/serve.js';
import type { RunningServer } from '@credit-kit/server';

interface Packed {
  name: string;
  filename: string;
}
interface Budgets {
  root: string;
  pack: (dest: string) => Packed[];
  unpack: (packed: Packed[], tarballs: string, project: string) => void;
}
interface ChromiumModule {
  findChromium: () => string;
  chromiumArgs: string[];
}

const { root, pack, unpack } = (await import(new URL('../../scripts/budgets.mjs', import.meta.url).href)) as Budgets;
const { findChromium, chromiumArgs } = (await import(
  new URL('../../scripts/chromium.mjs', import.meta.url).href
)) as ChromiumModule;

const require = createRequire(import.meta.url);
const bin = {
  tsc: require.resolve('typescript/bin/tsc'),
  vueTsc: require.resolve('vue-tsc/bin/vue-tsc.js'),
};
/** The projects live under node_modules (git ignores them; react, vue and vite resolve from the root). */
const projects = join(root, 'node_modules/.cache/credit-kit-examples');
/** A demo subject session of the reference server's seed, as a portal's backend would hand it over. */
const session = 'ss_demo_redListed_2026';
const badgeCount = 3;

let server: RunningServer;
let browser: Browser;
let packed: Packed[];
const tarballs = join(projects, 'tarballs');
const env = () => ({ ...process.env, CREDIT_API_URL: server.url, NO_COLOR: '1' });

before(async () => {
  rmSync(projects, { recursive: true, force: true });
  packed = pack(tarballs);
  server = await startPortalServer({ port: 0, dataDir: 'memory://', logger: false });
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The example's files (its own folder, without build output) with the packed packages installed. */
function project(name: string): string {
  const dir = join(projects, name);
  cpSync(join(root, 'examples', name), dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist|node_modules)$/.test(src),
  });
  unpack(packed, tarballs, dir);
  return dir;
}

/** Runs a Node script in the example's folder; its output is the assertion message on failure. */
function run(dir: string, script: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [script, ...args], { cwd: dir, env: env(), encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    assert.fail(`${script} ${args.join(' ')} failed in ${dir}:\n${stdout}${stderr}`);
  }
}

const viteBin = () => join(require.resolve('vite/package.json'), '../bin/vite.js');

/** `npm run build` (vite build) and `npm run preview`: the built page's address. */
async function buildAndPreview(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const output = run(dir, viteBin(), ['build', '--logLevel', 'warn']);
  // A widget's lazy chunk that something imports statically would not split: the page would load it all.
  assert.doesNotMatch(output, /INEFFECTIVE_DYNAMIC_IMPORT/);
  const previewServer = await preview({ root: dir, configFile: join(dir, 'vite.config.ts'), preview: { port: 0 } });
  return { url: previewServer.resolvedUrls!.local[0]!, close: () => previewServer.close() };
}

/** Every badge of the page shows its grade. */
const badgesGraded = (page: Page) =>
  page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('credit-status-badge')].filter((b) =>
        b.shadowRoot?.querySelector('[part~="grade"]'),
      ).length === count,
    badgeCount,
  );

/** What a user sees of the page: every badge graded, every form loaded with its session, none failed. */
async function assertWidgetsWork(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await badgesGraded(page);
  const forms = page.locator('credit-commitment-form');
  await forms.locator('#signerName').waitFor();
  assert.equal(await forms.locator('[part~="alert"]').count(), 0, 'a form shows a failure');
  assert.deepEqual(errors, []);
}

/** Signs the commitment in the page's form: the page shows the code the widget's event carried. */
async function signCommitment(page: Page): Promise<void> {
  const form = page.locator('credit-commitment-form');
  await form.locator('#contactPhone').fill('0851-86812345');
  await form.locator('#read').check();
  await form.locator('#truthful').check();
  await form.locator('#signerName').fill('李明');
  await form.locator('button[type="submit"]').click();
  await page.locator('#signed-code').waitFor();
  assert.match(await page.locator('#signed-code').innerText(), /^\d{20}$/);
}

async function open(url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('the API runs on a port other than the examples’ default', () => {
  assert.notEqual(new URL(server.url).port, '8787');
});

for (const [name, typecheck] of [
  ['react', bin.tsc],
  ['vue', bin.vueTsc],
] as const) {
  test(`${name}: type-checks, builds and works with the packed packages`, async () => {
    const dir = project(name);
    run(dir, typecheck, ['-p', 'tsconfig.json']);
    const built = await buildAndPreview(dir);
    try {
      const page = await open(`${built.url}?session=${session}`);
      await assertWidgetsWork(page);
      await signCommitment(page);
      await page.context().close();
    } finally {
      await built.close();
    }
  });
}

test('script-tag: the page as served.mjs serves it, with the packed bundle', async () => {
  assert.ok(existsSync(join(root, widgetsBundle)), 'the bundle is built (npm run build)');
  const dir = project('script-tag');
  const child: ChildProcess = spawn(process.execPath, ['serve.mjs'], {
    cwd: dir,
    env: { ...env(), EXAMPLE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /on (http:\/\/\S+)/.exec(String(chunk));
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
    const page = await open(url);
    await badgesGraded(page);
    await page.context().close();
  } finally {
    child.kill();
  }
});

// The folders a developer opens first: each says how to run it.
test('every example has a README with its commands', () => {
  for (const name of ['react', 'vue', 'script-tag', 'node-sdk', 'portal']) {
    const readme = readFileSync(join(root, 'examples', name, 'README.md'), 'utf8');
    assert.match(readme, /```sh\n[\s\S]*npm/, `${name}/README.md shows no commands`);
  }
});
