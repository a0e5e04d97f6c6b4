import { buildOpenApi } from '@credit-kit/contract';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, Deps, Logger } from './context.js';
import { apiHeaders, respond, secureHeaderOptions, webRequestId } from './http/headers.js';
import { cors } from './http/cors.js';
import { DOCS_CSP, docsAssets, renderDocs } from './http/docs.js';
import { mount } from './http/endpoint.js';
import { decodeUrl } from './http/hygiene.js';
import { ApiError, problemBody, problemLocale } from './http/problem.js';
import { staticFiles, webMiddleware } from './http/static.js';
import { checkEndpoints } from './routes/checks.js';
import { listEndpoints } from './routes/lists.js';
import { commitmentEndpoints } from './routes/commitments.js';
import { declarationEndpoints } from './routes/declarations.js';
import { fileEndpoints } from './routes/files.js';
import { metaEndpoints } from './routes/meta.js';
import { objectionEndpoints } from './routes/objections.js';
import { recordEndpoints } from './routes/records.js';
import { repairEndpoints } from './routes/repairs.js';
import { reportEndpoints } from './routes/reports.js';
import { sessionEndpoints } from './routes/sessions.js';
import { staffSessionEndpoints } from './routes/staff-sessions.js';
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
  ...listEndpoints,
  ...reportEndpoints,
  ...fileEndpoints,
  ...sessionEndpoints,
  ...staffSessionEndpoints,
];

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>credit-kit</title></head>
<body><h1>credit-kit</h1><p>示例门户即将上线。The example portal is coming.</p>
<p><a href="/docs">API docs</a> · <a href="/v1/openapi.json">OpenAPI</a> · <a href="/healthz">health</a></p></body></html>`;

/** The HTTP application: every route of the contract, the docs, and the portal's static files. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const openapi = JSON.stringify(buildOpenApi(deps.version));
  const docs = renderDocs(JSON.parse(openapi) as Parameters<typeof renderDocs>[0]);

  // The API's answers are built with all their headers in one plain record (`http/headers.ts`): a header
  // added through a `Headers` object, or to a finished response, costs more than a cached look-up itself.
  // The portal's pages and files get Hono's `requestId` and `secureHeaders` as they are.
  const api = apiHeaders(deps.worker);
  const isApi = (path: string) => path.startsWith('/v1/') || path === '/healthz';
  app.use('/v1/*', api);
  app.use('/healthz', api);
  const web =
    (mw: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
    (c, next) =>
      isApi(c.req.path) ? next() : mw(c, next);
  app.use(web(webRequestId()), web(secureHeaders(secureHeaderOptions)));
  if (deps.log) app.use(requestLog(deps.log));
  app.use('/v1/*', cors(deps));
  app.use('/healthz', cors(deps));

  mount(app, deps, allEndpoints);

  const site = new Hono<AppEnv>();
  site.use(...webMiddleware());
  site.get('/v1/openapi.json', (c) =>
    c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  );
  site.get('/docs', (c) => c.html(docs, 200, { 'Content-Security-Policy': DOCS_CSP }));
  site.get('/docs/assets/:name', (c) => {
    const asset = docsAssets().get(c.req.param('name'));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  });
  if (deps.staticRoot) site.get('*', staticFiles(deps.staticRoot));
  site.get('/', (c) => c.html(PLACEHOLDER));
  site.get('/index.html', (c) => c.html(PLACEHOLDER));
  app.route('/', site);

  app.notFound((c) => {
    // An API route checks its URL as it decodes its parameters; anything else is checked here.
    decodeUrl(c.req.url);
    const error = new ApiError('not_found', {
      'zh-CN': `没有 ${c.req.method} ${c.req.path} 这个接口`,
      en: `No route for ${c.req.method} ${c.req.path}`,
    });
    return problemResponse(c, error);
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
    return problemResponse(c, error);
  });

  return app;
}

/** A problem as the answer, in the caller's language. */
function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const locale = problemLocale(c.req.header('accept-language'));
  return respond(c, JSON.stringify(problemBody(error, c.get('requestId'), c.req.path, locale)), error.status, {
    'content-type': 'application/problem+json',
    'content-language': locale,
  });
}

/** One JSON line per request: its id, route, status, time and caller. */
function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const principal = c.get('principal');
    log({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(principal
        ? { principal: principal.kind === 'public' ? principal.id : `${principal.kind}:${principal.id}` }
        : {}),
    });
  };
}
