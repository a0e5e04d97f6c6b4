// Browser bundles of the widgets with Lit included, for pages without a build step, in dist/bundle/:
// each component's `<name>.js`, and `credit-kit.js` (every component and the SDK), each with the lazy
// chunks of its rare paths (another language, the wording of a failure, the rarer views) in chunks/,
// imported relatively so the folder works as served.
// One bundle per build, named by CREDIT_KIT_BUNDLE (scripts/bundles.mjs lists them); scripts/build.mjs
// builds them all.
import { defaultClientConditions, defineConfig, type UserConfig } from 'vite';
import { allInOne, bundles, packageDir } from './scripts/bundles.mjs';

export default defineConfig((): UserConfig => {
  const name = process.env.CREDIT_KIT_BUNDLE ?? allInOne;
  const entry = bundles()[name];
  if (!entry) throw new Error(`unknown bundle "${name}"; one of: ${Object.keys(bundles()).join(', ')}`);
  return {
    root: packageDir,
    // The workspace packages are bundled from their TypeScript sources.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    logLevel: 'warn',
    build: {
      outDir: 'dist/bundle',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        // The entry keeps its exports and may export more for its chunks, so what the entry and its lazy
        // chunks share stays in the entry rather than in a second file every page loads.
        preserveEntrySignatures: 'allow-extension',
        onLog(level, log, handler) {
          // The all-in-one imports every component statically, so one component's lazy import of another
          // (the declaration form's list and upload) rightly stays in the entry here: not worth a warning.
          if (name === allInOne && log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          handler(level, log);
        },
        output: {
          // Library mode leaves ES output unminified unless asked.
          minify: true,
          chunkFileNames: `chunks/${name}-[name]-[hash].js`,
        },
      },
    },
  };
});
