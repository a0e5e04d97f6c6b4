// The browser bundles of @credit-kit/widgets: one per file of src/entries/ (`<name>.js`, one component
// each) and the all-in-one `credit-kit.js` (src/index.ts: every component and the SDK). A new entry file
// is a new bundle.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The all-in-one bundle's name. */
export const allInOne = 'credit-kit';

/** Bundle name → its entry module, relative to the package folder. */
export function bundles() {
  const entries = readdirSync(`${packageDir}/src/entries`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => [f.slice(0, -3), `src/entries/${f}`]);
  return Object.fromEntries([...entries, [allInOne, 'src/index.ts']]);
}
