// The machine a run happened on, for the record beside its figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { findChromium } from '../../scripts/chromium.mjs';

function cpuModel() {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function chromiumVersion() {
  try {
    return execFileSync(findChromium({ install: false }), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'not found';
  }
}

/** [label, value] pairs describing this machine now. */
export function machine() {
  return [
    ['date', new Date().toISOString().replace(/\.\d+Z$/, 'Z')],
    ['cores (nproc)', String(availableParallelism())],
    ['cpu', cpuModel()],
    ['memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['browser', chromiumVersion()],
    [
      'load average at start (1/5/15 min)',
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' / '),
    ],
  ];
}
