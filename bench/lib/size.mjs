// Bundle-size helpers: gzip at level 9, and esbuild for reference bundles.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { cacheDir } from './paths.mjs';

/** Gzipped size in bytes at level 9. */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Kilobytes of 1,000 bytes. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// `from"./x.js"`, `import"./x.js"` and `import("./x.js")` with any quote: the relative imports of a built chunk.
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/**
 * A bundle's entry file and every chunk it can load, statically or with `import()` (the lazy chunks of
 * its rare paths), each with its gzipped size: [{ file, gzip }], the entry first. The sum is what a page
 * that takes every path downloads.
 */
export function bundleFiles(entry) {
  const sizes = new Map();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.shift();
    if (sizes.has(file)) continue;
    const code = readFileSync(file, 'utf8');
    sizes.set(file, gzipSize(code));
    for (const [, spec] of code.matchAll(relativeImport)) queue.push(resolve(dirname(file), spec));
  }
  return [...sizes].map(([file, gzip]) => ({ file, gzip }));
}

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
