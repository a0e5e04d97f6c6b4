// Browser bundles of the widgets (Lit included) for a plain <script type="module">, one per build:
// `CREDIT_KIT_BUNDLE=status-badge vite build`; packages/widgets/scripts/build.mjs builds them all and
// reports their sizes. A component's bundle is its entry plus the lazy chunks of its rare paths (other
// languages, failure texts) in dist/bundle/chunks/, imported relatively so the folder works as served.
// credit-kit.js, the all-in-one include, stays a single file: its dynamic imports become static ones.
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';

const bundles: Record<string, string> = {
  'credit-kit': 'packages/widgets/src/index.ts',
  'status-badge': 'packages/widgets/src/entries/status-badge.ts',
  'commitment-form': 'packages/widgets/src/entries/commitment-form.ts',
};

/**
 * For the single-file bundle: each relative `import('./x.js')` of the widgets becomes a static namespace
 * import, resolved at once. (Rolldown's own inlining keeps them lazy by wrapping every module they reach
 * in an initialiser, ~1 kB here; the all-in-one bundle has nothing to defer.)
 */
const staticLazyImports = (): Plugin => ({
  name: 'credit-kit:static-lazy-imports',
  transform(code, id) {
    if (!id.includes('/packages/widgets/src/')) return undefined;
    const imports: string[] = [];
    const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote: string, spec: string) => {
      const name = `lazyModule${imports.length}`;
      imports.push(`import * as ${name} from ${quote}${spec}${quote};`);
      return `Promise.resolve(${name})`;
    });
    return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : undefined;
  },
});

/**
 * Whitespace and comments out of the static text of a CSS template: what a CSS minifier would drop.
 * For the widgets' own styles, which put no `:`, `,`, `;`, `{`, `}` or `>` inside quoted strings.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * Minifies the static parts of the widgets' Lit `css` templates (interpolations untouched, and only
 * whitespace a CSS parser ignores: never the space before a `:`, which is a descendant combinator).
 */
const minifyCssTemplates = (): Plugin => ({
  name: 'credit-kit:minify-css-templates',
  // After TypeScript is compiled: comments are gone, so a backtick in one cannot open a template.
  enforce: 'post',
  transform(code, id) {
    if (!id.includes('/packages/widgets/src/') || !code.includes('css`')) return undefined;
    const out = code.replace(/\bcss`([^`]*)`/g, (_, body: string) => {
      const parts = body.split(/(\$\{[^}]*\})/);
      return `css\`${parts.map((part, i) => (i % 2 ? part : minifyCss(part))).join('').trim()}\``;
    });
    return { code: out, map: null };
  },
});

export default defineConfig((): UserConfig => {
  const name = process.env.CREDIT_KIT_BUNDLE ?? 'credit-kit';
  const entry = bundles[name];
  if (!entry) throw new Error(`unknown bundle "${name}"; one of: ${Object.keys(bundles).join(', ')}`);
  return {
    // Workspace packages are bundled from their TypeScript sources.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: name === 'credit-kit' ? [minifyCssTemplates(), staticLazyImports()] : [minifyCssTemplates()],
    logLevel: 'warn',
    build: {
      outDir: 'packages/widgets/dist/bundle',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output:
          name === 'credit-kit'
            ? { minify: true, codeSplitting: false }
            : { minify: true, chunkFileNames: `chunks/${name}-[name]-[hash].js` },
        // zod/mini schema constructors have no side effects: unused schemas (all of them, in the
        // widgets) are dropped with the contract modules' other exports.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  };
});
