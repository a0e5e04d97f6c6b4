// A web-test-runner plugin that runs the real reference server beside the browser tests, on a
// fresh in-memory database with the demo data. Needs tsx and the `source` condition (scripts/wtr.mjs).
//   GET /__credit-server.json                       → { url, demo: { publishableKey, subjects, templates, records, … } }
//   GET /__credit-server/session?subject=CODE[&name=…][&ttl=…] → a subject session. Minting takes the
//       secret key, which must stay server-side, so the plugin mints it on the test's behalf.
//   POST /__credit-server/staff/v1/…                → the same request made with the secret key, as a
//       department's system would (file a record, review an objection): the key stays server-side.
//   GET /__credit-hang/…                            → answers only after 5 s (for client timeouts)
const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
const json = (value, status = 200) => ({ body: JSON.stringify(value), type: 'json', status });

export function creditServerPlugin() {
  let starting;
  const start = () =>
    (starting ??= import('@credit-kit/server').then(({ startServer }) =>
      startServer({ port: 0, dataDir: 'memory://', seed: 'demo', logger: false, rateLimit: false }),
    ));
  const staff = async (server, path, init = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${server.demo.secretKey}`, 'content-type': 'application/json' },
    });
    return { status: response.status, body: await response.json() };
  };

  return {
    name: 'credit-server',
    async serverStop() {
      if (starting) await (await starting).close();
    },
    async serve(context) {
      if (context.path === '/__credit-server.json') {
        const server = await start();
        return json({ url: server.url, demo: server.demo });
      }
      if (context.path === '/__credit-server/session') {
        const server = await start();
        const subjectCode = context.query.subject;
        const name =
          context.query.name ?? (await staff(server, `/v1/subjects/${subjectCode}/status`)).body.name ?? '测试主体';
        const ttl = context.query.ttl ? { ttlSeconds: Number(context.query.ttl) } : {};
        const minted = await staff(server, '/v1/subject-sessions', {
          method: 'POST',
          body: JSON.stringify({ subjectCode, subjectName: name, ...ttl }),
        });
        return json(minted.body, minted.status);
      }
      if (context.path.startsWith('/__credit-server/staff/v1/') && context.method === 'POST') {
        const server = await start();
        const body = await readBody(context.req);
        const done = await staff(server, context.path.slice('/__credit-server/staff'.length), { method: 'POST', body });
        return json(done.body, done.status);
      }
      if (context.path.startsWith('/__credit-hang/')) {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        return json({});
      }
      return undefined;
    },
  };
}
