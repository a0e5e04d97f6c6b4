// Builds @credit-kit/widgets: type declarations and ES modules in dist/ (tsc), the browser bundles with
// Lit included in dist/bundle/ (Vite, vite.config.ts, one build per bundle of scripts/bundles.mjs) and
// custom-elements.json (cem analyze) with the framework bindings generated from it (scripts/bindings.mjs). Needs the contract and sdk built first (their dist/ types).
// Run from anywhere: `node packages/widgets/scripts/build.mjs`. Sizes and budgets: scripts/budgets.mjs.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { bundles, packageDir } from './bundles.mjs';

const bin = createRequire(import.meta.url).resolve;
const run = (script, args) => execFileSync(process.execPath, [script, ...args], { stdio: 'inherit', cwd: packageDir });

// The manifest first: the framework bindings (src/react/, src/vue.ts) are generated from it.
console.log('widgets: cem analyze → custom-elements.json');
run(bin('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run('scripts/bindings.mjs', []);

console.log('widgets: tsc → dist/');
run(bin('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);

// Chunk names carry a content hash: a fresh folder, so no earlier build's chunks are left beside these.
rmSync(`${packageDir}/dist/bundle`, { recursive: true, force: true });
for (const name of Object.keys(bundles())) {
  console.log(`widgets: vite → dist/bundle/${name}.js`);
  process.env.CREDIT_KIT_BUNDLE = name;
  await build({ configFile: `${packageDir}/vite.config.ts` });
}
delete process.env.CREDIT_KIT_BUNDLE;
