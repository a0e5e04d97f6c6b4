// Bundle budgets, measured three ways for every public entry of @credit-kit/widgets:
//   prebuilt  packages/widgets/dist/bundle/<entry>.js as `npm run build` leaves it (Lit included);
//   vite      a consumer's Vite build of the entry imported from the packages as installed;
//   esbuild   a consumer's esbuild build (bundle, minify, code splitting on) of the same import.
// "As installed": `npm pack` of contract, sdk and widgets, unpacked into a consumer project's
// node_modules, so only published files resolve, through each package's `exports` (never `source`).
// An entry's size is the file a page loads plus the chunks it imports statically (lazy chunks are not
// counted), each minified and gzipped at level 9; 1 kB = 1,000 bytes.
//   node scripts/budgets.mjs [--summary=FILE]     (after `npm run build`)
// The budgets are in budgets.json; an entry of packages/widgets/src/entries/ without one fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { allInOne, bundles } from '../packages/widgets/scripts/bundles.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
/** The consumer project lives under node_modules: git ignores it, and `lit` and `zod` resolve from the root. */
const consumer = join(root, 'node_modules/.cache/credit-kit-consumer');
const published = ['contract', 'sdk', 'widgets'];

/**
 * Pages weighed beside the entries, as a consumer's build sees them: several entries and the SDK in one
 * page module. A prebuilt bundle carries its own Lit, so a page of several takes `credit-kit.js` instead
 * of theirs: these have no prebuilt column.
 */
export const pages = {
  'five-workflows': ['status-badge', 'commitment-form', 'declaration-form', 'repair-application', 'objection-form'],
};

const importEntry = (entry) => `import '@credit-kit/widgets/${entry}.js';\n`;

/** What a consumer's page module writes to load an entry (`@credit-kit/widgets/<name>.js`), everything, or a page. */
function importOf(name) {
  if (name === allInOne) return `export * from '@credit-kit/widgets';\n`;
  if (name in pages) return `${pages[name].map(importEntry).join('')}export * from '@credit-kit/sdk';\n`;
  return importEntry(name);
}

/** How tables name a row: the entry's file, everything, or a page. */
export function label(name) {
  if (name === allInOne) return 'all public-portal widgets + SDK (`@credit-kit/widgets`)';
  if (name in pages) return `a page: the ${pages[name].length} workflow widgets + SDK`;
  return `\`${name}.js\``;
}

/** Whether what `name` exports (the SDK) is part of what is measured. */
const keepsExports = (name) => name === allInOne || name in pages;

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
export const kB = (bytes) => (bytes / 1000).toFixed(1);

/**
 * The entry file and every chunk it imports statically, followed through esbuild's own parse of the
 * built files (a dynamic `import()` is not followed): [{ file, gzip }].
 */
export async function staticFiles(entry) {
  const { metafile } = await esbuild({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    // Bare imports (a prebuilt bundle has none) are not what is measured.
    packages: 'external',
  });
  const inputs = metafile.inputs;
  const rel = (file) => relative(process.cwd(), file).split('\\').join('/');
  const seen = new Set();
  const queue = [rel(entry)];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !inputs[file]) continue;
    seen.add(file);
    for (const i of inputs[file].imports) if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
  }
  return [...seen].map((file) => ({ file, gzip: gzipSize(readFileSync(file)) }));
}

const sum = (files) => files.reduce((total, f) => total + f.gzip, 0);

/** `npm pack` of the published packages into `dest`: [{ name, filename, files }] as npm reports them. */
export function pack(dest) {
  mkdirSync(dest, { recursive: true });
  return JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--json', '--pack-destination', dest, ...published.flatMap((p) => ['--workspace', `packages/${p}`])],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );
}

