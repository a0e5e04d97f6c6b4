// custom-elements.json is generated, and shipped: it must match the components as they are now.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

test('the manifest documents both components with their events and shared parts', () => {
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
  assert.deepEqual([...elements.keys()].sort(), ['credit-commitment-form', 'credit-status-badge']);
  const badge = elements.get('credit-status-badge')!;
  assert.deepEqual(badge.events?.map((e) => e.name).sort(), ['credit-status-error', 'credit-status-load']);
  for (const el of elements.values()) {
    for (const attr of ['locale', 'base-url', 'publishable-key', 'session-token', 'elderly'])
      assert.ok(
        el.attributes?.some((a) => a.name === attr),
        `${el.tagName} lacks ${attr}`,
      );
    for (const part of ['base', 'error', 'actions'])
      assert.ok(
        el.cssParts?.some((p) => p.name === part),
        `${el.tagName} lacks ::part(${part})`,
      );
  }
});
