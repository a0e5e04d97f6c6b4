import type { CreateNoticeRequest, Notice, NoticeListQuery } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { paginate, type PageIterator } from '../pagination.js';
import { Resource } from './resource.js';

/** Prior notices (事前告知) of a sanction listing: a subject reads its own, an authority gives and lists them. */
export class Notices extends Resource {
  /** Give notice (secret key): basis records, reasons, measures, the right to object, the way to repair, the deadline. */
  create(body: CreateNoticeRequest, opts?: WriteOptions): Promise<Notice> {
    return this.http.request(['createNotice', 'POST /v1/notices'], { ...opts, json: body });
  }

  list(query?: NoticeListQuery, opts?: CallOptions): PageIterator<Notice> {
    return paginate(this.http, ['listNotices', 'GET /v1/notices'], query, opts);
  }

  get(id: string, opts?: CallOptions): Promise<Notice> {
    return this.http.request(['getNotice', 'GET /v1/notices/{id}'], { ...opts, params: { id } });
  }
}
