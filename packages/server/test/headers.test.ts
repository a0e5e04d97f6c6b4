import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../src/context.js';
import { apiHeaders, respond } from '../src/http/headers.js';

/** An app with the API's headers middleware and the routes a test gives it. */
function app(routes: (app: Hono<AppEnv>) => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', apiHeaders(undefined));
  routes(app);
  return app;
}

describe("the API's response headers", () => {
  it('keeps a header a route sets with c.header() before it answers with respond()', async () => {
    const res = await app((a) =>
      a.get('/x', (c) => {
        c.header('X-Trace', 'one');
        c.header('Cache-Control', 'public, max-age=60');
        c.header('Vary', 'Origin');
        c.header('Vary', 'Accept-Language', { append: true });
        return respond(c, '{}', 200, { 'content-type': 'application/json' });
      }),
    ).request('/x');
    assert.equal(res.headers.get('x-trace'), 'one');
    // The route's own value replaces the API's `no-store`.
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(res.headers.get('vary'), 'Origin, Accept-Language');
    // And the API's own headers are there too.
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('x-request-id'));
  });

  it("removes a header with c.header(name, undefined), and lets respond()'s own headers win", async () => {
    const res = await app((a) =>
      a.get('/x', (c) => {
        c.header('cache-control', undefined);
        c.header('content-type', 'text/plain');
        return respond(c, 'ok', 200, { 'content-type': 'application/json' });
      }),
    ).request('/x');
    assert.equal(res.headers.get('cache-control'), null);
    assert.equal(res.headers.get('content-type'), 'application/json');
  });

  it('changes the answer when c.header() is called after it is made (a middleware after next)', async () => {
    const res = await app((a) => {
      a.use('/x', async (c, next) => {
        await next();
        c.header('x-after', 'yes');
      });
      a.get('/x', (c) => respond(c, '{}', 200));
    }).request('/x');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-after'), 'yes');
    assert.equal(await res.text(), '{}');
  });

  it("gives an answer made with Hono's own helpers the API's headers and the route's", async () => {
    const res = await app((a) =>
      a.get('/x', (c) => {
        c.header('x-trace', 'two');
        return c.json({ ok: true });
      }),
    ).request('/x');
    assert.deepEqual(await res.json(), { ok: true });
    assert.equal(res.headers.get('x-trace'), 'two');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});
