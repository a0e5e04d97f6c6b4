// Finds poppler's pdftotext and pdftoppm for the PDF tests (text extraction, page rendering), installing
// Debian's poppler-utils package when that is possible, as scripts/chromium.mjs does for Chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Runs `fn` with the PDF's bytes in a file of a scratch folder, removed afterwards. */
function withPdf(bytes, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    return fn(dir, join(dir, 'doc.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext extracts it (what a reader selects and copies), pages split by form feeds. */
export function pdfText(bytes) {
  return withPdf(bytes, (_, file) => execFileSync(join(findPoppler(), 'pdftotext'), ['-layout', file, '-']).toString());
}

/** pdfinfo's lines (page size, page count, …) and pdffonts' table. */
export function pdfInfo(bytes) {
  return withPdf(bytes, (_, file) => ({
    info: execFileSync(join(findPoppler(), 'pdfinfo'), [file]).toString(),
    fonts: execFileSync(join(findPoppler(), 'pdffonts'), [file]).toString(),
  }));
}

/** The QR code of every page, decoded with jsQR from the page rendered at 110 dpi ('' for a page without one). */
export function pdfQrCodes(bytes) {
  const jsQR = createRequire(import.meta.url)('jsqr');
  return withPdf(bytes, (dir, file) => {
    execFileSync(join(findPoppler(), 'pdftoppm'), ['-r', '110', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort()
      .map((name) => {
        // A binary PPM: "P6 <width> <height> 255" and RGB bytes; jsQR wants RGBA.
        const ppm = readFileSync(join(dir, name));
        const [, width, height] = ppm.subarray(0, 30).toString('latin1').split(/\s+/).map(Number);
        const start = ppm.length - width * height * 3;
        const rgba = new Uint8ClampedArray(width * height * 4);
        for (let i = 0; i < width * height; i++) {
          rgba.set(ppm.subarray(start + i * 3, start + i * 3 + 3), i * 4);
          rgba[i * 4 + 3] = 255;
        }
        return jsQR(rgba, width, height)?.data ?? '';
      });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findPoppler());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
