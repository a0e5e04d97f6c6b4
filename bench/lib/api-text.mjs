// Reads bench/api.mjs's printed table into rows, for as long as that script prints no BENCH_JSON line.
// It expects route lines `METHOD /path (what)   req/s   p99 ms   non-2xx` and `server RSS   N MB`.
import { row } from './report.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** Rows from api.mjs's text output; empty when the table is not there. */
export function apiRowsFromText(stdout) {
  const routes = [];
  for (const line of stdout.split('\n')) {
    const m = line.match(/^((?:GET|POST) \S+).*?\s([\d,]+)\s+([\d.]+)\s+(\d+)\s*$/);
    if (m) routes.push({ route: m[1], rps: Number(m[2].replaceAll(',', '')), p99: Number(m[3]), errors: Number(m[4]) });
  }
  const find = (test) => routes.find((r) => test(r.route));
  const health = find((r) => r.endsWith('/healthz'));
  const status = find((r) => r.startsWith('GET') && r.endsWith('/status'));
  const batch = find((r) => r.includes('statuses:batch'));
  const sign = find((r) => r.startsWith('POST /v1/commitments'));
  const rss = stdout.match(/server RSS\s+(\d+)\s*MB/)?.[1];
  const rows = [];
  if (!health) return rows;
  const healthFloor = { floor: `${fmt(health.rps)} req/s (/healthz)`, floorValue: health.rps };
  rows.push(row('API: GET /healthz, trivial JSON (the floor)', { measured: `${fmt(health.rps)} req/s, p99 ${health.p99} ms` }));
  if (status) {
    rows.push(row('API: status look-up, GET /v1/subjects/{code}/status', {
      measured: `${fmt(status.rps)} req/s, p99 ${status.p99} ms`, value: status.rps, ...healthFloor,
      target: '≥ 0.5× floor', ok: status.rps >= 0.5 * health.rps && status.errors === 0,
    }));
  }
  if (batch && status) {
    const perSecond = batch.rps * 100;
    rows.push(row('API: statuses/s in batches of 100, POST /v1/statuses:batch', {
      measured: `${fmt(perSecond)} /s, p99 ${batch.p99} ms`, value: perSecond,
      floor: `${fmt(status.rps)} /s (one per request)`, floorValue: status.rps,
      target: '≥ 20,000 /s', ok: perSecond >= 20_000 && batch.errors === 0,
    }));
  }
  if (sign) {
    rows.push(row('API: commitments signed/s, POST /v1/commitments, 50 clients', {
      measured: `${fmt(sign.rps)} /s`, value: sign.rps, ...healthFloor,
      target: '≥ 500 /s', ok: sign.rps >= 500 && sign.errors === 0,
    }));
    rows.push(row('API: signing p99 latency, 50 clients', { measured: `${sign.p99} ms`, target: '≤ 100 ms', ok: sign.p99 <= 100 }));
  }
  if (rss) rows.push(row('API: server RSS after the run', { measured: `${rss} MB` }));
  return rows;
}
