import type { RouteId } from '@credit-kit/contract';
import type { ListItem } from '../endpoints.js';
import type { CallOptions, Http } from '../http.js';
import { PageIterator } from '../pagination.js';

/** Base of every resource: holds the transport and turns list routes into page iterators. */
export abstract class Resource {
  protected readonly http: Http;

  constructor(http: Http) {
    this.http = http;
  }

  protected paginate<K extends RouteId>(
    route: K,
    query: object | undefined,
    opts: CallOptions & { params?: Record<string, string> } = {},
  ): PageIterator<ListItem<K>> {
    const { cursor, ...rest } = (query ?? {}) as { cursor?: string };
    return new PageIterator(
      (next) => this.http.request(route, { ...opts, query: { ...rest, cursor: next } }) as never,
      cursor,
    );
  }
}
