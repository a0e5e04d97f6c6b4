import type { Locale } from '@credit-kit/contract';
import { errorMessageTable } from './error-messages.js';
import { createTransport, type ClientOptions, type Transport } from './transport.js';
import { Checks } from './resources/checks.js';
import { Commitments } from './resources/commitments.js';
import { Declarations } from './resources/declarations.js';
import { Files } from './resources/files.js';
import { Keys } from './resources/keys.js';
import { Lists } from './resources/lists.js';
import { Notices } from './resources/notices.js';
import { Objections } from './resources/objections.js';
import { Policy } from './resources/policy.js';
import { Receipts } from './resources/receipts.js';
import { Records } from './resources/records.js';
import { Repairs } from './resources/repairs.js';
import { Reports } from './resources/reports.js';
import { Session } from './resources/session.js';
import { Sessions } from './resources/sessions.js';
import { StaffSessions } from './resources/staff-sessions.js';
import { Statuses } from './resources/statuses.js';
import { Templates } from './resources/templates.js';

export type { ClientOptions };

/**
 * A client of the credit-kit API, one object per resource. Every resource is built on one shared
 * `Transport`; an application that needs only some of them can build just those (see `createTransport`).
 */
export class CreditClient {
  readonly statuses: Statuses;
  readonly records: Records;
  readonly templates: Templates;
  readonly commitments: Commitments;
  readonly receipts: Receipts;
  readonly declarations: Declarations;
  readonly repairs: Repairs;
  readonly objections: Objections;
  readonly checks: Checks;
  /** Prior notices of sanction listings (事前告知). */
  readonly notices: Notices;
  /** List memberships (名单): listing and delisting. */
  readonly lists: Lists;
  /** Credit reports (信用报告): issued signed, as PDF, checked by number or file. */
  readonly reports: Reports;
  readonly files: Files;
  readonly policy: Policy;
  /** The current subject session. */
  readonly session: Session;
  /** Minting subject sessions (secret key). */
  readonly sessions: Sessions;
  /** Staff sessions: minting and revoking (secret key), the current one (staff token). */
  readonly staffSessions: StaffSessions;
  readonly keys: Keys;
  readonly #http: Transport;

  constructor(opts: ClientOptions) {
    // The whole client is for apps that use it all: its errors explain themselves in both languages.
    const http = createTransport({ messages: errorMessageTable, ...opts });
    this.#http = http;
    this.statuses = new Statuses(http, opts.statusCacheMs);
    this.records = new Records(http);
    this.templates = new Templates(http);
    this.commitments = new Commitments(http);
    this.receipts = new Receipts(http);
    this.declarations = new Declarations(http);
    this.repairs = new Repairs(http);
    this.objections = new Objections(http);
    this.checks = new Checks(http);
    this.notices = new Notices(http);
    this.lists = new Lists(http);
    this.reports = new Reports(http);
    this.files = new Files(http);
    this.policy = new Policy(http);
    this.session = new Session(http);
    this.sessions = new Sessions(http);
    this.staffSessions = new StaffSessions(http);
    this.keys = new Keys(http);
  }

  get locale(): Locale {
    return this.#http.config.locale;
  }

  /** Swap in a fresh subject session (they last minutes) without losing caches. */
  setSessionToken(token: string): void {
    this.#http.setToken(token);
  }
}

export function createClient(opts: ClientOptions): CreditClient {
  return new CreditClient(opts);
}
