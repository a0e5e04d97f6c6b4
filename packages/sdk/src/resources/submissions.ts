import type { RouteId } from '@credit-kit/contract';
import type { ListItem, RouteBody, RouteOutput, RouteQuery } from '../endpoints.js';
import type { CallOptions, Http, WriteOptions } from '../http.js';
import type { PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** The routes of a subject's submission that staff review: declarations, repairs, objections. */
export interface SubmissionRoutes {
  create: RouteId;
  get: RouteId;
  list: RouteId;
  review: RouteId;
}

/** create → get / list → review, the shared life of a submission. */
export abstract class Submissions<R extends SubmissionRoutes> extends Resource {
  readonly #routes: R;

  constructor(http: Http, routes: R) {
    super(http);
    this.#routes = routes;
  }

  /** Submit (subject session). */
  create(body: RouteBody<R['create']>, opts?: WriteOptions): Promise<RouteOutput<R['create']>> {
    return this.http.request(this.#routes.create, { ...opts, json: body });
  }

  get(id: string, opts?: CallOptions): Promise<RouteOutput<R['get']>> {
    return this.http.request(this.#routes.get, { ...opts, params: { id } });
  }

  /** Own submissions with a session; any subject's (`{ subject }`) with a secret key. */
  list(query?: RouteQuery<R['list']>, opts?: CallOptions): PageIterator<ListItem<R['list']>> {
    return this.paginate(this.#routes.list, query as object | undefined, opts);
  }

  /** Decide (secret key). */
  review(id: string, body: RouteBody<R['review']>, opts?: WriteOptions): Promise<RouteOutput<R['review']>> {
    return this.http.request(this.#routes.review, { ...opts, params: { id }, json: body });
  }
}
