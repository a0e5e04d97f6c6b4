// The example portal's own backend: its demo sign-in mints a subject session (ss_…) with the
// portal's SECRET key, server to server, and hands the page only that short-lived token.
// A real portal authenticates its users itself (统一身份认证) before minting; here the user picks a demo subject.
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { createClient, NotFoundError } from '@credit-kit/sdk';
import { maskName, maskSubjectCode, type CommitterKind, type SubjectKind } from '@credit-kit/contract';

export interface PortalBackendOptions {
  /** Where this backend reaches the API, server to server. */
  apiBaseUrl: string;
  /** The portal's secret key: used here, never sent to a browser. */
  secretKey: string;
  /** The publishable key the page uses for public reads (origin-bound, safe to publish). */
  publishableKey?: string;
  /** Codes of the demo subjects offered by the sign-in (the portal's stand-in for its user directory). */
  subjectCodes?: readonly string[];
  /** The API's base URL as the browser sees it; '' (the default) means the page's own origin. */
  publicApiBaseUrl?: string;
  /** Minutes a subject session lasts. */
  sessionMinutes?: number;
  /** Path of the all-in-one widgets bundle on disk, served at `/portal-assets/credit-kit.js`. */
  widgetsBundle?: string;
  /** Where the page loads the widgets from when the bundle is served elsewhere. */
  widgetsUrl?: string;
}

/** What `/portal-config.json` tells the page. */
export interface PortalConfig {
  apiBaseUrl: string;
  widgetsUrl: string;
  publishableKey: string | null;
  subjects: { code: string; kind: SubjectKind; name: string; display: { code: string; name: string } }[];
}

const bundleUrl = '/portal-assets/credit-kit.js';

const committerKinds: Partial<Record<SubjectKind, CommitterKind>> = {
  'natural-person': 'natural-person',
  'individual-business': 'individual-business',
};

/** A Hono app serving `/portal-config.json`, `POST /portal-api/sign-in` and `POST /portal-api/sign-out`. */
export function portalBackend(options: PortalBackendOptions): Hono {
  const staff = createClient({ baseUrl: options.apiBaseUrl, secretKey: options.secretKey });
  const codes = options.subjectCodes ?? [];
  const app = new Hono();

  const bundle = options.widgetsBundle;
  if (bundle) {
    app.get(bundleUrl, async (c) =>
      c.body(await readFile(bundle), 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache',
      }),
    );
  }

  app.get('/portal-config.json', async (c) => {
    const { statuses } = codes.length ? await staff.statuses.batch([...codes]) : { statuses: [] };
    const order = (code: string) => codes.indexOf(code);
    const subjects = statuses
      .sort((a, b) => order(a.code) - order(b.code))
      .map((s) => {
        // The chooser is shown to anyone, so a person's name and number are displayed masked.
        const person = s.kind === 'natural-person';
        const display = { code: person ? maskSubjectCode(s.code) : s.code, name: person ? maskName(s.name) : s.name };
        return { code: s.code, kind: s.kind, name: s.name, display };
      });
    const config: PortalConfig = {
      apiBaseUrl: options.publicApiBaseUrl ?? '',
      widgetsUrl: options.widgetsUrl ?? bundleUrl,
      publishableKey: options.publishableKey ?? null,
      subjects,
    };
    return c.json(config, 200, { 'cache-control': 'no-store' });
  });

  app.post('/portal-api/sign-in', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { subjectCode?: unknown };
    const code = typeof body.subjectCode === 'string' ? body.subjectCode.trim().toUpperCase() : '';
    if (codes.length && !codes.includes(code)) return c.json({ error: 'unknown-demo-subject' }, 403);
    try {
      const status = await staff.statuses.get(code);
      const session = await staff.sessions.create({
        subjectCode: status.code,
        subjectName: status.name,
        committerKind: committerKinds[status.kind] ?? 'organisation',
        ttlSeconds: (options.sessionMinutes ?? 30) * 60,
      });
      return c.json({ token: session.token, subject: session.subject, expiresAt: session.expiresAt }, 200, {
        'cache-control': 'no-store',
      });
    } catch (error) {
      if (error instanceof NotFoundError) return c.json({ error: 'unknown-subject' }, 404);
      return c.json({ error: error instanceof Error ? error.message : 'sign-in failed' }, 502);
    }
  });

  // Subject sessions expire by themselves within minutes; signing out just lets the page forget its token.
  app.post('/portal-api/sign-out', (c) => c.body(null, 204));

  return app;
}
