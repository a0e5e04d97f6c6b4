import type { Transport } from '../transport.js';
import { Submissions } from './submissions.js';

const routes = {
  create: ['createObjection', 'POST /v1/objections'],
  get: ['getObjection', 'GET /v1/objections/{id}'],
  list: ['listObjections', 'GET /v1/objections'],
  review: ['reviewObjection', 'POST /v1/objections/{id}/review'],
} as const;

/** Objections (异议) to a record: the record stops counting while it is verified. */
export class Objections extends Submissions<typeof routes> {
  constructor(http: Transport) {
    super(http, routes);
  }
}
