// `npm run build`: compiles each package's src to dist with its tsconfig.build.json, dependencies first.
// A package whose src folder is missing or empty is skipped, and so is one whose dist is newer than
// every source file (`--force` rebuilds all), so `npm start` after a build starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const order = ['contract', 'sdk', 'server', 'widgets'];
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const force = process.argv.includes('--force');
/** When each package was last built: a file per package. */
const stamps = 'node_modules/.cache/credit-kit-build';
mkdirSync(stamps, { recursive: true });

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  if (statSync(dir).isFile()) return statSync(dir).mtimeMs;
  return Math.max(0, ...readdirSync(dir, { recursive: true }).map((f) => statSync(`${dir}/${f}`).mtimeMs));
}

for (const name of order) {
  const dir = `packages/${name}`;
  const hasSource =
    existsSync(`${dir}/src`) && readdirSync(`${dir}/src`, { recursive: true }).some((f) => String(f).endsWith('.ts'));
  if (!hasSource || !existsSync(`${dir}/tsconfig.build.json`)) {
    console.log(`build: skipping ${name} (no sources yet)`);
    continue;
  }
  // Outside dist/, which is published.
  const stamp = `${stamps}/${name}`;
  const inputs = [
    `${dir}/src`,
    `${dir}/tsconfig.build.json`,
    `${dir}/package.json`,
    ...order.slice(0, order.indexOf(name)).map((dep) => `${stamps}/${dep}`),
  ];
  if (!force && existsSync(`${dir}/dist`) && existsSync(stamp) && newest(stamp) > Math.max(...inputs.map(newest))) {
    console.log(`build: ${name} up to date`);
    continue;
  }
  const started = Date.now();
  // A package with its own build script (widgets: bundles and manifest too) builds itself.
  const own = `${dir}/scripts/build.mjs`;
  const args = existsSync(own) ? [own] : [tsc, '-p', `${dir}/tsconfig.build.json`];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${name} failed`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
  console.log(`build: ${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
