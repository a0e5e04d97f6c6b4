import type { SessionInfo } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The subject the client's session token belongs to (used to prefill forms). */
export class Session extends Resource {
  get(opts?: CallOptions): Promise<SessionInfo> {
    return this.http.request(['getSession', 'GET /v1/session'], opts);
  }
}
