// A tiny HTTP server on 127.0.0.1 for benchmark pages: fixed routes of generated text, plus files below a folder.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves `routes` (path → { body, type }) and, under each `mounts` prefix (prefix → folder), the folder's files.
 * Returns { url, close() }.
 */
export async function serveStatic({ routes = {}, mounts = {} }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, body, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const fixed = routes[path];
    if (fixed) return send(200, fixed.body, fixed.type ?? types[extname(path)] ?? 'text/plain');
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) return send(403, 'forbidden');
      try {
        return send(200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
      } catch {
        return send(404, 'not found');
      }
    }
    send(404, 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
