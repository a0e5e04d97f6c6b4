// `cem analyze` for @credit-kit/widgets: reads each component's JSDoc (@summary, @tagname, @event,
// @slot, @csspart, @cssproperty) and Lit decorators into custom-elements.json, shipped with the package.
import { readdirSync } from 'node:fs';

// Each component's class lives in src/components/<name>/<name>.ts; its helpers beside it are not API.
const components = readdirSync(new URL('./src/components/', import.meta.url)).map(
  (name) => `src/components/${name}/${name}.ts`,
);

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
};
