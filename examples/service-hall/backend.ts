// A licensing system's own backend for its staff page (the service hall, 政务服务大厅). It signs its
// members of staff in (a demo directory here; a real system has its own accounts), mints each a staff
// session (st_…) with the department's SECRET key for this page's origin, and hands the page only that
// token. It approves a case only once a credit check of the applicant for the case's matter is closed
// (逢办必查): the page's approve button waits for the panel, and the backend checks again.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { Hono } from 'hono';
import { createClient } from '@credit-kit/sdk';

export interface ServiceHallOptions {
  /** Where this backend reaches the API, server to server. */
  apiBaseUrl: string;
  /** The department's secret key: used here, never sent to a browser. Its origins must include this page's. */
  secretKey: string;
  /** The applicants of the demo cases. */
  applicants: { blacklisted: string; redListed: string; individualBusiness: string };
  /** The folder of the prebuilt widget bundles (`check-panel.js` and its `chunks/`), served at `/service-hall/widgets/`. */
  widgetsDir: string;
  /** Minutes a staff session lasts. */
  sessionMinutes?: number;
}

/** A member of staff of the demo directory. */
interface Member {
  id: string;
  name: string;
  window: string;
}

/** A case waiting at the counter: who applied, for what, under the system's own case number. */
export interface HallCase {
  id: string;
  applicant: { code: string; name: string };
  matter: { kind: string; code: string; name: string };
  state: 'pending' | 'approved';
}

const directory: Member[] = [
  { id: 'E1024', name: '王芳', window: '3 号窗口' },
  { id: 'E2048', name: '李娜', window: '5 号窗口' },
];

const here = 'examples/service-hall';
const pages: Record<string, string> = {
  '/service-hall/': 'index.html',
  '/service-hall/index.html': 'index.html',
  '/service-hall/service-hall.js': 'service-hall.js',
  '/service-hall/service-hall.css': 'service-hall.css',
};
const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The service hall's pages at `/service-hall/`, its widgets, and its API at `/service-hall-api/`. */
export function serviceHallBackend(options: ServiceHallOptions): Hono {
  const department = createClient({ baseUrl: options.apiBaseUrl, secretKey: options.secretKey });
  const app = new Hono();
  const cases = new Map<string, HallCase>(
    [
      {
        id: 'XK-2026-0042',
        applicant: { code: options.applicants.blacklisted, name: '安康市汉滨区恒达食品有限公司' },
        matter: { kind: 'procurement', code: 'ZFCG-2026-0042', name: '市政府办公设备采购项目投标资格审查' },
      },
      {
        id: 'XK-2026-0043',
        applicant: { code: options.applicants.redListed, name: '贵州黔诚建设工程有限公司' },
        matter: { kind: 'licence', code: 'JZXK-2026-0043', name: '建筑工程施工许可' },
      },
      {
        id: 'XK-2026-0044',
        applicant: { code: options.applicants.individualBusiness, name: '兰州市城关区王记牛肉面馆' },
        matter: { kind: 'subsidy', code: 'BT-2026-0044', name: '小微企业稳岗补贴' },
      },
    ].map((c) => [c.id, { ...c, state: 'pending' as const }]),
  );
  /** Signed-in members by the hall's own session cookie stand-in (a demo keeps it in memory). */
  const signedIn = new Map<string, { member: Member; staffSessionId: string }>();

  for (const [path, file] of Object.entries(pages)) {
    app.get(path, async (c) => {
      const type = types[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
      return c.body(await readFile(join(here, file)), 200, { 'content-type': type, 'cache-control': 'no-cache' });
    });
  }
  app.get('/service-hall', (c) => c.redirect('/service-hall/'));

  // The prebuilt widget bundle and its chunks, as they are (they import their chunks relatively).
  app.get('/service-hall/widgets/*', async (c) => {
    const rest = normalize(c.req.path.slice('/service-hall/widgets/'.length));
    if (rest.startsWith('..') || !rest.endsWith('.js')) return c.notFound();
    try {
      return c.body(await readFile(join(options.widgetsDir, rest)), 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache',
      });
    } catch {
      return c.notFound();
    }
  });

  app.get('/service-hall-api/staff', (c) => c.json(directory));

  /**
   * Signs a member of staff in and mints their staff session for this page's origin (the page is served by
   * this backend, so its origin is this request's). A real system authenticates the member first.
   */
  app.post('/service-hall-api/sign-in', async (c) => {
    const { staffId } = await c.req.json<{ staffId?: string }>();
    const member = directory.find((m) => m.id === staffId);
    if (!member) return c.json({ error: 'unknown member of staff' }, 400);
    const session = await department.staffSessions.create({
      staff: { id: member.id, name: member.name },
      origin: c.req.header('origin') ?? new URL(c.req.url).origin,
      scopes: ['checks'],
      ttlSeconds: (options.sessionMinutes ?? 15) * 60,
    });
    const hallSession = crypto.randomUUID();
    signedIn.set(hallSession, { member, staffSessionId: session.id });
    return c.json({ hallSession, token: session.token, expiresAt: session.expiresAt, member });
  });

  /** Signing out revokes the staff session at once. */
  app.post('/service-hall-api/sign-out', async (c) => {
    const { hallSession } = await c.req.json<{ hallSession?: string }>();
    const held = hallSession ? signedIn.get(hallSession) : undefined;
    if (hallSession && held) {
      signedIn.delete(hallSession);
      await department.staffSessions.revoke(held.staffSessionId);
    }
    return c.body(null, 204);
  });

  app.get('/service-hall-api/cases', (c) => c.json([...cases.values()]));

  /**
   * Approves a case only when a closed credit check of its applicant for its matter exists (the panel
   * closed the loop), and not when the check's feedback refused it.
   */
  app.post('/service-hall-api/cases/:id/approve', async (c) => {
    const hallCase = cases.get(c.req.param('id'));
    const { hallSession } = await c.req.json<{ hallSession?: string }>();
    const held = hallSession ? signedIn.get(hallSession) : undefined;
    if (!hallCase) return c.json({ error: 'no such case' }, 404);
    if (!held) return c.json({ error: 'sign in first' }, 401);
    const { data } = await department.checks.list({
      subject: hallCase.applicant.code,
      matterKind: hallCase.matter.kind,
      state: 'closed',
    });
    const closed = data.find((check) => check.matter.code === hallCase.matter.code);
    if (!closed?.feedback) return c.json({ error: 'the credit check of this case is not closed' }, 409);
    if (closed.feedback.outcome === 'rejected' || closed.feedback.outcome === 'withdrawn')
      return c.json({ error: `the credit check closed as ${closed.feedback.outcome}` }, 409);
    const approved: HallCase = { ...hallCase, state: 'approved' };
    cases.set(hallCase.id, approved);
    return c.json({ case: approved, check: closed.id, approvedBy: held.member });
  });

  return app;
}
