import type { Check, CheckFeedbackRequest, CreateCheckRequest } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../http.js';
import { Resource } from './resource.js';

/** Credit checks (逢办必查), secret key: initiate → respond → feed back. */
export class Checks extends Resource {
  create(body: CreateCheckRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request('createCheck', { ...opts, json: body });
  }

  get(id: string, opts?: CallOptions): Promise<Check> {
    return this.http.request('getCheck', { ...opts, params: { id } });
  }

  /** Which measures were applied and the outcome; closes the check. */
  feedback(id: string, body: CheckFeedbackRequest, opts?: WriteOptions): Promise<Check> {
    return this.http.request('checkFeedback', { ...opts, params: { id }, json: body });
  }
}
