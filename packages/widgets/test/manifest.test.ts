// custom-elements.json is generated, and shipped: it must match the components as they are now.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));

test('custom-elements.json is current (regenerate: node packages/widgets/scripts/build.mjs)', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
    // The analyzer joins --outdir to the working directory, so it is given relative to it.
    execFileSync(
      process.execPath,
      [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(pkg, out), '--quiet'],
      { cwd: pkg },
    );
    const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    const shipped = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(shipped, fresh);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the manifest documents every component with its events and shared parts', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')) as {
    modules: {
      declarations?: {
        tagName?: string;
        events?: { name: string }[];
        cssParts?: { name: string }[];
        attributes?: { name: string }[];
      }[];
    }[];
  };
  const elements = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
  const defined = readdirSync(join(pkg, 'src/entries')).flatMap((entry) =>
    [...readFileSync(join(pkg, 'src/entries', entry), 'utf8').matchAll(/define\('([a-z-]+)'/g)].map((m) => m[1]!),
  );
  assert.deepEqual([...elements.keys()].sort(), defined.sort());
  const badge = elements.get('credit-status-badge')!;
  assert.deepEqual(badge.events?.map((e) => e.name).sort(), ['credit-status-error', 'credit-status-load']);
  assert.deepEqual(
    elements
      .get('credit-objection-form')!
      .events?.map((e) => e.name)
      .sort(),
    ['credit-objection-error', 'credit-objection-submitted', 'credit-objection-updated'],
  );
  for (const el of elements.values()) {
    for (const attr of ['locale', 'base-url', 'publishable-key', 'session-token', 'elderly'])
      assert.ok(
        el.attributes?.some((a) => a.name === attr),
        `${el.tagName} lacks ${attr}`,
      );
    // A widget that reports failures (a `…-error` event) shows them in the shared parts.
    if (!el.events?.some((e) => e.name.endsWith('-error'))) continue;
    for (const part of ['base', 'error', 'actions'])
      assert.ok(
        el.cssParts?.some((p) => p.name === part),
        `${el.tagName} lacks ::part(${part})`,
      );
  }
});

interface Ref {
  name: string;
  module?: string;
  package?: string;
}

/** What a tool reading the manifest would trip on: tags without a definition, untyped events, dangling references. */
function manifestProblems(manifest: {
  modules: {
    path: string;
    declarations?: { name: string; tagName?: string; events?: { name: string; type?: { text: string } }[] }[];
    exports?: { kind: string; name: string; declaration: Ref }[];
  }[];
}): string[] {
  const problems: string[] = [];
  const modules = new Map(manifest.modules.map((m) => [m.path, m]));
  const refs: [string, Ref][] = [];
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') {
      const ref = value as Ref;
      if (typeof ref.module === 'string' && typeof ref.name === 'string') refs.push([at, ref]);
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    }
  };
  walk(manifest.modules, 'modules');
  for (const [at, ref] of refs) {
    if (ref.package) continue;
    const mod = modules.get(ref.module!);
    const found =
      mod &&
      (ref.name === '*' ||
        mod.declarations?.some((d) => d.name === ref.name) ||
        mod.exports?.some((e) => e.name === ref.name));
    if (!found) problems.push(`${at}: ${ref.name} in ${ref.module} does not resolve`);
  }
  for (const mod of manifest.modules) {
    if (!existsSync(join(pkg, mod.path))) problems.push(`module ${mod.path} is not a file of the package`);
  }
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  const entries = readdirSync(join(pkg, 'src/entries')).filter((f) => f.endsWith('.ts'));
  for (const entry of entries) {
    const tags = [...readFileSync(join(pkg, 'src/entries', entry), 'utf8').matchAll(/define\('([a-z-]+)'/g)].map(
      (m) => m[1]!,
    );
    for (const tag of tags) if (!definitions.includes(tag)) problems.push(`${tag} (${entry}) has no definition`);
  }
  for (const decl of manifest.modules.flatMap((m) => m.declarations ?? []))
    for (const event of decl.events ?? [])
      if (!event.type?.text) problems.push(`${decl.tagName ?? decl.name}: event ${event.name} has no type`);
  return problems;
}

test('the manifest defines every tag, types every event and resolves every reference', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(manifestProblems(manifest), []);
});

test('the React and Vue bindings are generated from the current manifest', async () => {
  const { stale } = (await import(new URL('../scripts/bindings.mjs', import.meta.url).href)) as {
    stale: (manifest: unknown) => Promise<string[]>;
  };
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(await stale(manifest), [], 'run node packages/widgets/scripts/bindings.mjs');
});
