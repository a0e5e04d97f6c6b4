// Bundle-size helpers: the same gzip level as size-limit's file plugin, and esbuild for reference bundles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { cacheDir } from './paths.mjs';

/** Gzipped size in bytes at level 9, which is what @size-limit/file measures with `gzip: true`. */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Kilobytes as size-limit counts them (1 kB = 1,000 bytes). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Bundles `source` (an ES module that may import packages) the way a reference is measured:
 * `esbuild --bundle --minify --format=esm` on a generated file. Returns the minified code.
 */
export async function bundleSource(name, source) {
  const entry = join(cacheDir(), `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Re-minifies an already built bundle; a much smaller result means the build left code unminified. */
export async function reminify(code) {
  return (await transform(code, { minify: true, format: 'esm', target: 'es2022' })).code;
}

/**
 * What a bundle is made of: `entry` built with esbuild (minified, `source` condition), its output bytes
 * grouped by package or by workspace folder, largest first. An approximation of the real build that is
 * close enough to say which dependency a budget goes to.
 */
export async function composition(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    metafile: true,
    outdir: cacheDir(),
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group =
      file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? // a dependency: its package
      file.match(/packages\/[^/]+\/src\/(?:[^/]+\/)?[^/]+?(?=\/|\.ts$)/)?.[0] ?? // a workspace file or folder
      file;
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}
