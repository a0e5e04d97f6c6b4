import type { RouteId, routes } from '@credit-kit/contract';

type Routes = typeof routes;

/** What a route answers with, read off the contract's schema type (no schema code is imported). */
export type RouteOutput<K extends RouteId> = Routes[K]['response']['_zod']['output'];
/** What a route accepts as its JSON body (the schema's input side: before trimming and defaults). */
export type RouteBody<K extends RouteId> = Routes[K] extends { body: { _zod: { input: infer B } } } ? B : never;
/** A route's query parameters. */
export type RouteQuery<K extends RouteId> = Routes[K] extends { query: { _zod: { input: infer Q } } } ? Q : never;
/** The item type of a paginated route. */
export type ListItem<K extends RouteId> = RouteOutput<K> extends { data: (infer T)[]; nextCursor: unknown } ? T : never;

/**
 * Method and path of every route. Kept as plain strings so a browser bundle does not carry the
 * contract's route table (and with it every schema); `satisfies` fails the build if one drifts.
 */
export const endpoints = {
  health: 'GET /healthz',
  policy: 'GET /v1/policy',
  jwks: 'GET /v1/.well-known/jwks.json',
  getStatus: 'GET /v1/subjects/{code}/status',
  batchStatuses: 'POST /v1/statuses:batch',
  listRecords: 'GET /v1/subjects/{code}/records',
  getRecord: 'GET /v1/records/{id}',
  createRecord: 'POST /v1/records',
  listTemplates: 'GET /v1/commitment-templates',
  getTemplate: 'GET /v1/commitment-templates/{id}',
  createCommitment: 'POST /v1/commitments',
  getCommitment: 'GET /v1/commitments/{code}',
  listCommitments: 'GET /v1/commitments',
  verifyReceipt: 'POST /v1/receipts:verify',
  recordFulfilment: 'POST /v1/commitments/{code}/fulfilment',
  createDeclaration: 'POST /v1/declarations',
  getDeclaration: 'GET /v1/declarations/{id}',
  listDeclarations: 'GET /v1/declarations',
  reviewDeclaration: 'POST /v1/declarations/{id}/review',
  repairEligibility: 'POST /v1/repairs/eligibility',
  createRepair: 'POST /v1/repairs',
  getRepair: 'GET /v1/repairs/{id}',
  listRepairs: 'GET /v1/repairs',
  reviewRepair: 'POST /v1/repairs/{id}/review',
  createObjection: 'POST /v1/objections',
  getObjection: 'GET /v1/objections/{id}',
  listObjections: 'GET /v1/objections',
  reviewObjection: 'POST /v1/objections/{id}/review',
  createCheck: 'POST /v1/checks',
  getCheck: 'GET /v1/checks/{id}',
  checkFeedback: 'POST /v1/checks/{id}/feedback',
  uploadFile: 'POST /v1/files',
  getFile: 'GET /v1/files/{id}',
  createSession: 'POST /v1/subject-sessions',
  getSession: 'GET /v1/session',
  listKeys: 'GET /v1/keys',
} as const satisfies { [K in RouteId]: `${Routes[K]['method']} ${Routes[K]['path']}` };

/** Routes only `public` may call: sent without credentials, which they neither need nor accept. */
type PublicRoute = { [K in RouteId]: Routes[K]['access'] extends readonly ['public'] ? K : never }[RouteId];
export const publicRoutes: ReadonlySet<RouteId> = new Set<PublicRoute>(['health', 'policy', 'jwks']);

/** POSTs that only read: retried freely, so they need no Idempotency-Key (and leave no replay record). */
export const readOnlyPosts: ReadonlySet<RouteId> = new Set<RouteId>(['batchStatuses', 'verifyReceipt', 'repairEligibility']);

/** `/v1/subjects/{code}/status` + `{ code: 'X' }` → `/v1/subjects/X/status`. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
