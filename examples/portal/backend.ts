// The example portal's own backend: its demo sign-in mints a subject session (ss_…) with the
// portal's SECRET key, server to server, and hands the page only that short-lived token.
// A real portal authenticates its users itself (统一身份认证) before minting; here the user picks a demo subject.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Hono, type Context } from 'hono';
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
  /** Path of the all-in-one widgets bundle on disk, served at `/portal-assets/credit-kit.js` with its `chunks/`. */
  widgetsBundle?: string;
  /** Where the page loads the widgets from when the bundle is served elsewhere. */
  widgetsUrl?: string;
}

/**
 * A demo subject as the sign-in chooser shows it to anyone, before sign-in. An organisation's code and name
 * are public; a natural person's appear only masked, and the chooser names the person by an opaque `id`.
 */
export interface PortalSubject {
  /** What the sign-in sends: an organisation's code, or `person-N` for a natural person. */
  id: string;
  kind: SubjectKind;
  /** An organisation's code (its badge can be looked up); absent for a natural person. */
  code?: string;
  display: { code: string; name: string };
}

/** What `/portal-config.json` tells the page. Nothing in it is personal data unmasked. */
export interface PortalConfig {
  apiBaseUrl: string;
  widgetsUrl: string;
  publishableKey: string | null;
  subjects: PortalSubject[];
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
    const script = async (c: Context, file: string) => {
      const body = await readFile(file).catch(() => undefined);
      if (!body) return c.notFound();
      return c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    };
    app.get(bundleUrl, (c) => script(c, bundle));
    // The bundle's lazy chunks, which it imports from `chunks/` beside itself (a file name, no path).
    app.get('/portal-assets/chunks/:file{[\\w.-]+\\.js}', (c) =>
      script(c, join(dirname(bundle), 'chunks', c.req.param('file'))),
    );
  }

  /** The chooser's subjects with the code each `id` signs in as (kept here, never sent for a person). */
  const chooser = async () => {
    const { statuses } = codes.length ? await staff.statuses.batch([...codes]) : { statuses: [] };
    const order = (code: string) => codes.indexOf(code);
    return statuses
      .sort((a, b) => order(a.code) - order(b.code))
      .map((s): PortalSubject & { signInCode: string } => {
        if (s.kind !== 'natural-person')
          return {
            id: s.code,
            kind: s.kind,
            code: s.code,
            display: { code: s.code, name: s.name },
            signInCode: s.code,
          };
        const display = { code: maskSubjectCode(s.code), name: maskName(s.name) };
        return { id: `person-${order(s.code) + 1}`, kind: s.kind, display, signInCode: s.code };
      });
  };

  app.get('/portal-config.json', async (c) => {
    const subjects = (await chooser()).map(({ signInCode: _code, ...subject }) => subject);
    const config: PortalConfig = {
      apiBaseUrl: options.publicApiBaseUrl ?? '',
      widgetsUrl: options.widgetsUrl ?? bundleUrl,
      publishableKey: options.publishableKey ?? null,
      subjects,
    };
    return c.json(config, 200, { 'cache-control': 'no-store' });
  });

  app.post('/portal-api/sign-in', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { subject?: unknown };
    const chosen = (await chooser()).find((s) => s.id === body.subject);
    if (!chosen) return c.json({ error: 'unknown-demo-subject' }, 403);
    const code = chosen.signInCode;
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
