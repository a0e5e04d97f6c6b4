import type { CommitmentTemplate, PageQuery } from '@credit-kit/contract';
import type { CallOptions } from '../http.js';
import type { PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** Commitment templates published by departments, one per matter. */
export class Templates extends Resource {
  list(query?: PageQuery, opts?: CallOptions): PageIterator<CommitmentTemplate> {
    return this.paginate('listTemplates', query, opts);
  }

  get(id: string, opts?: CallOptions): Promise<CommitmentTemplate> {
    return this.http.request('getTemplate', { ...opts, params: { id } });
  }
}
