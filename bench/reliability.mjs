// `npm run bench:reliability`: the long versions of the reliability suites, one after another.
//   CREDIT_FUZZ_RUNS (default 100,000) generated requests over every route, on PGlite; then the fault,
//   crash and tampering suites, each with its report line. Figures are printed; a failure exits non-zero.
import { spawnSync } from 'node:child_process';

const runs = process.env.CREDIT_FUZZ_RUNS ?? '100000';
const seed = process.env.CREDIT_FUZZ_SEED ?? String(Date.now() % 1_000_000);
const suites = [
  ['packages/server/test/fuzz.test.ts', { CREDIT_FUZZ_RUNS: runs, CREDIT_FUZZ_SEED: seed }],
  ['packages/sdk/test/node/faults.test.ts', {}],
  ['packages/server/test/crash.test.ts', {}],
  ['packages/server/test/tampering.test.ts', {}],
];
let failed = 0;
for (const [file, env] of suites) {
  console.log(
    `\n━━ ${file} ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', file], {
    stdio: 'inherit',
    env: { ...process.env, CREDIT_REPORT: '1', ...env },
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
