// The API benchmark's figures as rows of the one table, each beside its floor (the trivial route).
import { row } from './report.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-US');

const cpuText = (cpu) =>
  cpu
    ? `; CPU ${cpu.total.toFixed(2)} ms/req` +
      (cpu.main !== undefined ? ` (main thread ${cpu.main.toFixed(2)})` : '') +
      (cpu.postgres !== undefined ? ` + PostgreSQL ${cpu.postgres.toFixed(2)}` : '')
    : '';

/**
 * Rows from autocannon results: `floor` (a bare Hono app in its own process), `answerFloor` (the same app
 * sending /healthz's body and headers), `health`, `status`,
 * `batch` (100 codes a request) and `sign`, each `{ rps, p99, errors, cpu }` with `cpu` in ms per
 * request (`total` and `main` of the server process, `postgres` on DATABASE_URL), and the server's RSS
 * in MB. `scaling`, on PostgreSQL: `{ workers, one: { status, sign }, many: { status, sign } }`, the same
 * routes through `credit-kit serve --workers 1` and `--workers N`, each beside the one-worker figure.
 */
export function apiRows({ database, floor, answerFloor, health, status, batch, sign, rssMb, scaling }) {
  const rows = [];
  if (!floor || !health) return rows;
  const honoFloor = { floor: `${fmt(floor.rps)} req/s (bare Hono)`, floorValue: floor.rps };
  const ratioRow = (figure, r, least, extra = '') =>
    row(figure, {
      measured: `${fmt(r.rps)} req/s, p99 ${r.p99} ms${extra}${cpuText(r.cpu)}${r.errors ? `, ${r.errors} errors` : ''}`,
      value: r.rps,
      ...honoFloor,
      target: `≥ ${least}× floor`,
      ok: r.rps >= least * floor.rps && r.errors === 0,
    });
  rows.push(
    row('API floor: bare Hono, trivial JSON, own process', {
      measured: `${fmt(floor.rps)} req/s, p99 ${floor.p99} ms${cpuText(floor.cpu)}`,
    }),
  );
  if (answerFloor) {
    rows.push(
      row("API floor: bare Hono sending /healthz's body and headers", {
        measured: `${fmt(answerFloor.rps)} req/s, p99 ${answerFloor.p99} ms${cpuText(answerFloor.cpu)}`,
        value: answerFloor.rps,
        ...honoFloor,
      }),
    );
  }
  rows.push(ratioRow(`API (${database}): GET /healthz`, health, 0.8));
  if (status) rows.push(ratioRow('API: status look-up (cached), GET /v1/subjects/{code}/status', status, 0.5));
  if (batch) {
    rows.push(
      ratioRow(
        'API: batch of 100 statuses, GET /v1/statuses?codes=',
        batch,
        0.2,
        ` (${fmt(batch.rps * 100)} statuses/s)`,
      ),
    );
  }
  if (sign) {
    rows.push(
      row('API: commitments signed/s, POST /v1/commitments, 50 clients', {
        measured: `${fmt(sign.rps)} /s${cpuText(sign.cpu)}${sign.errors ? `, ${sign.errors} errors` : ''}`,
        value: sign.rps,
        ...honoFloor,
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
