// The badge wall: 1,000 <credit-status-badge> elements in headless Chromium against the real server,
// beside 1,000 minimal Lit elements rendering the same text in the same browser and run (the floor).
// Prints the API requests the page made and the time until every element reached its final state.
//   node --conditions=source --import tsx bench/badge-wall.mjs      (after `npm run build`)
// BENCH_ROUNDS (default 5) sets how many fresh page loads each scenario gets; times are medians.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeUscc, maxStatusBatch } from '@credit-kit/contract';
import { startServer } from '@credit-kit/server';
import { launchChromium } from './lib/browser.mjs';
import { buildDataFloorElement, buildFloorElement, dataFloorTag, floorTag } from './lib/floor.mjs';
import { bundleDir } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';
import { serveStatic } from './lib/static-server.mjs';

const SUBJECTS = 1000;
const FEW = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BADGE_EVENTS = ['credit-status-load', 'credit-status-error'];
const badgeBundle = join(bundleDir, 'status-badge.js');

const log = (message) => process.stderr.write(`badge-wall: ${message}\n`);
/** The run with the median time (odd round counts give a real run, whose breakdown can be shown). */
const medianRun = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
const escapeAttr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const plural = (n) => n.toLocaleString('en-US');

if (!existsSync(badgeBundle)) {
  console.error(`${badgeBundle} is missing: run \`npm run build\` first`);
  process.exit(1);
}

/** Distinct valid enterprise codes that the demo seed does not use. */
function benchCodes(count) {
  return Array.from({ length: count }, (_, i) =>
    makeUscc({ areaCode: '330200', organisationBody: `B${String(i).padStart(7, '0')}` }),
  );
}

/** Files one dishonesty record per code through the API with the secret key, a few at a time. */
async function createSubjects(server, codes) {
  const classes = ['minor', 'ordinary', 'serious'];
  // Decided a month ago, so every record is inside its publicity window and moves the grade.
  const decidedAt = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const create = async (code, i) => {
    const response = await fetch(`${server.url}/v1/records`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.demo.secretKey}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({
        subjectCode: code,
        subjectName: `基准测试企业${i + 1}有限公司`,
        kind: 'administrative-penalty',
        class: classes[i % classes.length],
        title: '未按规定公示年度报告',
        // An authority the demo department's key may act for (who decides, repairs).
        authority: '安康市市场监督管理局',
        decisionNumber: `基准罚〔${decidedAt.slice(0, 4)}〕${i + 1}号`,
        basis: '《企业信息公示暂行条例》第八条',
        decidedAt,
      }),
    });
    if (!response.ok) throw new Error(`POST /v1/records for ${code}: ${response.status} ${await response.text()}`);
  };
  let next = 0;
  const worker = async () => {
    while (next < codes.length) {
      const i = next++;
      await create(codes[i], i);
    }
  };
  await Promise.all(Array.from({ length: 2 }, worker)); // PGlite writes one at a time: 2 only overlaps HTTP with it
}

function page(apiUrl, publishableKey) {
  return `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<title>badge wall</title>
<body>
<div id="wall"></div>
<script type="module">
  import { configure } from '/bundle/status-badge.js';
  import '/floor.js';
  import '/data-floor.js';
  import '/wall.js';
  configure(${JSON.stringify({ baseUrl: apiUrl, publishableKey })});
  window.floorApi = ${JSON.stringify({ baseUrl: apiUrl, key: publishableKey })};
  window.benchReady = true;
</script>
</body>
</html>`;
}

