import type { Check, CheckFeedbackRequest, CheckList, CheckListQuery, CreateCheckRequest } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Credit checks (逢办必查), secret key: initiate → respond → feed back. */
export class Checks extends Resource {
  create(body: CreateCheckRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request(['createCheck', 'POST /v1/checks'], { ...opts, json: body });
  }

  /** The checks of the key's authorities, filtered, one page with the counts of all that match. */
  list(query?: CheckListQuery, opts?: CallOptions): Promise<CheckList> {
    return this.http.request(['listChecks', 'GET /v1/checks'], { ...opts, query });
  }

  get(id: string, opts?: CallOptions): Promise<Check> {
    return this.http.request(['getCheck', 'GET /v1/checks/{id}'], { ...opts, params: { id } });
  }

  /** Which measures were applied (and why any other that applies was not) and the outcome; closes the check. */
  feedback(id: string, body: CheckFeedbackRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request(['checkFeedback', 'POST /v1/checks/{id}/feedback'], {
      ...opts,
      params: { id },
      json: body,
    });
  }
}
