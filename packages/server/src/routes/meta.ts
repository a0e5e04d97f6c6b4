import { routes } from '@credit-kit/contract';
import { endpoint } from '../http/endpoint.js';
import { notFound } from '../http/problem.js';

export const metaEndpoints = [
  endpoint(routes.health, ({ deps }) => ({
    status: 'ok' as const,
    database: deps.db.kind,
    version: deps.version,
  })),
  endpoint(routes.policy, ({ deps, c }) => {
    c.header('cache-control', 'public, max-age=300');
    return deps.policy;
  }),
  endpoint(routes.jwks, ({ deps, c }) => {
    c.header('cache-control', 'public, max-age=3600');
    return deps.receipts.jwks();
  }),
  endpoint(routes.auditCheckpoint, async ({ deps, c }) => {
    c.header('cache-control', 'public, max-age=10');
    const checkpoint = (await deps.checkpoints.latest()) ?? (await deps.checkpoints.create());
    if (!checkpoint) throw notFound('AuditCheckpoint');
    return checkpoint;
  }),
];
