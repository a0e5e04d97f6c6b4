import type {
  Commitment,
  CommitmentListQuery,
  CreateCommitmentRequest,
  FulfilmentRequest,
  PublicCommitment,
} from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** Credit commitments (信用承诺): signing, the public column, fulfilment. */
export class Commitments extends Resource {
  /** Sign (subject session): the commitment comes back with its code and signed receipt. */
  create(body: CreateCommitmentRequest, opts?: WriteOptions): Promise<Commitment> {
    return this.http.request(['createCommitment', 'POST /v1/commitments'], { ...opts, json: body });
  }

  /** The full commitment when it is the caller's own, otherwise the masked public view. */
  get(code: string, opts?: CallOptions): Promise<Commitment | PublicCommitment> {
    return this.http.request(['getCommitment', 'GET /v1/commitments/{code}'], { ...opts, params: { code } });
  }

  /** The public commitment column (信用承诺公示), masked. */
  list(query?: CommitmentListQuery, opts?: CallOptions): PageIterator<PublicCommitment> {
    return paginate(this.http, ['listCommitments', 'GET /v1/commitments'], query, opts);
  }

  /** Kept, partly kept or breached (secret key); a breach creates a graded record. */
  recordFulfilment(code: string, body: FulfilmentRequest, opts?: WriteOptions): Promise<Commitment> {
    return this.http.request(['recordFulfilment', 'POST /v1/commitments/{code}/fulfilment'], {
      ...opts,
      params: { code },
      json: body,
    });
  }
}
