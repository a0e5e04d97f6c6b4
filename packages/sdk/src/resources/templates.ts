import type { CommitmentTemplate, PageQuery } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** Commitment templates published by departments, one per matter. */
export class Templates extends Resource {
  list(query?: PageQuery, opts?: CallOptions): PageIterator<CommitmentTemplate> {
    return paginate(this.http, ['listTemplates', 'GET /v1/commitment-templates'], query, opts);
  }

  get(id: string, opts?: CallOptions): Promise<CommitmentTemplate> {
    return this.http.request(['getTemplate', 'GET /v1/commitment-templates/{id}'], { ...opts, params: { id } });
  }
}
