import type { Http } from '../http.js';
import { Submissions } from './submissions.js';

const routes = { create: 'createDeclaration', get: 'getDeclaration', list: 'listDeclarations', review: 'reviewDeclaration' } as const;

/** Self-declarations (信用信息自主申报): submitted by a subject, verified or rejected by staff. */
export class Declarations extends Submissions<typeof routes> {
  constructor(http: Http) {
    super(http, routes);
  }
}
