import type { Transport } from '../transport.js';
import { Submissions } from './submissions.js';

const routes = {
  create: ['createDeclaration', 'POST /v1/declarations'],
  get: ['getDeclaration', 'GET /v1/declarations/{id}'],
  list: ['listDeclarations', 'GET /v1/declarations'],
  review: ['reviewDeclaration', 'POST /v1/declarations/{id}/review'],
} as const;

/** Self-declarations (信用信息自主申报): submitted by a subject, verified or rejected by staff. */
export class Declarations extends Submissions<typeof routes> {
  constructor(http: Transport) {
    super(http, routes);
  }
}
