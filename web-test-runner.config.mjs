// Browser tests: every `*.test.ts` under packages/*/src runs in real (Debian) Chromium, with the
// real reference server beside them (scripts/wtr-credit-server.mjs). Run through scripts/test.mjs,
// which loads TypeScript sources (tsx, `source` export condition) so the server needs no build.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';
import { creditServerPlugin } from './scripts/wtr-credit-server.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

/** Writes pass/fail counts where scripts/test.mjs can add them to the closing line. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but must still count as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.testResults ? 0 : 1;
      }
      mkdirSync('.test-output', { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [
    creditServerPlugin(),
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      // Each page in a browser context of its own: the test files that run side by side share an origin,
      // and in one context they would share its storage (one file's cleanup deleting another's drafts).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.test-output/browser.json')],
};
