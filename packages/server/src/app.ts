import { buildOpenApi } from '@credit-kit/contract';
import { Hono } from 'hono';
import type { AppEnv, Deps } from './context.js';
import { cors } from './http/cors.js';
import { DOCS_CSP, DOCS_CSS, renderDocs } from './http/docs.js';
import { mount } from './http/endpoint.js';
import { ApiError, problemBody } from './http/problem.js';
import { serveFile } from './http/static.js';
import { randomToken } from './ids.js';
import { checkEndpoints } from './routes/checks.js';
import { commitmentEndpoints } from './routes/commitments.js';
import { declarationEndpoints } from './routes/declarations.js';
import { fileEndpoints } from './routes/files.js';
import { metaEndpoints } from './routes/meta.js';
import { objectionEndpoints } from './routes/objections.js';
import { recordEndpoints } from './routes/records.js';
import { repairEndpoints } from './routes/repairs.js';
import { sessionEndpoints } from './routes/sessions.js';
import { statusEndpoints } from './routes/statuses.js';

export const allEndpoints = [
  ...metaEndpoints,
  ...statusEndpoints,
  ...recordEndpoints,
  ...commitmentEndpoints,
  ...declarationEndpoints,
  ...repairEndpoints,
  ...objectionEndpoints,
  ...checkEndpoints,
  ...fileEndpoints,
  ...sessionEndpoints,
];

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>credit-kit</title></head>
<body><h1>credit-kit</h1><p>示例门户即将上线。The example portal is coming.</p>
<p><a href="/docs">API docs</a> · <a href="/v1/openapi.json">OpenAPI</a> · <a href="/healthz">health</a></p></body></html>`;

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** The HTTP application: every route of the contract, the docs, and the portal's static files. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const openapi = JSON.stringify(buildOpenApi(deps.version));
  const docs = renderDocs(JSON.parse(openapi));

  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomToken('req').slice(0, 24);
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (deps.worker !== undefined) c.header('X-Credit-Worker', String(deps.worker));
    if (c.req.path.startsWith('/v1/') && !c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
    const principal = c.get('principal');
    deps.log?.({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(principal
        ? { principal: principal.kind === 'public' ? principal.id : `${principal.kind}:${principal.id}` }
        : {}),
    });
  });
  app.use('/v1/*', cors(deps));
  app.use('/healthz', cors(deps));

  mount(app, deps, allEndpoints);

  app.get('/v1/openapi.json', (c) =>
    c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  );
  app.get('/docs', (c) => c.html(docs, 200, { 'Content-Security-Policy': DOCS_CSP }));
  app.get('/docs/style.css', (c) =>
    c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  );
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/v1/')) return next();
    const file = deps.staticRoot ? await serveFile(c, deps.staticRoot) : undefined;
    if (file) return file;
    if (c.req.path === '/' || c.req.path === '/index.html') return c.html(PLACEHOLDER);
    return next();
  });

  app.notFound((c) => {
    const error = new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}`);
    return c.json(problemBody(error, c.get('requestId'), c.req.path), 404, {
      'content-type': 'application/problem+json',
    });
  });

  app.onError((err, c) => {
    const error = err instanceof ApiError ? err : new ApiError('internal');
    if (!(err instanceof ApiError)) {
      deps.log?.({
        time: new Date().toISOString(),
        level: 'error',
        msg: 'unhandled',
        requestId: c.get('requestId'),
        error: String(err),
        stack: err.stack,
      });
    }
    return c.json(problemBody(error, c.get('requestId'), c.req.path), error.status as 500, {
      'content-type': 'application/problem+json',
    });
  });

  return app;
}
