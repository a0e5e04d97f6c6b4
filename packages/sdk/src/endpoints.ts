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

/** Method and path of a route, as the contract declares it (`POST /v1/statuses:batch`). */
export type Endpoint<K extends RouteId> = `${Routes[K]['method']} ${Routes[K]['path']}`;

/**
 * A route as a resource calls it: its id (for response validation and the sets below) and its method
 * and path. Each resource carries only its own, as plain strings, so a bundle holds neither the
 * contract's route table (and with it every schema) nor the paths of resources it does not use; the
 * type fails the build if one drifts from the contract.
 */
export type Route<K extends RouteId = RouteId> = readonly [id: K, endpoint: Endpoint<K>];

/** Routes only `public` may call: sent without credentials, which they neither need nor accept. */
type PublicRoute = { [K in RouteId]: Routes[K]['access'] extends readonly ['public'] ? K : never }[RouteId];
export const publicRoutes: ReadonlySet<RouteId> = new Set<PublicRoute>(['health', 'policy', 'jwks']);

/** POSTs that only read: retried freely, so they need no Idempotency-Key (and leave no replay record). */
export const readOnlyPosts: ReadonlySet<RouteId> = new Set<RouteId>([
  'batchStatuses',
  'verifyReceipt',
  'repairEligibility',
]);

/** `/v1/subjects/{code}/status` + `{ code: 'X' }` → `/v1/subjects/X/status`. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
