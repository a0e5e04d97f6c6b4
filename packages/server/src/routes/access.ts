import type { Principal } from '../context.js';
import { ApiError, notFound, type Thing } from '../http/problem.js';

/** Who uploaded a file or owns a submission: a session's subject or a department key. */
export const ownerOf = (p: Principal) => (p.kind === 'session' ? `subject:${p.session.subject.code}` : `key:${p.id}`);

/** The subject a session acts for; a key has none. */
export const sessionSubject = (p: Principal) => (p.kind === 'session' ? p.session.subject.code : undefined);

/** The subject of a route only sessions may call (its access says so); refused for anything else. */
export function ownSubject(p: Principal): string {
  const own = sessionSubject(p);
  if (own === undefined) throw new ApiError('forbidden', 'Only a subject session can do this');
  return own;
}

/**
 * The subject a list is restricted to: a session sees only its own subject (asking for another is
 * forbidden), a secret key sees whichever it asks for (or all).
 */
export function listScope(p: Principal, requested: string | undefined): string | undefined {
  const own = sessionSubject(p);
  if (own === undefined) return requested;
  if (requested !== undefined && requested !== own)
    throw new ApiError('forbidden', {
      'zh-CN': '信用主体只能查看本主体的申请',
      en: 'A subject session can only see its own submissions',
    });
  return own;
}

/** A session may only see its own subject's submissions; others are reported as not found. */
export function assertVisible(p: Principal, subjectCode: string, what: Thing): void {
  const own = sessionSubject(p);
  if (own !== undefined && own !== subjectCode) throw notFound(what);
}
