// Bundle weight (min + gzip) of every widget bundle beside its floor measured in the same run: a minimal
// Lit element with Lit bundled, built with esbuild. Budgets come from .size-limit.json and are measured
// by size-limit itself, so this table and `bench/check-budgets.mjs` always agree.
//   node bench/bundles.mjs        (after `npm run build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureBudgets } from './lib/budgets.mjs';
import { buildFloorElement, buildLitCore } from './lib/floor.mjs';
import { bundleDir, root } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';
import { bundleFiles, composition, gzipSize, kB, reminify } from './lib/size.mjs';

const rows = [];
const notes = [];

const floor = gzipSize(await buildFloorElement());
const floorCell = { floor: kB(floor), floorValue: floor };
rows.push(row('Lit core alone (LitElement, html, css)', { measured: kB(gzipSize(await buildLitCore())) }));
rows.push(row('minimal Lit element, Lit bundled (the floor)', { measured: kB(floor) }));

const budgets = measureBudgets();
const budgeted = new Set(budgets.map((b) => basename(b.path)));
for (const b of budgets) {
  rows.push(
    row(`bundle: ${b.name} (${basename(b.path)})`, {
      measured: b.missing ? 'missing' : kB(b.size),
      value: b.missing ? undefined : b.size,
      ...floorCell,
      target: `≤ ${b.limit}`,
      ok: b.passed,
    }),
  );
  // The budget holds the entry; what a page that takes every rare path downloads is reported beside it.
  const files = b.missing ? [] : bundleFiles(b.absolutePath);
  if (files.length > 1) {
    // The entry as size-limit measures it, and each chunk as its file plugin would.
    const total = files.slice(1).reduce((sum, f) => sum + f.gzip, b.size);
    rows.push(
      row(`${b.name.replace(/ alone$/, '')} incl. lazy chunks`, { measured: kB(total), value: total, ...floorCell }),
    );
  }
}

// For a bundle over its budget, say what it is made of, so the fix goes to the right dependency.
for (const b of budgets.filter((x) => !x.missing && !x.passed)) {
  const name = basename(b.path, '.js');
  const parts = await composition(name).catch(() => undefined);
  if (!parts) continue;
  const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  const top = parts.slice(0, 8).map(([part, bytes]) => `${part} ${Math.round((100 * bytes) / total)} %`);
  notes.push(`${name}.js is over budget; its build's code by module (share of bytes before gzip): ${top.join(', ')}`);
}

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
