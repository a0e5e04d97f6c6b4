import type { CreateSubjectSessionRequest, SubjectSession } from '@credit-kit/contract';
import type { WriteOptions } from '../http.js';
import { Resource } from './resource.js';

/** Minting subject sessions, server to server with a secret key, for users the portal has signed in. */
export class Sessions extends Resource {
  create(body: CreateSubjectSessionRequest, opts?: WriteOptions): Promise<SubjectSession> {
    return this.http.request('createSession', { ...opts, json: body });
  }
}
