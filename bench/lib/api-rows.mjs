// The API benchmark's figures as rows of the one table, each beside its floor (the trivial route).
import { row } from './report.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/**
 * Rows from autocannon results: `health` (the floor), `status`, `batch` (100 codes a request) and
 * `sign`, each `{ rps, p99, errors }`, and the server's RSS in MB. `scaling`, on PostgreSQL:
 * `{ workers, one: { status, sign }, many: { status, sign } }`, the same routes through
 * `credit-kit serve --workers 1` and `--workers N`, each beside the one-worker figure.
 */
export function apiRows({ database, health, status, batch, sign, rssMb, scaling }) {
  const rows = [];
  if (!health) return rows;
  const healthFloor = { floor: `${fmt(health.rps)} req/s (/healthz)`, floorValue: health.rps };
  rows.push(
    row(`API (${database}): GET /healthz, trivial JSON (the floor)`, {
      measured: `${fmt(health.rps)} req/s, p99 ${health.p99} ms`,
    }),
  );
  if (status) {
    rows.push(
      row('API: status look-up, GET /v1/subjects/{code}/status', {
        measured: `${fmt(status.rps)} req/s, p99 ${status.p99} ms`,
        value: status.rps,
        ...healthFloor,
        target: '≥ 0.5× floor',
        ok: status.rps >= 0.5 * health.rps && status.errors === 0,
      }),
    );
  }
  if (batch && status) {
    const perSecond = batch.rps * 100;
    rows.push(
      row('API: statuses/s in batches of 100, POST /v1/statuses:batch', {
        measured: `${fmt(perSecond)} /s, p99 ${batch.p99} ms`,
        value: perSecond,
        floor: `${fmt(status.rps)} /s (one per request)`,
        floorValue: status.rps,
        target: '≥ 20,000 /s',
        ok: perSecond >= 20_000 && batch.errors === 0,
      }),
    );
  }
  if (sign) {
    rows.push(
      row('API: commitments signed/s, POST /v1/commitments, 50 clients', {
        measured: `${fmt(sign.rps)} /s`,
        value: sign.rps,
        ...healthFloor,
        target: '≥ 500 /s',
        ok: sign.rps >= 500 && sign.errors === 0,
      }),
    );
    rows.push(
      row('API: signing p99 latency, 50 clients', {
        measured: `${sign.p99} ms`,
        target: '≤ 100 ms',
        ok: sign.p99 <= 100,
      }),
    );
  }
  rows.push(row('API: server RSS after the run', { measured: `${rssMb} MB` }));
  if (scaling) {
    const { workers, one, many } = scaling;
    for (const [route, key, unit] of [
      ['status look-up', 'status', 'req/s'],
      ['signing', 'sign', '/s'],
    ]) {
      const [a, b] = [one[key], many[key]];
      rows.push(
        row(`API scaling with cores: ${route}, ${workers} workers vs 1`, {
          measured: `${fmt(b.rps)} ${unit}, p99 ${b.p99} ms${b.errors ? `, ${b.errors} errors` : ''}`,
          value: b.rps,
          floor: `${fmt(a.rps)} ${unit}, p99 ${a.p99} ms (1 worker)${a.errors ? `, ${a.errors} errors` : ''}`,
          floorValue: a.rps,
        }),
      );
    }
  }
  return rows;
}
