import type { CreateListingRequest, DelistRequest, Listing, ListMembershipQuery } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** List memberships (名单), secret key: list on a notice whose deadline passed, list them, delist. */
export class Lists extends Resource {
  /** 列入名单: a sanction list needs `noticeId` of a notice whose response deadline has passed. */
  create(body: CreateListingRequest, opts?: WriteOptions): Promise<Listing> {
    return this.http.request(['createListing', 'POST /v1/list-memberships'], { ...opts, json: body });
  }

  list(query?: ListMembershipQuery, opts?: CallOptions): PageIterator<Listing> {
    return paginate(this.http, ['listListMemberships', 'GET /v1/list-memberships'], query, opts);
  }

  /** 移出名单, by the listing authority, with its reason. */
  delist(id: string, body: DelistRequest, opts?: WriteOptions): Promise<Listing> {
    return this.http.request(['delist', 'POST /v1/list-memberships/{id}/delist'], {
      ...opts,
      params: { id },
      json: body,
    });
  }
}