const started = Date.now();
const server = await startServer({ port: 0, dataDir: 'memory://', seed: 'demo', logger: false });
const codes = benchCodes(SUBJECTS);
await createSubjects(server, codes);
log(`server up and ${plural(SUBJECTS)} subjects filed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const site = await serveStatic({
  routes: {
    '/': { body: page(server.url, server.demo.publishableKey), type: 'text/html; charset=utf-8' },
    '/floor.js': { body: await buildFloorElement() },
    '/data-floor.js': { body: await buildDataFloorElement() },
    '/wall.js': { body: readFileSync(new URL('./lib/wall-page.js', import.meta.url)) },
  },
  mounts: { '/bundle/': bundleDir },
});
const browser = await launchChromium();
const apiOrigin = new URL(server.url).origin;

/** Milliseconds of main-thread work so far: all of it, and style recalculation and layout within it. */
async function rendererMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { busy: ms('TaskDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

/** BENCH_PROFILE=1: the functions that took the most main-thread time (build unminified to read them). */
function topSelfTime(profile, top = 20) {
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const byName = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + (node.hitCount ?? 0) * interval);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');
}

/** One fresh page load, one wall: the API requests it made and how long until every element was final. */
async function wall(markup, count, events) {
  const tab = await browser.newPage();
  const requests = [];
  tab.on('request', (r) => {
    if (new URL(r.url()).origin === apiOrigin) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  tab.on('pageerror', (e) => log(`page error: ${e.message}`));
  await tab.goto(site.url);
  await tab.waitForFunction(() => window.benchReady === true);
  // Chromium's own counters say where the time went: main-thread work, style recalculation, layout.
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  // Playwright's request event leaves out CORS preflights; the DevTools protocol reports them.
  let preflights = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.method === 'OPTIONS' && new URL(e.request.url).origin === apiOrigin) preflights++;
  });
  const before = await rendererMetrics(cdp);
  const profiling = process.env.BENCH_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await tab.evaluate(([m, c, e]) => window.runWall(m, c, e), [markup, count, events]);
  if (profiling)
    log(
      `profile of ${count} elements, self time by function:\n${topSelfTime((await cdp.send('Profiler.stop')).profile)}`,
    );
  const after = await rendererMetrics(cdp);
  const cost = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
  const texts = await tab.evaluate(() => window.wallTexts());
  await tab.close();
  return { ...result, requests, preflights, texts, cost };
}

const badges = (list) => list.map((code) => `<credit-status-badge code="${code}"></credit-status-badge>`).join('');
const fewCodes = codes.slice(0, FEW);
const scenarios = {
  distinct: badges(codes),
  few: badges(Array.from({ length: SUBJECTS }, (_, i) => fewCodes[i % FEW])),
};
const dataFloorMarkup = codes.map((code) => `<${dataFloorTag} code="${code}"></${dataFloorTag}>`).join('');
const runs = { distinct: [], few: [], floor: [], dataFloor: [] };
let floorMarkup;
for (let round = 0; round < ROUNDS; round++) {
  runs.distinct.push(await wall(scenarios.distinct, SUBJECTS, BADGE_EVENTS));
  runs.few.push(await wall(scenarios.few, SUBJECTS, BADGE_EVENTS));
  // The floor shows exactly the text the badges showed.
  floorMarkup ??= runs.distinct[0].texts.map((t) => `<${floorTag} text="${escapeAttr(t)}"></${floorTag}>`).join('');
  runs.floor.push(await wall(floorMarkup, SUBJECTS, ['floor-load']));
  runs.dataFloor.push(await wall(dataFloorMarkup, SUBJECTS, ['floor-load']));
  log(
    `round ${round + 1}/${ROUNDS}: ${['distinct', 'few', 'floor', 'dataFloor'].map((k) => runs[k][round].ms.toFixed(0)).join(' / ')} ms (badges of ${SUBJECTS} subjects / of ${FEW} / floor / data floor)`,
  );
}
await browser.close();
await site.close();
await server.close();

const notes = [];
const costText = ({ cost }) =>
  `main thread busy ${cost.busy.toFixed(0)} ms (style ${cost.style.toFixed(0)} ms, layout ${cost.layout.toFixed(0)} ms)`;
const floorRun = medianRun(runs.floor);
const floorMs = floorRun.ms;
const rows = [];
for (const [key, label, subjects] of [
  ['distinct', `${plural(SUBJECTS)} subjects`, SUBJECTS],
  ['few', `${FEW} subjects`, FEW],
]) {
  const list = runs[key];
  const requests = Math.max(...list.map((r) => r.requests.length));
  const preflights = Math.max(...list.map((r) => r.preflights));
  const least = Math.ceil(subjects / maxStatusBatch);
  rows.push(
    row(`badge wall: API requests, ${plural(SUBJECTS)} badges of ${label}`, {
      measured: preflights
        ? `${requests} (+${preflights} CORS preflight${preflights > 1 ? 's' : ''})`
        : String(requests),
      floor: String(least),
      value: requests,
      floorValue: least,
      target: key === 'distinct' ? `≤ ${least}` : `${least}`,
      ok: requests <= least,
    }),
  );
  const mid = medianRun(list);
  const ms = mid.ms;
  const allFinal = list.every((r) => r.settled === SUBJECTS && !r.byEvent['credit-status-error']);
  rows.push(
    row(`badge wall: time to final state painted, ${plural(SUBJECTS)} badges of ${label}`, {
      measured: `${ms.toFixed(0)} ms`,
      floor: `${floorMs.toFixed(0)} ms (${plural(SUBJECTS)} minimal Lit elements)`,
      value: ms,
      floorValue: floorMs,
      // The target is stated against the data floor (below): no element that fetches its data can
      // meet 1.5× of elements that already have it. A wall whose badges errored or never settled is
      // not a valid time, whatever it says.
      ok: allFinal ? null : false,
    }),
  );
  // Where the median wall's time went: before its first request, waiting for responses, after the last one.
  const first = Math.min(...mid.fetches.map((f) => f.start));
  const lastEnd = Math.max(...mid.fetches.map((f) => f.end));
  const perRoute = new Map();
  for (const r of mid.requests) perRoute.set(r, (perRoute.get(r) ?? 0) + 1);
  const byRoute = [...perRoute].map(([r, n]) => `${n} × ${r}`).join(', ') || 'none';
  notes.push(
    `${label}: ${mid.settled}/${SUBJECTS} final (${JSON.stringify(mid.byEvent)}); requests ${byRoute}; ` +
      (mid.fetches.length
        ? `first request sent at ${first.toFixed(0)} ms, last response at ${lastEnd.toFixed(0)} ms, every final state painted at ${mid.ms.toFixed(0)} ms`
        : 'no request timing') +
      `; ${costText(mid)}`,
  );
}
// The target: the same wall against the data floor, elements that also fetch what they show.
const dataFloorRun = medianRun(runs.dataFloor);
const badgeRun = medianRun(runs.distinct);
const badgesFinal = runs.distinct.every((r) => r.settled === SUBJECTS && !r.byEvent['credit-status-error']);
rows.push(
  row(`badge wall: time to final state painted, ${plural(SUBJECTS)} badges, against the data floor`, {
    measured: `${badgeRun.ms.toFixed(0)} ms`,
    floor: `${dataFloorRun.ms.toFixed(0)} ms (${plural(SUBJECTS)} minimal Lit elements fetching the same statuses)`,
    value: badgeRun.ms,
    floorValue: dataFloorRun.ms,
    target: `≤ 1.5× data floor, median of ${ROUNDS}`,
    ok: dataFloorRun.settled === SUBJECTS && badgesFinal ? badgeRun.ms <= 1.5 * dataFloorRun.ms : false,
  }),
);
notes.push(`floor: ${floorRun.settled}/${SUBJECTS} final; ${costText(floorRun)}`);
notes.push(
  `data floor: ${dataFloorRun.settled}/${SUBJECTS} final; ${dataFloorRun.requests.length} requests; ${costText(dataFloorRun)}`,
);
notes.push(
  `each scenario on ${ROUNDS} fresh page loads; times are medians, request counts the highest (preflights shown apart: the target counts API calls)`,
);
emit('badge-wall', rows, notes);
