// Bundle weight (min + gzip) of every widget entry beside its floor measured in the same run: a minimal
// Lit element with Lit bundled, built with esbuild. The entries are measured by scripts/budgets.mjs,
// so this table and the budgets `npm test` enforces always agree.
//   node bench/bundles.mjs        (after `npm run build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { columns, label, measure, sizeText } from '../scripts/budgets.mjs';
import { buildFloorElement, buildLitCore } from './lib/floor.mjs';
import { bundleDir, root } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';
import { bundleFiles, gzipSize, kB, reminify } from './lib/size.mjs';

const rows = [];
const notes = [];

const floor = gzipSize(await buildFloorElement());
const floorCell = { floor: kB(floor), floorValue: floor };
rows.push(row('Lit core alone (LitElement, html, css)', { measured: kB(gzipSize(await buildLitCore())) }));
rows.push(row('minimal Lit element, Lit bundled (the floor)', { measured: kB(floor) }));

// Each public entry three ways (scripts/budgets.mjs, as npm test enforces them): the prebuilt bundle and
// consumers' Vite and esbuild builds of the entry from the packages as installed.
const columnNames = { prebuilt: 'prebuilt bundle', vite: "consumer's Vite", esbuild: "consumer's esbuild" };
const { rows: measured } = await measure();
for (const m of measured) {
  for (const c of columns.filter((column) => m[column] !== null)) {
    rows.push(
      row(`${label(m.name)}, ${columnNames[c]}`, {
        measured: sizeText(m[c]),
        value: m[c],
        ...floorCell,
        target: m.budget === undefined ? 'none' : `≤ ${kB(m.budget)}`,
        ok: m[c] !== undefined && m.budget !== undefined && m[c] <= m.budget,
      }),
    );
  }
  // What a page that takes every rare path downloads, beside the budgeted entry.
  const files = existsSync(join(bundleDir, `${m.name}.js`)) ? bundleFiles(join(bundleDir, `${m.name}.js`)) : [];
  if (files.length > 1) {
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    rows.push(row(`${m.name}.js incl. lazy chunks`, { measured: kB(total), value: total, ...floorCell }));
  }
}
const budgeted = new Set(measured.map((m) => `${m.name}.js`));

const built = existsSync(bundleDir)
  ? readdirSync(bundleDir)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
for (const file of built.filter((f) => !budgeted.has(f))) {
  const size = gzipSize(readFileSync(join(bundleDir, file)));
  rows.push(row(`bundle: ${file} (no budget)`, { measured: kB(size), value: size, ...floorCell }));
}

// A budget on a bundle that the build left partly unminified would measure the build, not the code.
for (const file of built) {
  const code = readFileSync(join(bundleDir, file), 'utf8');
  const [asBuilt, again] = [gzipSize(code), gzipSize(await reminify(code))];
  if (again < asBuilt * 0.95) {
    notes.push(
      `${file}: ${kB(asBuilt)} as built but ${kB(again)} re-minified with esbuild — the build does not fully minify it`,
    );
  }
}

// The SDK measures its own bundle (its whole public API), with and without response validation.
// Its floor is an HTTP client alone: ky 2.1, measured (min + gzip) when the SDK dropped it; TOOLCHAIN.md
// quotes 5.3 kB for it, which this build of it did not reproduce.
const KY_REFERENCE = 8900;
const sdkSize = join(root, 'packages/sdk/scripts/size.mjs');
if (existsSync(sdkSize)) {
  const { measureSdk } = await import(pathToFileURL(sdkSize).href);
  const sdk = await measureSdk();
  const plain = sdk['sdk']?.gzip;
  const validated = sdk['sdk + validation']?.gzip;
  if (plain)
    rows.push(
      row('SDK, whole public API', {
        measured: kB(plain),
        value: plain,
        floor: `${kB(KY_REFERENCE)} (ky 2.1 alone, measured before it was dropped)`,
        floorValue: KY_REFERENCE,
      }),
    );
  if (validated) {
    rows.push(
      row('SDK + response validation', {
        measured: kB(validated),
        value: validated,
        floor: `${kB(plain)} (SDK)`,
        floorValue: plain,
      }),
    );
  }
} else {
  notes.push('packages/sdk/scripts/size.mjs does not exist yet: SDK sizes not measured');
}

emit('bundles', rows, notes);
