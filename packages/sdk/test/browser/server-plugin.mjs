// A web-test-runner plugin that runs the real API beside the browser tests: it starts the server on a
// fresh in-memory database and tells the page where it is. Needs the `source` condition and tsx
// (the server is loaded from TypeScript sources), as `scripts/wtr.mjs` provides.
//   GET /__credit-server        → { url, publishableKey, subjects, templates, records }
//   GET /__credit-session?subject=…  → a subject session minted with the secret key (server side only)
//   GET /__credit-hang/…             → answers only after 5 s (for timeouts)

const json = (value) => ({ body: JSON.stringify(value), type: 'json' });

export function creditServerPlugin() {
  let server;
  let staff;
  return {
    name: 'credit-server',
    async serverStart() {
      const { startServer } = await import('@credit-kit/server');
      const { createClient } = await import('@credit-kit/sdk');
      server = await startServer({ port: 0, dataDir: 'memory://', seed: 'demo', logger: false, rateLimit: false });
      staff = createClient({ baseUrl: server.url, secretKey: server.demo.secretKey });
    },
    async serverStop() {
      await server?.close();
    },
    async serve(context) {
      if (context.path === '/__credit-server') {
        const { publishableKey, subjects, templates, records } = server.demo;
        return json({ url: server.url, publishableKey, subjects, templates, records });
      }
      if (context.path === '/__credit-session') {
        const code = server.demo.subjects[context.query.subject];
        const status = await staff.statuses.get(code);
        return json(await staff.sessions.create({ subjectCode: code, subjectName: status.name }));
      }
      if (context.path.startsWith('/__credit-hang/')) {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        return json({});
      }
      return undefined;
    },
  };
}
