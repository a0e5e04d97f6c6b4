// Finds poppler's pdftotext and pdftoppm for the PDF tests (text extraction, page rendering), installing
// Debian's poppler-utils package when that is possible, as scripts/chromium.mjs does for Chromium.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const found = () => ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));

/** The folder holding pdftotext and pdftoppm, or throws an Error saying how to get them. */
export function findPoppler({ install = true } = {}) {
  let path = found();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!path && install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("pdftotext not found: installing Debian's poppler-utils package (apt-get)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = found();
  }
  if (!path)
    throw new Error(
      'The PDF tests need pdftotext and pdftoppm. Install them (Debian/Ubuntu: `sudo apt-get install poppler-utils`), then run the tests again.',
    );
  return path.slice(0, path.lastIndexOf('/'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findPoppler());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
