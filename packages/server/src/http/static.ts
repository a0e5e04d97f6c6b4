import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';

/**
 * What every page, script and document outside the API is served with: gzip (Hono's `compress`, for
 * compressible types over 1 kB) and an ETag (Hono's `etag`, so a revisit is a 304), both computed on
 * the uncompressed body. The API's own responses set their validators themselves and stay uncompressed.
 */
export const webMiddleware = (): MiddlewareHandler[] => [compress(), etag()];

/**
 * Files below `root` (Hono's `serveStatic`: no `..`, `/` → index.html, Last-Modified), revalidated on
 * every use (`no-cache` with the ETag), so a new build is seen at once and an unchanged file costs a 304.
 */
export function staticFiles(root: string): MiddlewareHandler {
  const files = serveStatic({ root, onNotFound: (_path, c) => c.header('Cache-Control', undefined) });
  return async (c, next) => {
    if (c.req.path.startsWith('/v1/')) return next();
    c.header('Cache-Control', 'no-cache');
    return files(c, next);
  };
}
