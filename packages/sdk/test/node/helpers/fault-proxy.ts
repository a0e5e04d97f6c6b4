// A fault-injecting HTTP proxy between a client and the real server: each request it forwards can be
// dropped before it reaches the server, dropped after the server answered (the write is committed, the
// client never hears of it), delayed past the client's timeout, or answered by the "gateway" with 502/503.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'pass' | 'drop-before' | 'drop-after' | 'delay' | '502' | '503';

export interface FaultProxy {
  url: string;
  /** Faults for the next requests of `method` (default POST), one per request, in order; then requests pass. */
  inject(faults: readonly Fault[], method?: string): void;
  /** Drops the faults not used yet. */
  clear(): void;
  /** How many requests reached the server, and how many faults were applied. */
  stats: { forwarded: number; faulted: number };
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, { delayMs = 1_500 } = {}): Promise<FaultProxy> {
  const queues = new Map<string, Fault[]>();
  const sockets = new Set<Socket>();
  const stats = { forwarded: 0, faulted: 0 };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const fault = queues.get(req.method ?? 'GET')?.shift() ?? 'pass';
    if (fault !== 'pass') stats.faulted++;
    if (fault === 'drop-before') return req.socket.destroy();
    if (fault === '502' || fault === '503') {
      res.writeHead(Number(fault), { 'content-type': 'text/html', ...(fault === '503' ? { 'retry-after': '0' } : {}) });
      return res.end(`<html><body>${fault} from the gateway</body></html>`);
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'connection'].includes(k)),
    ) as Record<string, string>;
    stats.forwarded++;
    const answer = await fetch(new URL(req.url ?? '/', target), {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    if (fault === 'drop-after') return req.socket.destroy();
    if (fault === 'delay') await new Promise((r) => setTimeout(r, delayMs));
    if (res.destroyed || req.socket.destroyed) return;
    const out = Object.fromEntries(
      [...answer.headers].filter(
        ([k]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k),
      ),
    );
    res.writeHead(answer.status, out);
    res.end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    inject(faults, method = 'POST') {
      queues.set(method, [...(queues.get(method) ?? []), ...faults]);
    },
    clear: () => queues.clear(),
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
