import type { CreateSubjectSessionRequest, SubjectSession } from '@credit-kit/contract';
import type { WriteOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Minting subject sessions, server to server with a secret key, for users the portal has signed in. */
export class Sessions extends Resource {
  create(body: CreateSubjectSessionRequest, opts?: WriteOptions): Promise<SubjectSession> {
    return this.http.request(['createSession', 'POST /v1/subject-sessions'], { ...opts, json: body });
  }
}
