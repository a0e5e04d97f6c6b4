import type { Http } from '../http.js';
import { Submissions } from './submissions.js';

const routes = { create: 'createObjection', get: 'getObjection', list: 'listObjections', review: 'reviewObjection' } as const;

/** Objections (异议) to a record: the record stops counting while it is verified. */
export class Objections extends Submissions<typeof routes> {
  constructor(http: Http) {
    super(http, routes);
  }
}
