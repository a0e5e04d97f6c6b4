// Browser bundle size of the SDK (minified + gzip -9), with and without response validation.
// `node packages/sdk/scripts/size.mjs [--json]`; the benchmarks import `measureSdk()`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** What each variant's bundle contains: the whole public API, as an application importing it would. */
export const variants = {
  sdk: "export * from '@credit-kit/sdk';",
  'sdk + validation': "export * from '@credit-kit/sdk'; export { responseValidators } from '@credit-kit/sdk/validate';",
};

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** `{ name: { minified, gzip } }` in bytes. */
export async function measureSdk() {
  const sizes = {};
  for (const [name, contents] of Object.entries(variants)) {
    const code = await bundle(contents);
    sizes[name] = { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await measureSdk();
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes));
  else {
    console.log('bundle            minified      gzip');
    for (const [name, { minified, gzip }] of Object.entries(sizes)) {
      console.log(
        `${name.padEnd(16)} ${(minified / 1024).toFixed(1).padStart(6)} KB ${(gzip / 1024).toFixed(2).padStart(7)} KB`,
      );
    }
  }
}
