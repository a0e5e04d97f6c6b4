// The reference server that web-test-runner runs beside the tests (scripts/wtr-credit-server.mjs).
import { makeUscc } from '@credit-kit/contract';
import type { DemoFixtures } from '@credit-kit/server';
import { configure } from '../config.js';
import { resetPage } from './fake-api.js';

export interface RealServer {
  url: string;
  demo: DemoFixtures;
}

let server: Promise<RealServer> | undefined;

/** The running server's address and demo fixtures (it starts on first use). */
export function realServer(): Promise<RealServer> {
  return (server ??= fetch('/__credit-server.json').then(async (r) => {
    if (!r.ok) throw new Error(`the credit server did not start: HTTP ${r.status}`);
    return (await r.json()) as RealServer;
  }));
}

/** A subject session minted the way a portal's backend would (the secret key stays server-side). */
export async function mintSession(subject: string, name: string): Promise<string> {
  const r = await fetch(
    `/__credit-server/session?subject=${encodeURIComponent(subject)}&name=${encodeURIComponent(name)}`,
  );
  const body = (await r.json()) as { token?: string };
  if (!body.token) throw new Error(`no session for ${subject}: ${JSON.stringify(body)}`);
  return body.token;
}

/** A staff session for this page's origin, minted the way a department's backend would (its secret key stays server-side). */
export async function mintStaffSession(
  scopes: string[] = ['checks'],
  staff = { id: `E${Math.floor(Math.random() * 1e6)}`, name: '王芳' },
  ttlSeconds?: number,
): Promise<{ token: string; id: string; staff: { id: string; name: string }; authority: string }> {
  return staffPost('/v1/staff-sessions', {
    staff,
    origin: location.origin,
    scopes,
    ...(ttlSeconds ? { ttlSeconds } : {}),
  });
}

/** Points every widget at the real server with the demo publishable key. */
export async function useRealServer(fetchImpl?: typeof fetch): Promise<RealServer> {
  const s = await realServer();
  resetPage();
  configure({ baseUrl: s.url, publishableKey: s.demo.publishableKey, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return s;
}

/** A GET with the demo publishable key, as a public page would make it. */
export async function publicGet<T>(path: string): Promise<T> {
  const s = await realServer();
  const r = await fetch(s.url + path, { headers: { authorization: `Bearer ${s.demo.publishableKey}` } });
  if (!r.ok) throw new Error(`GET ${path}: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** A POST made with the secret key on the test's behalf, as a department's system would make it. */
export async function staffPost<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(`/__credit-server/staff${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`POST ${path}: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** A USCC of a subject no other test uses, so what a test counts (commitments, declarations) is its own. */
export const freshSubject = (prefix = 'MA') =>
  makeUscc({
    areaCode: '520402',
    organisationBody: `${prefix}${Math.random()
      .toString(36)
      .slice(2, 8)
      .padEnd(6, '0')
      .toUpperCase()
      .replace(/[IOSVZ]/g, '7')}`,
  });
