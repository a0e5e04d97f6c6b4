import type { ApiKey } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The deployment's API keys, metadata only (secret key). */
export class Keys extends Resource {
  async list(opts?: CallOptions): Promise<ApiKey[]> {
    return (await this.http.request(['listKeys', 'GET /v1/keys'], opts)).data;
  }
}
