// The example portal on one origin: the reference API with its demo data, the portal's pages at /,
// and the portal's own backend (demo sign-in) mounted beside them. Used by `npm start` and the e2e tests.
import { startServer, type RunningServer, type ServerOptions } from '@credit-kit/server';
import { serviceHallBackend } from '../service-hall/backend.js';
import { portalBackend } from './backend.js';

export const portalRoot = 'examples/portal';
export const widgetsBundle = 'packages/widgets/dist/bundle/credit-kit.js';
export const widgetsDir = 'packages/widgets/dist/bundle';

export async function startPortalServer(
  options: Omit<ServerOptions, 'seed' | 'staticRoot'> = {},
): Promise<RunningServer> {
  const server = await startServer({ ...options, seed: 'demo', staticRoot: portalRoot });
  const demo = server.demo;
  if (!demo) throw new Error('the portal needs the demo seed');
  server.app.route(
    '/',
    portalBackend({
      apiBaseUrl: server.url,
      secretKey: demo.secretKey,
      publishableKey: demo.publishableKey,
      subjectCodes: Object.values(demo.subjects),
      widgetsBundle,
    }),
  );
  // A licensing system's staff page beside it (/service-hall/): credit checks at the counter with staff sessions.
  server.app.route(
    '/',
    serviceHallBackend({
      apiBaseUrl: server.url,
      secretKey: demo.secretKey,
      applicants: demo.subjects,
      widgetsDir,
    }),
  );
  return server;
}
