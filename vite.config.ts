// Browser bundles of the widgets (Lit included) for a plain <script type="module">, one per build:
// `CREDIT_KIT_BUNDLE=status-badge vite build`; packages/widgets/scripts/build.mjs builds them all and
// reports their sizes. A component's bundle is its entry plus the lazy chunks of its rare paths (other
// languages, failure texts) in dist/bundle/chunks/, imported relatively so the folder works as served.
// credit-kit.js, the all-in-one include, stays a single file: its dynamic imports become static ones.
import ts from 'typescript';
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

/** Whitespace runs with a line break in the static text of an HTML template: one space renders the same. */
export const collapseHtml = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * The static text of every Lit `css` and `html` template in `code`, minified (`minifyCss`,
 * `collapseHtml`); interpolations are untouched. The templates are found by TypeScript's parser, so
 * nesting, strings and comments cannot mislead it. The widgets have no `<pre>` nor `white-space: pre`
 * static text, where collapsing would show.
 */
export function minifyTemplates(code: string): string {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'css' || node.tag.text === 'html')
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : collapseHtml;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The text between the part's delimiters: ` or } before it, ` or ${ after it.
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        edits.push({ start, end, text: minify(code.slice(start, end)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const { start, end, text } of edits.sort((x, y) => y.start - x.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The widgets' `css` and `html` templates minified, after TypeScript is compiled (no type syntax left to parse). */
const minifyLitTemplates = (): Plugin => ({
  name: 'credit-kit:minify-lit-templates',
  enforce: 'post',
  transform(code, id) {
    if (!id.includes('/packages/widgets/src/') || !/\b(css|html)`/.test(code)) return undefined;
    return { code: minifyTemplates(code), map: null };
  },
});

export default defineConfig((): UserConfig => {
  const name = process.env.CREDIT_KIT_BUNDLE ?? 'credit-kit';
  const entry = bundles[name];
  if (!entry) throw new Error(`unknown bundle "${name}"; one of: ${Object.keys(bundles).join(', ')}`);
  return {
    // Workspace packages are bundled from their TypeScript sources.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: name === 'credit-kit' ? [minifyLitTemplates(), staticLazyImports()] : [minifyLitTemplates()],
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
