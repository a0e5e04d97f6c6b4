import { routes } from '@credit-kit/contract';
import { committerKindOf, ensureSubject } from '../domain/subjects.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';

const DEFAULT_SESSION_SECONDS = 15 * 60;

export const sessionEndpoints = [
  endpoint(routes.createSession, async ({ deps, principal, body }) => {
    return write(deps, principal, async (tx) => {
      const kind = await ensureSubject(tx, body.subjectCode, body.subjectName);
      const subject = {
        code: body.subjectCode,
        name: body.subjectName,
        committerKind: body.committerKind ?? committerKindOf(kind),
        contactPhone: body.contactPhone ?? null,
        legalRepresentative: body.legalRepresentative ?? null,
      };
      const { token, session } = await deps.keys.createSession(
        principal.id,
        subject,
        body.ttlSeconds ?? DEFAULT_SESSION_SECONDS,
        tx,
      );
      return {
        result: { token, subject, portal: principal.id, expiresAt: session.expiresAt },
        audit: {
          action: 'session.create',
          entity: 'session',
          entityId: session.id,
          data: { subjectCode: body.subjectCode },
        },
        subjects: [body.subjectCode],
      };
    });
  }),

  endpoint(routes.getSession, ({ principal }) => {
    if (principal.kind !== 'session') throw new Error('unreachable: the route admits sessions only');
    const { subject, keyId, expiresAt } = principal.session;
    return { subject, portal: keyId, expiresAt };
  }),

  endpoint(routes.listKeys, async ({ deps }) => ({ data: await deps.keys.list() })),
];
