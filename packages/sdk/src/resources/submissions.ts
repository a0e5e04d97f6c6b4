import type { ListItem, Route, RouteBody, RouteOutput, RouteQuery } from '../endpoints.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** The routes of a subject's submission that staff review: declarations, repairs, objections. */
export interface SubmissionRoutes {
  create: Route;
  get: Route;
  list: Route;
  review: Route;
}

/**
 * The four routes of a submission kind, from its name and collection path: the contract names them
 * `createX`, `getX`, `listXs` and `reviewX` (e.g. `submissionRoutes('Repair', '/v1/repairs')`).
 */
export function submissionRoutes<N extends string, P extends string>(name: N, path: P) {
  return {
    create: [`create${name}`, `POST ${path}`],
    get: [`get${name}`, `GET ${path}/{id}`],
    list: [`list${name}s`, `GET ${path}`],
    review: [`review${name}`, `POST ${path}/{id}/review`],
  } as const;
}

/** create → get / list → review, the shared life of a submission. */
export abstract class Submissions<R extends SubmissionRoutes> extends Resource {
  readonly #routes: R;

  constructor(http: Transport, routes: R) {
    super(http);
    this.#routes = routes;
  }

  /** Submit (subject session). */
  create(body: RouteBody<R['create'][0]>, opts?: WriteOptions): Promise<RouteOutput<R['create'][0]>> {
    return this.http.request(this.#routes.create, { ...opts, json: body });
  }

  get(id: string, opts?: CallOptions): Promise<RouteOutput<R['get'][0]>> {
    return this.http.request(this.#routes.get, { ...opts, params: { id } });
  }

  /** Own submissions with a session; any subject's (`{ subject }`) with a secret key. */
  list(query?: RouteQuery<R['list'][0]>, opts?: CallOptions): PageIterator<ListItem<R['list'][0]>> {
    return paginate(this.http, this.#routes.list, query as object | undefined, opts);
  }

  /** Decide (secret key). */
  review(id: string, body: RouteBody<R['review'][0]>, opts?: WriteOptions): Promise<RouteOutput<R['review'][0]>> {
    return this.http.request(this.#routes.review, { ...opts, params: { id }, json: body });
  }
}
