// Builds @credit-kit/widgets: type declarations and ES modules in dist/ (tsc), bundles with Lit included
// in dist/bundle/ (Vite, root vite.config.ts: each component's entry with its lazy chunks in chunks/, and
// the single-file credit-kit.js) and custom-elements.json (cem analyze). Prints each bundle's entry
// size, minified and gzipped, and with its lazy chunks. Needs the contract and sdk built first (their dist/
// types). Run from anywhere: `node packages/widgets/scripts/build.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from '../../../bench/lib/size.mjs';
import { build } from 'vite';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = createRequire(import.meta.url).resolve;

/**
 * Bundle names (see vite.config.ts) and their budgets, read from the root .size-limit.json (the one
 * list of budgets, which `bench/check-budgets.mjs` enforces): min + gzip, Lit included, 1 kB = 1,000 bytes.
 */
export const bundles = Object.fromEntries(
  JSON.parse(readFileSync(`${root}/.size-limit.json`, 'utf8')).map((b) => [
    b.path.replace(/^.*\//, '').replace(/\.js$/, ''),
    parseFloat(b.limit) * 1000,
  ]),
);

const run = (script, args, options = {}) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });

console.log('widgets: tsc → dist/');
run(bin('typescript/bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: pkg });

// Chunk names carry a content hash: a fresh folder, so no earlier build's chunks are left beside these.
rmSync(`${pkg}/dist/bundle`, { recursive: true, force: true });
for (const name of Object.keys(bundles)) {
  console.log(`widgets: vite → dist/bundle/${name}.js`);
  process.env.CREDIT_KIT_BUNDLE = name;
  await build({ root, configFile: `${root}/vite.config.ts` });
}
delete process.env.CREDIT_KIT_BUNDLE;

// A component's chunks are its rare paths, loaded with import(): an entry that statically imports a
// chunk (Lit split out because a lazy module imported it, say) would make its measured size a fiction.
for (const name of Object.keys(bundles)) {
  const code = readFileSync(`${pkg}/dist/bundle/${name}.js`, 'utf8');
  const shared = code.match(/(?:^|[;}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["']\.\/chunks\/[^"']+["']/);
  if (shared)
    throw new Error(
      `dist/bundle/${name}.js imports a chunk statically (${shared[0].trim()}): keep Lit and shared code out of lazy modules`,
    );
}

console.log('widgets: cem analyze → custom-elements.json');
run(
  bin('@custom-elements-manifest/analyzer/cem.js'),
  ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  { cwd: pkg },
);

console.log('\nbundle                min kB   gzip kB   budget   with lazy chunks, gzip kB');
for (const [name, budget] of Object.entries(bundles)) {
  const file = `${pkg}/dist/bundle/${name}.js`;
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const files = bundleFiles(file);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const lazy = files.length > 1 ? `   ${kB(total)} (${files.length - 1} chunks)` : '';
  console.log(
    `${`${name}.js`.padEnd(20)} ${kB(code.length).padStart(7)} ${kB(gzip).padStart(9)}   ${kB(budget)} kB${gzip > budget ? '  (over)' : ''}${lazy}`,
  );
}
