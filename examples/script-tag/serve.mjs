// Serves the script-tag page: index.html with %CREDIT_API_URL% replaced by the API's address, and the
// prebuilt bundle of the installed @credit-kit/widgets (dist/bundle/) under /credit-kit/.
//   CREDIT_API_URL=http://127.0.0.1:8787 node serve.mjs    (EXAMPLE_PORT, default 8000)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(dirname(createRequire(import.meta.url).resolve('@credit-kit/widgets/package.json')), 'dist/bundle');
const apiUrl = process.env.CREDIT_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
const port = Number(process.env.EXAMPLE_PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  try {
    if (path === '/' || path === '/index.html') {
      const html = (await readFile(join(here, 'index.html'), 'utf8')).replaceAll('%CREDIT_API_URL%', apiUrl);
      res.writeHead(200, { 'content-type': types['.html'] }).end(html);
      return;
    }
    const file = normalize(path.slice('/credit-kit/'.length));
    if (path.startsWith('/credit-kit/') && !file.startsWith('..')) {
      const body = await readFile(join(bundle, file));
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      return;
    }
  } catch {
    // A missing file is a 404 below.
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`script-tag example on http://localhost:${actual}/ (API ${apiUrl})`);
});
