// A web-test-runner plugin that runs the real reference server beside the browser tests.
// Tests read `/__credit-server.json` for its URL and demo keys, and ask
// `/__credit-server/session?subject=CODE&name=NAME` for a subject session: minting one takes the
// secret key, which must stay server-side, so the plugin mints it on the test's behalf.
export function creditServerPlugin() {
  let server;
  let starting;
  const start = () =>
    (starting ??= import('@credit-kit/server').then(async ({ startServer }) => {
      server = await startServer({ port: 0, dataDir: 'memory://', seed: 'demo', logger: false });
      return server;
    }));

  return {
    name: 'credit-server',
    async serverStop() {
      if (starting) await (await starting).close();
    },
    async serve(context) {
      if (context.path === '/__credit-server.json') {
        const s = await start();
        return { body: JSON.stringify({ url: s.url, demo: s.demo }), type: 'json' };
      }
      if (context.path === '/__credit-server/session') {
        const s = await start();
        const subjectCode = context.query.subject;
        const response = await fetch(`${s.url}/v1/subject-sessions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.demo.secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            subjectCode,
            subjectName: context.query.name ?? '测试主体',
            ...(context.query.ttl ? { ttlSeconds: Number(context.query.ttl) } : {}),
          }),
        });
        return { body: await response.text(), type: 'json' };
      }
      return undefined;
    },
  };
}
