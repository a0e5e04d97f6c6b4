import type { RouteId } from '@credit-kit/contract';
import type { ListItem, Route } from './endpoints.js';
import { PageIterator } from './page-iterator.js';
import type { CallOptions, Transport } from './transport.js';

export type { PageIterator } from './page-iterator.js';

/** A list route as a page iterator: the query's `cursor` is where it starts, each page's `nextCursor` where it goes on. */
export function paginate<K extends RouteId>(
  http: Transport,
  route: Route<K>,
  query: object | undefined,
  opts: CallOptions & { params?: Record<string, string> } = {},
): PageIterator<ListItem<K>> {
  const { cursor, ...rest } = (query ?? {}) as { cursor?: string };
  return new PageIterator(
    (next) => http.request(route, { ...opts, query: { ...rest, cursor: next } }) as never,
    cursor,
  );
}
