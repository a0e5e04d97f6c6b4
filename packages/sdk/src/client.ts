import type { Locale } from '@credit-kit/contract';
import { Http, type ResponseValidators } from './http.js';
import { Checks } from './resources/checks.js';
import { Commitments } from './resources/commitments.js';
import { Declarations } from './resources/declarations.js';
import { Files } from './resources/files.js';
import { Keys } from './resources/keys.js';
import { Objections } from './resources/objections.js';
import { Policy } from './resources/policy.js';
import { Receipts } from './resources/receipts.js';
import { Records } from './resources/records.js';
import { Repairs } from './resources/repairs.js';
import { Session } from './resources/session.js';
import { Sessions } from './resources/sessions.js';
import { Statuses } from './resources/statuses.js';
import { Templates } from './resources/templates.js';

export interface ClientOptions {
  /** Where the API is served, e.g. `https://credit.example.gov.cn` (the `/v1/…` paths are added). */
  baseUrl: string;
  /** `pk_…`: public reads from a registered web origin. */
  publishableKey?: string;
  /** `ss_…`: one subject's session, minted by the portal's backend. */
  sessionToken?: string;
  /** `sk_…`: server-side only. */
  secretKey?: string;
  /** Language of error messages (`zh-CN` by default). */
  locale?: Locale;
  fetch?: typeof fetch;
  /** Per attempt, in ms (default 15 000). */
  timeout?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** How long a status look-up is reused, in ms (default 30 000; 0 turns the cache off). */
  statusCacheMs?: number;
  /**
   * Response validators, `responseValidators` from `@credit-kit/sdk/validate`. Passed in rather than
   * imported so a browser bundle without them carries no schemas. The Node entry passes them by default.
   */
  validate?: ResponseValidators;
  /** Check responses against the contract: default true when validators are available. */
  validateResponses?: boolean;
}

/** A client of the credit-kit API, one object per resource. */
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
  readonly files: Files;
  readonly policy: Policy;
  /** The current subject session. */
  readonly session: Session;
  /** Minting subject sessions (secret key). */
  readonly sessions: Sessions;
  readonly keys: Keys;
  readonly #http: Http;

  constructor(opts: ClientOptions) {
    if (opts.validateResponses && !opts.validate) {
      throw new TypeError("validateResponses needs validators: import { responseValidators } from '@credit-kit/sdk/validate' and pass { validate: responseValidators }");
    }
    const http = new Http({
      baseUrl: opts.baseUrl,
      // The most capable credential given is the one used.
      token: opts.secretKey ?? opts.sessionToken ?? opts.publishableKey,
      locale: opts.locale ?? 'zh-CN',
      fetch: opts.fetch,
      timeout: opts.timeout ?? 15_000,
      maxRetries: opts.maxRetries ?? 2,
      validators: opts.validateResponses === false ? undefined : opts.validate,
    });
    this.#http = http;
    this.statuses = new Statuses(http, opts.statusCacheMs ?? 30_000);
    this.records = new Records(http);
    this.templates = new Templates(http);
    this.commitments = new Commitments(http);
    this.receipts = new Receipts(http);
    this.declarations = new Declarations(http);
    this.repairs = new Repairs(http);
    this.objections = new Objections(http);
    this.checks = new Checks(http);
    this.files = new Files(http);
    this.policy = new Policy(http);
    this.session = new Session(http);
    this.sessions = new Sessions(http);
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
