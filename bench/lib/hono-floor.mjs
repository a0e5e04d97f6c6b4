// The API benchmark's floor: a bare Hono app answering trivial JSON on @hono/node-server, in its own
// process, on plain Node (no loader). Sends its URL to the parent once it listens.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.send({ url: `http://127.0.0.1:${info.port}` }),
);
