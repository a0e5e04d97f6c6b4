import type { Eligibility } from '@credit-kit/contract';
import type { CallOptions, Transport } from '../transport.js';
import { Submissions, submissionRoutes } from './submissions.js';

const routes = submissionRoutes('Repair', '/v1/repairs');

/** Credit repair (信用修复) applications. */
export class Repairs extends Submissions<typeof routes> {
  constructor(http: Transport) {
    super(http, routes);
  }

  /** Whether a record can be repaired now; if not, why and from when. */
  eligibility(recordId: string, opts?: CallOptions): Promise<Eligibility> {
    return this.http.request(['repairEligibility', 'POST /v1/repairs/eligibility'], { ...opts, json: { recordId } });
  }
}
