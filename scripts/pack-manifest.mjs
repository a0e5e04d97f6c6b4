// The package.json that npm publishes: the same, without the `source` export conditions. Inside this
// repository `source` resolves the packages to their TypeScript sources (tests, Storybook, the dev
// server); a consumer who sets the same condition (`customConditions: ["source"]`) must not be sent to
// sources compiled with this repository's settings (legacy decorators), so the tarball leaves it out.
// Run by each package's `prepack` (strip) and `postpack` (restore), in the package's folder.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const kept = '.package.json.source';

/** The export map without `source` keys, at any depth. */
export function withoutSource(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== 'source')
      .map(([key, value]) => [key, withoutSource(value)]),
  );
}

const step = process.argv[2];
if (step === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(kept, text);
  const pkg = JSON.parse(text);
  pkg.exports = withoutSource(pkg.exports);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node pack-manifest.mjs strip|restore');
  process.exit(1);
}
