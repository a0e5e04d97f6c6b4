// Single-file browser bundles of the widgets (Lit included) for a plain <script type="module">.
// One bundle per build, so none is split into shared chunks: `CREDIT_KIT_BUNDLE=status-badge vite build`;
// packages/widgets/scripts/build.mjs builds them all and reports their sizes.
import { defaultClientConditions, defineConfig } from 'vite';

const bundles: Record<string, string> = {
  'credit-kit': 'packages/widgets/src/index.ts',
  'status-badge': 'packages/widgets/src/entries/status-badge.ts',
  'commitment-form': 'packages/widgets/src/entries/commitment-form.ts',
};

export default defineConfig(() => {
  const name = process.env.CREDIT_KIT_BUNDLE ?? 'credit-kit';
  const entry = bundles[name];
  if (!entry) throw new Error(`unknown bundle "${name}"; one of: ${Object.keys(bundles).join(', ')}`);
  return {
    // Workspace packages are bundled from their TypeScript sources.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    logLevel: 'warn',
    build: {
      outDir: 'packages/widgets/dist/bundle',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: { minify: true },
        // zod/mini schema constructors have no side effects: unused schemas (all of them, in the
        // widgets) are dropped with the contract modules' other exports.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  };
});
