// ESLint for the whole repository (`npm run lint`, part of `npm test`): typescript-eslint's strict
// type-aware rules on TypeScript, Lit's and custom elements' rules on the widgets and stories, the
// recommended rules on plain JavaScript. Formatting is Prettier's (`npm run format:check`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const testFiles = [
  '**/*.test.ts',
  '**/test/**/*.ts',
  'tests/**/*.ts',
  'stories/**/*.ts',
  'packages/widgets/src/internal/test/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      '.test-output/**',
      '.data/**',
      '.storybook/public/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A number reads the same in any template; objects, nullish values and the like are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => this.update()` as a callback is the ordinary way to write one; statements stay checked.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `import { type A } from 'x'` is kept as `import {} from 'x'` (verbatimModuleSyntax): a module only
      // types are taken from must be imported with `import type`, or the import itself reaches a bundle.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `_`-prefixed names and the rest of a destructuring say "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: testFiles,
    rules: {
      // node:test's `test()` and `describe()` return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after'] },
            // @open-wc/semantic-dom-diff types every chai `equal` as a promise; only its DOM comparisons are.
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
      // Tests reach into shadow roots and API responses: a missing element or field fails the test at
      // once with a TypeError or a failed assertion, which is what a `!` or an `any` stands for here.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/restrict-plus-operands': ['error', { allowAny: true }],
      // A rejection caught in a test is the code under test's own error; the assertion that follows checks it.
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off',
      // Variables a `before` hook sets are unset when it failed, which the teardown's `?.` allows for.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Fakes of asynchronous APIs (a test's `fetch`) are async functions whether or not they wait.
      '@typescript-eslint/require-await': 'off',
      // Chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Test data are ASCII codes and Chinese names: a code point is a character.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    // Node scripts, configuration and the portal's plain browser modules: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The React and Vue examples import the packages as built, and lint runs before the build: their
    // types come from their own type-check and build in `npm test` (examples/check.mjs).
    files: ['examples/react/**', 'examples/vue/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // Lit calls a template's event listeners with the element as `this` (`@click=${this.reload}`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
