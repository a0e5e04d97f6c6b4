import type { Transport } from '../transport.js';
import { Submissions, submissionRoutes } from './submissions.js';

const routes = submissionRoutes('Objection', '/v1/objections');

/** Objections (异议) to a record: the record stops counting while it is verified. */
export class Objections extends Submissions<typeof routes> {
  constructor(http: Transport) {
    super(http, routes);
  }
}
