// The real server on a fresh in-memory database, with clients for each kind of caller.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startServer } from '@credit-kit/server';
import { createClient, type ClientOptions, type CreditClient } from '@credit-kit/sdk';

/** The page a widget runs on; the demo publishable key allows any localhost port. */
export const portalOrigin = 'http://localhost:5173';

/** What a browser adds to every request from a portal page: its Origin. */
export const fromPortal =
  (inner: typeof fetch = fetch): typeof fetch =>
  (input, init) => {
    const request = new Request(input, init);
    request.headers.set('origin', portalOrigin);
    return inner(request);
  };

/** Counts requests per `METHOD path` on their way to the real server. */
export function countingFetch(inner: typeof fetch = fetch) {
  const counts = new Map<string, number>();
  const counted: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return inner(request);
  };
  return { fetch: counted, count: (key: string) => counts.get(key) ?? 0 };
}

export async function startApi() {
  const server = await startServer({ port: 0, dataDir: 'memory://', seed: 'demo', logger: false, rateLimit: false });
  const demo = server.demo!;
  const client = (opts: Partial<ClientOptions> = {}): CreditClient =>
    createClient({ baseUrl: server.url, locale: 'en', ...opts });
  const staff = client({ secretKey: demo.secretKey });
  return {
    server,
    demo,
    client,
    staff,
    /** A publishable-key client on a portal page. */
    portal: (opts: Partial<ClientOptions> = {}) =>
      client({ publishableKey: demo.publishableKey, ...opts, fetch: fromPortal(opts.fetch) }),
    /** A widget's client with a subject session minted by the portal's backend, as in production. */
    async subject(code: string, opts: Partial<ClientOptions> = {}) {
      const status = await staff.statuses.get(code);
      const session = await staff.sessions.create({ subjectCode: code, subjectName: status.name });
      return { session, client: client({ sessionToken: session.token, ...opts, fetch: fromPortal(opts.fetch) }) };
    },
    close: () => server.close(),
  };
}

/** A TCP server that accepts connections and never answers: for timeouts and aborts. */
export async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
