// The framework bindings of @credit-kit/widgets, generated from custom-elements.json so that a new
// widget gets them with the next build: for each tag the manifest defines,
//   src/react/<entry>.ts  a React component made by @lit/react's createComponent: properties as props,
//                          `on<EventName>` props for its typed events (`credit-status-load` → onCreditStatusLoad);
//   src/elements.ts       the one table of tags, element classes, own properties and events that the
//                          React and Vue types below are derived from;
//   src/react/index.ts    all of them, and the JSX types of the bare tags (React 19 renders custom elements);
//   src/vue.ts            Vue 3 `GlobalComponents` types for the tags, and `isCustomElement` for the compiler;
//   vscode.html-custom-data.json  the tags, attributes (with their values) and docs for VS Code's HTML editor.
// `node packages/widgets/scripts/bindings.mjs` writes them; `--check` exits 1 when one is stale.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const header = '// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.\n';

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
/** The prop of an event: `credit-status-load` → `onCreditStatusLoad` (React and Vue alike). */
export const eventProp = (name) => `on${pascal(name)}`;

/**
 * Every tag the manifest defines: { tag, className, entry (file name without .ts), summary, events,
 * props (public writable fields: own, attributes and inherited) }, in tag order.
 */
export function elements(manifest) {
  const declarations = new Map(
    manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [`${m.path}#${d.name}`, d])),
  );
  const out = [];
  for (const mod of manifest.modules) {
    if (!mod.path.startsWith('src/entries/')) continue;
    for (const def of mod.exports ?? []) {
      if (def.kind !== 'custom-element-definition') continue;
      const decl = declarations.get(`${def.declaration.module}#${def.declaration.name}`);
      if (!decl) throw new Error(`${mod.path}: ${def.name} names a class the manifest does not declare`);
      const props = (decl.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .map((m) => m.name);
      out.push({
        tag: def.name,
        className: def.declaration.name,
        entry: basename(mod.path, '.ts'),
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        attributes: decl.attributes ?? [],
        events: (decl.events ?? []).map((e) => e.name).sort(),
        props: [...new Set(props)].sort(),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');

function reactModule(el) {
  const events = el.events
    .map((e) => `    ${eventProp(e)}: '${e}' as EventName<GlobalEventHandlersEventMap['${e}']>,\n`)
    .join('');
  return `${header}import * as React from 'react';
import { createComponent${el.events.length ? ', type EventName' : ''} } from '@lit/react';
import { ${el.className} as Element } from '../entries/${el.entry}.js';

/** \`<${el.tag}>\` as a React component${el.summary ? `: ${el.summary}` : ''} */
export const ${el.className} = createComponent({
  react: React,
  tagName: '${el.tag}',
  elementClass: Element,
  events: {
${events}  },
});
`;
}

/** The one table of tags, element classes, own properties and events that both bindings' types come from. */
function elementsModule(list) {
  const imports = list.map((el) => `import type { ${el.className} } from './entries/${el.entry}.js';\n`).join('');
  const rows = list
    .map(
      (el) => `  '${el.tag}': { element: ${el.className}; props: ${union(el.props)}; events: ${union(el.events)} };\n`,
    )
    .join('');
  return `${header}// Every widget's tag with its element class, its own writable properties and its typed events: the
// table the React (react/index.ts) and Vue (vue.ts) bindings derive their types from.
${imports}
export interface CreditElementTags {
${rows}}

export type CreditTag = keyof CreditElementTags;
export type ElementOf<T extends CreditTag> = CreditElementTags[T]['element'];
/** The tag's typed events (\`credit-status-load\`, …). */
export type EventsOf<T extends CreditTag> = CreditElementTags[T]['events'];

/** The element's own writable properties (not those of every HTML element), all optional. */
export type OwnProps<T extends CreditTag> = {
  [K in Exclude<CreditElementTags[T]['props'], keyof HTMLElement> & keyof ElementOf<T>]?: ElementOf<T>[K];
};
`;
}

function reactIndex(list) {
  const exports = list.map((el) => `export { ${el.className} } from './${el.entry}.js';\n`).join('');
  return `${header}// React components for every widget, and the JSX types of the bare tags for React 19, which sets
// properties on custom elements and adds listeners for \`on<event-name>\` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CreditTag, ElementOf, EventsOf, OwnProps } from '../elements.js';
${exports}
/** Each tag's props: React's HTML props, the element's own properties and \`on<event-name>\` for its events. */
type CreditIntrinsicElements = {
  [T in CreditTag]: DetailedHTMLProps<HTMLAttributes<ElementOf<T>>, ElementOf<T>> &
    OwnProps<T> & {
      [N in EventsOf<T> as \`on\${N}\`]?: (event: GlobalEventHandlersEventMap[N]) => void;
    };
};

declare module 'react' {
  // React's JSX types live in this namespace; augmenting it is how custom elements get typed props.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Declaration merging takes an interface, and this one adds every tag of the table above.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CreditIntrinsicElements {}
  }
}
`;
}

function vueModule() {
  return `${header}// Vue 3 types for every widget (templates checked by vue-tsc), and the compiler option that leaves
// the tags to the browser. Pass a property by its attribute name (\`:session-token="token"\`) or by its
// property name (\`:sessionToken="token"\`, \`.sessionToken\`); \`:session-token.prop\` would set a
// property literally named "session-token".
import type { DefineComponent } from 'vue';
import type { CreditTag, EventsOf, OwnProps } from './elements.js';

type CamelCase<S extends string> = S extends \`\${infer H}-\${infer T}\` ? \`\${H}\${Capitalize<CamelCase<T>>}\` : S;

/** Each tag's props: the element's own properties, and \`onCreditStatusLoad\` for \`@credit-status-load\`. */
type CreditComponents = {
  [T in CreditTag]: DefineComponent<
    OwnProps<T> & {
      [N in EventsOf<T> as \`on\${Capitalize<CamelCase<N>>}\`]?: (event: GlobalEventHandlersEventMap[N]) => void;
    }
  >;
};

declare module 'vue' {
  // Declaration merging takes an interface, and this one adds every tag of the table in elements.ts.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CreditComponents {}
}

/** For Vue's template compiler (\`compilerOptions.isCustomElement\`): the \`credit-\` tags are custom elements. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('credit-');
`;
}

/** A union of string literals (`'compact' | 'full'`) as its values, for an editor's completion. */
const literalValues = (type) => {
  const parts = (type ?? '').split('|').map((t) => t.trim());
  return parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => ({ name: t.slice(1, -1) })) : undefined;
};

/** VS Code's HTML custom data (`html.customData`): every tag with its attributes and their values. */
function vscodeData(list) {
  return `${JSON.stringify({
    version: 1.1,
    tags: list.map((el) => ({
      name: el.tag,
      description: [el.summary, el.description].filter(Boolean).join('\n\n'),
      attributes: el.attributes.map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(values ? { values } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  })}\n`;
}

/** Path (relative to the package) → contents of every generated file, formatted as the repository's sources. */
export async function render(manifest) {
  const list = elements(manifest);
  const files = {
    'src/elements.ts': elementsModule(list),
    'src/react/index.ts': reactIndex(list),
    'src/vue.ts': vueModule(),
    'vscode.html-custom-data.json': vscodeData(list),
  };
  for (const el of list) files[`src/react/${el.entry}.ts`] = reactModule(el);
  for (const [path, text] of Object.entries(files)) {
    const filepath = join(pkg, path);
    files[path] = await format(text, { ...(await resolveConfig(filepath)), filepath });
  }
  return files;
}

/** Generated files that differ from what is on disk, or are left over from a removed widget. */
export async function stale(manifest) {
  const files = await render(manifest);
  const problems = Object.entries(files)
    .filter(([path, text]) => !existsSync(join(pkg, path)) || readFileSync(join(pkg, path), 'utf8') !== text)
    .map(([path]) => path);
  const reactDir = join(pkg, 'src/react');
  const extra = existsSync(reactDir)
    ? readdirSync(reactDir)
        .map((f) => `src/react/${f}`)
        .filter((p) => !(p in files))
    : [];
  return [...problems, ...extra];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  if (process.argv.includes('--check')) {
    const problems = await stale(manifest);
    for (const p of problems) console.log(`stale: ${p} (run node packages/widgets/scripts/bindings.mjs)`);
    process.exit(problems.length ? 1 : 0);
  }
  rmSync(join(pkg, 'src/react'), { recursive: true, force: true });
  mkdirSync(join(pkg, 'src/react'), { recursive: true });
  for (const [path, text] of Object.entries(await render(manifest))) writeFileSync(join(pkg, path), text);
  console.log(
    `widgets: bindings → src/elements.ts, src/react/, src/vue.ts, vscode.html-custom-data.json (${elements(manifest).length} elements)`,
  );
}
