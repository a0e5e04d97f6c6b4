// Where the benchmarks find the repository, the built bundles and their scratch space.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * ES module bundles of the widgets (each entry with its lazy chunks in chunks/), built by the root
 * vite.config.ts (`npm run build`).
 * BENCH_BUNDLE_DIR points the bundle measurements and the badge wall at another build.
 */
export const defaultBundleDir = join(root, 'packages/widgets/dist/bundle');
export const bundleDir = process.env.BENCH_BUNDLE_DIR ? resolve(process.env.BENCH_BUNDLE_DIR) : defaultBundleDir;

/** Scratch files live under node_modules so that bare imports (`lit`) resolve from them and git ignores them. */
export function cacheDir() {
  const dir = join(root, 'node_modules/.cache/credit-kit-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}
