// Enforces the bundle budgets of .size-limit.json (min + gzip): one line per budget, exit 1 if any is
// over or its bundle is missing. Needs the bundles built (`npm run build`). A budget measures the entry
// file a page includes; for a bundle with lazy chunks, the entry with all of them is printed beside it
// (reported, not enforced).
//   node bench/check-budgets.mjs [--summary=FILE] [--config=FILE]
//   --summary writes {"passed": n, "failed": n} for npm test; --config checks another size-limit list.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBudgets } from './lib/budgets.mjs';
import { bundleFiles, kB } from './lib/size.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const config = option('config');
let passed = 0;
let failed = 0;
try {
  for (const b of measureBudgets(config && resolve(config))) {
    b.passed ? passed++ : failed++;
    const measured = b.missing ? 'missing (run `npm run build`)' : kB(b.size);
    console.log(`${b.passed ? 'ok  ' : 'FAIL'}  ${b.name.padEnd(24)} ${measured.padStart(9)}  ≤ ${b.limit}  ${b.path}`);
    const files = b.missing ? [] : bundleFiles(b.absolutePath);
    if (files.length > 1) {
      // The entry as size-limit measures it, and each chunk as its file plugin would.
      const total = files.slice(1).reduce((sum, f) => sum + f.gzip, b.size);
      console.log(
        `      ${'incl. lazy chunks'.padEnd(24)} ${kB(total).padStart(9)}  (entry + ${files.length - 1} chunks, reported only)`,
      );
    }
  }
} catch (error) {
  console.error(error.message);
  failed++;
}
console.log(`budgets: ${passed} passed, ${failed} failed`);
const summary = option('summary');
if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
