import type {
  CreateRecordRequest,
  DishonestyRecord,
  PageQuery,
  RecordListQuery,
  RepairNotice,
} from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { assertSubjectCode } from '../subject-code.js';
import { Resource } from './resource.js';

/** Dishonesty records (失信记录). */
export class Records extends Resource {
  /** A subject's published records (all its own with its session). */
  list(code: string, query?: PageQuery, opts?: CallOptions): PageIterator<DishonestyRecord> {
    // A malformed code never leaves the page.
    assertSubjectCode(code, this.http.config);
    return paginate(this.http, ['listRecords', 'GET /v1/subjects/{code}/records'], query, {
      ...opts,
      params: { code },
    });
  }

  /** The records of the key's authorities with their publication deadlines (`late: 'true'` for late filings). */
  listForAuthority(query?: RecordListQuery, opts?: CallOptions): PageIterator<DishonestyRecord> {
    return paginate(this.http, ['listAuthorityRecords', 'GET /v1/records'], query, opts);
  }

  /** The record's credit repair notice (信用修复告知书): when repair becomes possible, what it needs, where to apply. */
  repairNotice(id: string, opts?: CallOptions): Promise<RepairNotice> {
    return this.http.request(['getRepairNotice', 'GET /v1/records/{id}/repair-notice'], { ...opts, params: { id } });
  }

  get(id: string, opts?: CallOptions): Promise<DishonestyRecord> {
    return this.http.request(['getRecord', 'GET /v1/records/{id}'], { ...opts, params: { id } });
  }

  /** File a record (department, secret key). */
  create(body: CreateRecordRequest, opts?: WriteOptions): Promise<DishonestyRecord> {
    return this.http.request(['createRecord', 'POST /v1/records'], { ...opts, json: body });
  }
}
