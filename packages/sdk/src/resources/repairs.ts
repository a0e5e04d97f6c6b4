import type { Eligibility } from '@credit-kit/contract';
import type { CallOptions, Http } from '../http.js';
import { Submissions } from './submissions.js';

const routes = { create: 'createRepair', get: 'getRepair', list: 'listRepairs', review: 'reviewRepair' } as const;

/** Credit repair (信用修复) applications. */
export class Repairs extends Submissions<typeof routes> {
  constructor(http: Http) {
    super(http, routes);
  }

  /** Whether a record can be repaired now; if not, why and from when. */
  eligibility(recordId: string, opts?: CallOptions): Promise<Eligibility> {
    return this.http.request('repairEligibility', { ...opts, json: { recordId } });
  }
}
