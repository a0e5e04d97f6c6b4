// The credit-kit API mocked with msw from the typed fixtures. Paths and methods come from the
// contract's route table, so a handler cannot drift from the real API's shape.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  routes,
  validateSubjectCode,
  type CreateObjectionRequest,
  type Objection,
  type Problem,
  type RouteId,
  type StatusBatchRequest,
} from '@credit-kit/contract';
import * as f from '../fixtures/index.js';

/** Where the stories' widgets send their requests; msw answers before anything leaves the page. */
export const mockBaseUrl = 'https://api.credit-kit.test';
export const mockPublishableKey = 'pk_test_storybook';

type Resolver = Parameters<typeof http.get>[1];

/** The route's path as an msw pattern on any origin: `{code}` → `:code`, a literal `:` escaped. */
export function mswPath(id: RouteId): string {
  return `*${routes[id].path.replaceAll(':', '\\:').replace(/\{(\w+)\}/g, ':$1')}`;
}

/** A handler for one route of the contract. */
export function on(id: RouteId, resolver: Resolver): HttpHandler {
  const method = routes[id].method === 'GET' ? http.get : http.post;
  return method(mswPath(id), resolver);
}

const problemResponse = (p: Problem) =>
  HttpResponse.json(p, { status: p.status, headers: { 'content-type': 'application/problem+json' } });

const invalidReason = (code: string) => {
  const result = validateSubjectCode(code);
  return result.ok ? null : result.reason;
};

const bearer = (request: Request) => request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';

/** The API as it behaves on a good day, one named handler per route so stories can replace one. */
export const handlers = {
  policy: on('policy', () => HttpResponse.json(f.policy)),
  jwks: on('jwks', () => HttpResponse.json(f.jwks)),
  getStatus: on('getStatus', ({ params }) => {
    const code = String(params.code);
    const reason = invalidReason(code);
    if (reason)
      return problemResponse(
        f.problem('validation_failed', { errors: [{ path: 'code', code: reason, message: reason }] }),
      );
    const status = f.statusByCode.get(code);
    return status ? HttpResponse.json(status) : problemResponse(f.problems.notFound);
  }),
  lookupStatuses: on('lookupStatuses', ({ request }) => {
    const codes = (new URL(request.url).searchParams.get('codes') ?? '').split(',').filter(Boolean);
    return HttpResponse.json(f.batchFor(codes, invalidReason));
  }),
  batchStatuses: on('batchStatuses', async ({ request }) => {
    const { codes } = (await request.json()) as StatusBatchRequest;
    return HttpResponse.json(f.batchFor(codes, invalidReason));
  }),
  listTemplates: on('listTemplates', () => HttpResponse.json({ data: f.templateList, nextCursor: null })),
  getTemplate: on('getTemplate', ({ params }) => {
    const template = f.templateList.find((t) => t.id === params.id);
    return template ? HttpResponse.json(template) : problemResponse(f.problems.notFound);
  }),
  getSession: on('getSession', ({ request }) => {
    const token = bearer(request);
    if (token === f.expiredSessionToken) return problemResponse(f.problems.sessionExpired);
    return HttpResponse.json(token === f.personSessionToken ? f.personSession : f.session);
  }),
  createCommitment: on('createCommitment', async ({ request }) => {
    if (bearer(request) === f.expiredSessionToken) return problemResponse(f.problems.sessionExpired);
    await delay(400); // long enough to see the pending state
    return HttpResponse.json(f.signedCommitment, { status: 201 });
  }),
  listCommitments: on('listCommitments', () => HttpResponse.json(f.commitmentColumn)),
  getCommitment: on('getCommitment', ({ params }) =>
    params.code === f.signedCommitment.code
      ? HttpResponse.json(f.signedCommitment)
      : problemResponse(f.problems.notFound),
  ),
  verifyReceipt: on('verifyReceipt', async ({ request }) => {
    const { jws } = (await request.json()) as { jws: string };
    return HttpResponse.json(jws === f.signedCommitment.receipt.jws ? f.receiptValid : f.receiptTampered);
  }),
  uploadFile: on('uploadFile', async ({ request }) => {
    const name = new URL(request.url).searchParams.get('name') ?? 'file';
    const body = await request.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
    await delay(600); // long enough to see the progress
    return HttpResponse.json(
      {
        id: `fil_story_${Math.random().toString(36).slice(2, 10)}`,
        name,
        contentType: request.headers.get('content-type') ?? 'application/octet-stream',
        size: body.byteLength,
        sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
        uploadedAt: new Date().toISOString(),
      },
      { status: 201 },
    );
  }),
  createDeclaration: on('createDeclaration', async ({ request }) => {
    const body = (await request.json()) as { category: string; details: Record<string, unknown> };
    await delay(400);
    return HttpResponse.json(
      { ...f.declarations.pending, id: 'dec_story_new', category: body.category, details: body.details },
      { status: 201 },
    );
  }),
  listDeclarations: on('listDeclarations', ({ request }) => {
    const url = new URL(request.url);
    return HttpResponse.json(
      f.declarationPage(url.searchParams.get('cursor'), Number(url.searchParams.get('limit') ?? 20)),
    );
  }),
  getDeclaration: on('getDeclaration', ({ params }) => {
    const found = f.declarationList.find((d) => d.id === params.id);
    return found ? HttpResponse.json(found) : problemResponse(f.problems.notFound);
  }),
  listRecords: on('listRecords', () =>
    HttpResponse.json({ data: Object.values(f.objectionRecords), nextCursor: null }),
  ),
  listObjections: on('listObjections', () =>
    HttpResponse.json({ data: Object.values(f.objections), nextCursor: null }),
  ),
  getObjection: on('getObjection', ({ params }) => {
    const objection = Object.values(f.objections).find((o) => o.id === params.id);
    return objection ? HttpResponse.json(objection) : problemResponse(f.problems.notFound);
  }),
  createObjection: on('createObjection', async ({ request }) => {
    const body = (await request.json()) as CreateObjectionRequest;
    await delay(400); // long enough to see the pending state
    const created: Objection = {
      ...f.objections.verifying,
      id: 'obj_story_new',
      recordId: body.recordId,
      reason: body.reason,
      description: body.description,
      correctValue: body.correctValue ?? null,
      evidence: [],
    };
    return HttpResponse.json(created, { status: 201 });
  }),
} satisfies Partial<Record<RouteId, HttpHandler>>;

export type HandlerName = keyof typeof handlers;

/** How a route can fail in a story. */
export type FailureMode = 'network' | 'server-error' | 'loading' | 'not-found' | 'session-expired';

const failures: Record<FailureMode, Resolver> = {
  network: () => HttpResponse.error(),
  'server-error': () => problemResponse(f.problems.internal),
  loading: async () => {
    await delay('infinite');
    return HttpResponse.error();
  },
  'not-found': () => problemResponse(f.problems.notFound),
  'session-expired': () => problemResponse(f.problems.sessionExpired),
};

/** Replacements that make the named routes fail the same way (spread into `parameters.msw.handlers`). */
export function failing(mode: FailureMode, ...names: HandlerName[]): Partial<Record<HandlerName, HttpHandler>> {
  return Object.fromEntries(names.map((name) => [name, on(name, failures[mode])]));
}

/** Status look-ups may go through the single or a batch route; a status failure breaks all three. */
export const statusFailing = (mode: FailureMode) => failing(mode, 'getStatus', 'lookupStatuses', 'batchStatuses');
