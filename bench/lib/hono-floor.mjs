// The API benchmark's floor: a bare Hono app answering trivial JSON on @hono/node-server, in its own
// process, on plain Node (no loader). Sends its URL to the parent once it listens. `/answer` sends what
// the parent hands it (the server's /healthz body and headers) with a fresh request id: the cost of the
// answer itself, without the server's routing, authentication, limits and checks.
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

let answer = { body: '', headers: {} };
process.on('message', (message) => (answer = message));

const app = new Hono();
app.get('/', (c) => c.json({ ok: true }));
app.get('/answer', () => new Response(answer.body, { headers: { ...answer.headers, 'x-request-id': randomUUID() } }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.send({ url: `http://127.0.0.1:${info.port}` }),
);
