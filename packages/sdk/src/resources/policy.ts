import type { Policy as PolicyData } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Publicity periods, deadlines, labels and measures; fetched once per client. */
export class Policy extends Resource {
  #cached: Promise<PolicyData> | undefined;

  get(opts?: CallOptions): Promise<PolicyData> {
    if (!this.#cached) {
      const request = this.http.request(['policy', 'GET /v1/policy'], opts);
      // A failure is not kept: the next call tries again.
      request.catch(() => (this.#cached = undefined));
      this.#cached = request;
    }
    return this.#cached;
  }
}
