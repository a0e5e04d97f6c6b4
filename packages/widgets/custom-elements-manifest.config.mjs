// `cem analyze` for @credit-kit/widgets: reads each component's JSDoc (@summary, @tagname, @event,
// @slot, @csspart, @cssproperty) and Lit decorators into custom-elements.json, shipped with the package.
// Three plugins make it a manifest tools can use: the tags registered through `define()` become
// custom-element definitions of their entry modules, events get the types the components declare in
// `GlobalEventHandlersEventMap`, and every module reference names a module of the manifest.
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';

// Each component's class lives in src/components/<name>/<name>.ts; its helpers beside it are not API.
const components = readdirSync(new URL('./src/components/', import.meta.url)).map(
  (name) => `src/components/${name}/${name}.ts`,
);

/** The module a relative import specifier of `from` names, as the manifest spells paths (`src/….ts`). */
const modulePath = (from, specifier) => posix.join(posix.dirname(from), specifier).replace(/\.js$/, '.ts');

/** `define('credit-x', CreditX)` (src/internal/define.ts) registers a tag: a custom-element definition. */
function defineCalls() {
  return {
    name: 'credit-kit: define() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      // The class is imported by the entry: the definition points at the module that declares it.
      const source = node.getSourceFile();
      const imported = source.statements.find(
        (s) =>
          ts.isImportDeclaration(s) &&
          s.importClause?.namedBindings &&
          ts.isNamedImports(s.importClause.namedBindings) &&
          s.importClause.namedBindings.elements.some((e) => e.name.text === klass.text),
      );
      const module = imported ? modulePath(moduleDoc.path, imported.moduleSpecifier.text) : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** Event types from the module's `declare global { interface GlobalEventHandlersEventMap { … } }`. */
function eventTypes() {
  const types = new Map();
  return {
    name: 'credit-kit: typed events',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name))
          types.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? [])
          for (const event of decl.events ?? [])
            if (!event.type && types.has(event.name)) event.type = { text: types.get(event.name) };
    },
  };
}

/**
 * Module references as paths of the manifest's own modules: relative specifiers resolved, `.js` as the
 * `.ts` module analysed; re-exports of what the manifest does not describe (types, interfaces) dropped.
 */
function resolvableReferences() {
  return {
    name: 'credit-kit: resolvable references',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((m) => [m.path, m]));
      const resolve = (from, ref) => {
        if (!ref || ref.package || typeof ref.module !== 'string') return;
        const spec = ref.module.replace(/^\//, '');
        ref.module = spec.startsWith('.') ? modulePath(from, spec) : spec.replace(/\.js$/, '.ts');
      };
      const known = (ref) => {
        const mod = modules.get(ref.module);
        if (!mod) return false;
        if (ref.name === '*') return true;
        return (
          (mod.declarations ?? []).some((d) => d.name === ref.name) ||
          (mod.exports ?? []).some((e) => e.name === ref.name)
        );
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          resolve(mod.path, decl.superclass);
          for (const member of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])])
            resolve(mod.path, member.inheritedFrom);
        }
        for (const exp of mod.exports ?? []) resolve(mod.path, exp.declaration);
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.declaration.package || known(e.declaration));
      }
    },
  };
}

export default {
  globs: [
    ...components,
    'src/internal/credit-element.ts',
    'src/internal/config.ts',
    'src/entries/*.ts',
    'src/index.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineCalls(), eventTypes(), resolvableReferences()],
};