/** Unpacks packed tarballs (from `pack(tarballs)`) into `project`'s node_modules. */
export function unpack(packed, tarballs, project) {
  for (const p of packed) {
    const dir = join(project, 'node_modules', p.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', join(tarballs, p.filename), '-C', dir, '--strip-components=1']);
  }
}

/** Unpacks `npm pack` of the published packages into the consumer's node_modules; returns each package's file list. */
export function install() {
  rmSync(consumer, { recursive: true, force: true });
  const tarballs = join(consumer, 'tarballs');
  const packed = pack(tarballs);
  unpack(packed, tarballs, consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return Object.fromEntries(packed.map((p) => [p.name, p.files.map((f) => f.path)]));
}

/** Published files that belong to the repository, not to users: tests, test helpers, build stamps. */
export function unpublishable(files) {
  return Object.entries(files).flatMap(([name, list]) =>
    list
      .filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?[jt]s$|\.build-stamp$/.test(f))
      .map((f) => `${name}/${f}`),
  );
}

/** A consumer's Vite build of one entry (an app build, as `vite build` would do it); returns its entry file. */
async function viteEntry(name, warnings) {
  const outDir = join(consumer, 'dist/vite', name);
  await viteBuild({
    root: consumer,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: { [name]: join(consumer, 'src', `${name}.js`) },
        // An app's default (Vite's own) for a page that only loads a widget; the all-in-one entry's and
        // the pages' exports (the SDK) are part of what is measured, so they are kept.
        preserveEntrySignatures: keepsExports(name) ? 'allow-extension' : false,
        onLog(level, log) {
          if (level === 'warn') warnings.push(`${name} (vite): ${log.code ?? ''} ${log.message}`);
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  return join(outDir, `${name}.js`);
}

/** A consumer's esbuild build of one entry (bundle, minify, ES modules, code splitting on). */
async function esbuildEntry(name, warnings) {
  const outdir = join(consumer, 'dist/esbuild', name);
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild({
    absWorkingDir: consumer,
    entryPoints: { [name]: join(consumer, 'src', `${name}.js`) },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir,
    logLevel: 'silent',
  });
  for (const w of result.warnings) warnings.push(`${name} (esbuild): ${w.text}`);
  return join(outdir, `${name}.js`);
}

/**
 * Every entry measured three ways, and every page in consumers' builds: [{ name, budget, prebuilt, vite,
 * esbuild }] (bytes, min + gzip, the entry with its static chunks; undefined where the file is missing,
 * null where the column does not apply), the consumer builds' warnings and the published files that
 * should not be.
 */
export async function measure() {
  const json = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
  const budgets = { ...json.entries, ...json.pages };
  const files = install();
  mkdirSync(join(consumer, 'src'), { recursive: true });
  const warnings = [];
  const rows = [];
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for (const name of [...Object.keys(bundles()), ...Object.keys(pages)]) {
      writeFileSync(join(consumer, 'src', `${name}.js`), importOf(name));
      const prebuiltFile = join(widgets, 'dist/bundle', `${name}.js`);
      const size = async (file) => (existsSync(file) ? sum(await staticFiles(file)) : undefined);
      rows.push({
        name,
        budget: budgets[name] === undefined ? undefined : budgets[name] * 1000,
        prebuilt: name in pages ? null : await size(prebuiltFile),
        vite: await size(await viteEntry(name, warnings)),
        esbuild: await size(await esbuildEntry(name, warnings)),
      });
    }
  } finally {
    process.chdir(cwd);
  }
  return { rows, warnings, unpublishable: unpublishable(files) };
}

export const columns = ['prebuilt', 'vite', 'esbuild'];

/** A measured size (`16.1 kB`), `missing` (no file to weigh) or `—` (the column does not apply). */
export const sizeText = (bytes) => (bytes === null ? '—' : bytes === undefined ? 'missing' : `${kB(bytes)} kB`);

/** The rows as a Markdown table (README). */
export function markdown(rows) {
  return [
    '| entry (min + gzip, Lit included) | budget | prebuilt bundle | consumer’s Vite | consumer’s esbuild (splitting on) |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${label(r.name)} | ${r.budget === undefined ? 'none' : sizeText(r.budget)} | ${columns.map((c) => sizeText(r[c])).join(' | ')} |`,
    ),
  ].join('\n');
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  let passed = 0;
  let failed = 0;
  const check = (ok, line) => {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${line}`);
  };
  const { rows, warnings, unpublishable: extra } = await measure();
  console.log(`${'entry'.padEnd(20)} ${'budget'.padStart(8)} ${columns.map((c) => c.padStart(10)).join(' ')}`);
  for (const r of rows) {
    const cells = columns.map((c) => sizeText(r[c]).padStart(10));
    console.log(
      `${r.name.padEnd(20)} ${(r.budget === undefined ? 'none' : sizeText(r.budget)).padStart(8)} ${cells.join(' ')}`,
    );
  }
  console.log('');
  for (const r of rows) {
    if (r.budget === undefined) {
      check(false, `${r.name}: no budget in budgets.json`);
      continue;
    }
    for (const c of columns.filter((column) => r[column] !== null)) {
      const size = r[c];
      check(
        size !== undefined && size <= r.budget,
        `${r.name} ${c}: ${size === undefined ? 'missing (run `npm run build`)' : `${kB(size)} kB`} ≤ ${kB(r.budget)} kB`,
      );
    }
  }
  check(warnings.length === 0, `consumer builds without warnings${warnings.map((w) => `\n      ${w}`).join('')}`);
  check(
    extra.length === 0,
    `published files hold no tests, test helpers or build stamps${extra.map((f) => `\n      ${f}`).join('')}`,
  );
  console.log(`\n${markdown(rows)}\n\nbudgets: ${passed} passed, ${failed} failed`);
  const summary = option('summary');
  if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
  process.exit(failed === 0 ? 0 : 1);
}
