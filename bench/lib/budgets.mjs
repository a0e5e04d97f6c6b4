// Bundle budgets: .size-limit.json is the one list of them; size-limit measures them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { bundleDir, cacheDir, defaultBundleDir, root } from './paths.mjs';

const defaultConfig = join(root, '.size-limit.json');

/** The budgets as configured: [{ name, path, limit, gzip }]. */
export function readBudgets(config = defaultConfig) {
  return JSON.parse(readFileSync(config, 'utf8'));
}

/** A copy of `config` whose bundle paths point at BENCH_BUNDLE_DIR instead. */
function retargeted(config) {
  const budgets = readBudgets(config).map((b) => ({
    ...b,
    path: join(bundleDir, relative(defaultBundleDir, join(root, b.path))),
  }));
  const copy = join(cacheDir(), 'size-limit.json');
  writeFileSync(copy, JSON.stringify(budgets));
  return copy;
}

/**
 * Runs size-limit in JSON mode and returns every budget with its result:
 * { name, path, absolutePath, limit, gzip, size (bytes), sizeLimit (bytes), passed, missing }.
 * size-limit reports a missing file as size 0 and `passed`, so missing files are caught here.
 */
export function measureBudgets(config = defaultConfig) {
  if (config === defaultConfig && bundleDir !== defaultBundleDir) config = retargeted(config);
  const budgets = readBudgets(config);
  const base = join(config, '..');
  for (const b of budgets) {
    // @size-limit/file 12 measures brotli unless told otherwise; the budgets are gzip figures.
    if (b.gzip !== true) throw new Error(`budget "${b.name}" must set "gzip": true (size-limit defaults to brotli)`);
  }
  const bin = join(createRequire(import.meta.url).resolve('size-limit/package.json'), '../bin.js');
  // Run from the root so size-limit finds @size-limit/file among the root devDependencies.
  const run = spawnSync(process.execPath, [bin, '--json', '--config', config], { cwd: root, encoding: 'utf8' });
  let results;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    throw new Error(`size-limit printed no JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  if (!Array.isArray(results)) throw new Error(`size-limit failed: ${results.error ?? run.stdout}`);
  return budgets.map((b) => {
    const r = results.find((x) => x.name === b.name) ?? {};
    const absolutePath = isAbsolute(b.path) ? b.path : join(base, b.path);
    const missing = !existsSync(absolutePath);
    return { ...b, absolutePath, size: r.size, sizeLimit: r.sizeLimit, passed: !missing && r.passed === true, missing };
  });
}
