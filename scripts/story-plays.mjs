// Runs every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in the
// system Chromium, each in a fresh browser context (its own storage), and waits for its play function:
// a story passes when it renders and its play function (if any) completes without an error.
//   node scripts/story-plays.mjs [--summary=FILE]        STORY=<text>: only the stories whose id contains it
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
/** How long one story may take to render and play. */
const storyTimeout = 20_000;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: build Storybook first (npm run build-storybook)');
  process.exit(1);
}
// STORY=<text> runs only the stories whose id contains it.
const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story' && e.id.includes(process.env.STORY ?? ''),
);

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
let passed = 0;
let failed = 0;
try {
  for (const story of stories) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The preview reports each story on its channel: `storyFinished` with its status, and the
    // exceptions of a render or a play function.
    await page.addInitScript(() => {
      const results = (window.__storyPlayResults = []);
      const attach = () => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return setTimeout(attach, 10);
        channel.on('storyFinished', (e) => results.push(['finished', e?.status ?? 'unknown']));
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored'])
          channel.on(event, (e) => results.push([event, e?.message ?? e?.title ?? String(e)]));
      };
      attach();
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let phase;
    try {
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`);
      // The preview's render of the story: `completed` (or `finished`) once its play function has run.
      const handle = await page.waitForFunction(
        () => {
          const p = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
          return ['completed', 'finished', 'errored', 'aborted'].includes(p) ? p : false;
        },
        undefined,
        { timeout: storyTimeout, polling: 100 },
      );
      phase = await handle.jsonValue();
    } catch (error) {
      phase = `timed out (${error.message.split('\n')[0]})`;
    }
    const results = await page.evaluate(() => window.__storyPlayResults ?? []).catch(() => []);
    const problems = results.filter(([event, detail]) => event !== 'finished' || detail !== 'success');
    for (const [event, detail] of problems) errors.unshift(`${event}: ${detail}`);
    const ok = (phase === 'completed' || phase === 'finished') && problems.length === 0;
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${story.title} › ${story.name}${ok ? '' : `: ${phase}`}`);
    if (!ok) for (const e of errors.slice(0, 5)) console.log(`      ${e.split('\n')[0]}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`stories: ${passed} passed, ${failed} failed`);
const summary = process.argv.find((a) => a.startsWith('--summary='))?.slice('--summary='.length);
if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
