import type { Check, CheckFeedbackRequest, CreateCheckRequest } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Credit checks (逢办必查), secret key: initiate → respond → feed back. */
export class Checks extends Resource {
  create(body: CreateCheckRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request(['createCheck', 'POST /v1/checks'], { ...opts, json: body });
  }

  get(id: string, opts?: CallOptions): Promise<Check> {
    return this.http.request(['getCheck', 'GET /v1/checks/{id}'], { ...opts, params: { id } });
  }

  /** Which measures were applied and the outcome; closes the check. */
  feedback(id: string, body: CheckFeedbackRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request(['checkFeedback', 'POST /v1/checks/{id}/feedback'], {
      ...opts,
      params: { id },
      json: body,
    });
  }
}
