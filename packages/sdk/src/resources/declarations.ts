import type { Transport } from '../transport.js';
import { Submissions, submissionRoutes } from './submissions.js';

const routes = submissionRoutes('Declaration', '/v1/declarations');

/** Self-declarations (信用信息自主申报): submitted by a subject, verified or rejected by staff. */
export class Declarations extends Submissions<typeof routes> {
  constructor(http: Transport) {
    super(http, routes);
  }
}
