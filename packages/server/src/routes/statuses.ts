import { identifierMessage, maskSubjectCode, routes, validateSubjectCode } from '@credit-kit/contract';
import type { Context } from 'hono';
import type { AppEnv, Deps, Principal } from '../context.js';
import type { CachedStatus } from '../domain/statuses.js';
import { endpoint, RawJson } from '../http/endpoint.js';
import { respond } from '../http/headers.js';
import { ApiError, notFound } from '../http/problem.js';
import { sessionSubject } from './access.js';

/** Secret keys and a session looking at its own subject see the full status; everyone else the masked one. */
const variantFor = (p: Principal, code: string) =>
  p.kind === 'secret' || sessionSubject(p) === code ? 'full' : 'masked';

/** Rejects a malformed identifier before any look-up, naming the failed rule. */
export function assertValidCode(code: string, path = 'code'): void {
  const result = validateSubjectCode(code);
  if (!result.ok) {
    const message = { 'zh-CN': identifierMessage(result, 'zh-CN'), en: identifierMessage(result, 'en') };
    throw new ApiError('validation_failed', message, { errors: [{ path, code: result.reason, message }] });
  }
}

/** Statuses of many codes, as the caller may see them; unknown and malformed codes reported, not fatal. */
async function statusBatch(deps: Deps, principal: Principal, codes: readonly string[]): Promise<RawJson> {
  // Codes are echoed as the caller may see them: masked for the public, so a client matches by masking its own.
  const echo = (code: string) => (variantFor(principal, code) === 'full' ? code : maskSubjectCode(code));
  const unique = new Set(codes);
  // A code with a cached answer was validated when it was first looked up; the others are checked here
  // and looked up together.
  const found = deps.statuses.peekMany(unique);
  const invalid: { code: string; reason: string }[] = [];
  const missing: string[] = [];
  for (const code of unique) {
    if (found.has(code)) continue;
    const result = validateSubjectCode(code);
    if (result.ok) missing.push(code);
    else invalid.push({ code: echo(code), reason: result.reason });
  }
  if (missing.length) for (const [code, status] of await deps.statuses.get(missing)) found.set(code, status);
  // The cache holds every status encoded already: the batch is its bytes joined, not serialised again.
  const parts: Uint8Array[] = [BATCH_START];
  const unknown: string[] = [];
  for (const code of unique) {
    const status = found.get(code);
    if (status === undefined) continue;
    if (status === null) unknown.push(echo(code));
    else {
      if (parts.length > 1) parts.push(COMMA);
      parts.push(status.bytes[variantFor(principal, code)]);
    }
  }
  parts.push(Buffer.from(`],"unknown":${JSON.stringify(unknown)},"invalid":${JSON.stringify(invalid)}}`));
  return new RawJson(Buffer.concat(parts));
}

const BATCH_START = Buffer.from('{"statuses":[');
const COMMA = Buffer.from(',');

function sendStatus(c: Context<AppEnv>, status: CachedStatus, variant: 'full' | 'masked') {
  const etag = status.etag[variant];
  // Short-lived: a write shows within seconds; masked statuses are the same for every portal, so shared caches may keep them.
  const headers = {
    etag,
    'cache-control': variant === 'masked' ? 'public, max-age=5, stale-while-revalidate=30' : 'private, max-age=5',
    vary: 'Origin, Authorization',
  };
  if (c.req.header('if-none-match') === etag) return respond(c, null, 304, headers);
  // Sent as the UTF-8 bytes encoded when the status was cached.
  return respond(c, status.bytes[variant], 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
}

export const statusEndpoints = [
  endpoint(routes.getStatus, async ({ c, deps, principal, params }) => {
    let status = deps.statuses.peek(params.code);
    if (status === undefined) {
      assertValidCode(params.code);
      status = await deps.statuses.getOne(params.code);
    }
    if (!status) throw notFound('Subject');
    return sendStatus(c, status, variantFor(principal, params.code));
  }),

  endpoint(routes.lookupStatuses, async ({ deps, principal, query }) => {
    // The schema has checked the count; empty entries (a trailing comma) are dropped.
    const codes = query.codes
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    return statusBatch(deps, principal, codes);
  }),

  endpoint(routes.batchStatuses, async ({ deps, principal, body }) => statusBatch(deps, principal, body.codes)),
];
