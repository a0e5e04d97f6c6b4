import type { EvidenceFile } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { canReportUploadProgress, xhrFetch, type UploadProgress } from '../xhr-fetch.js';
import { Resource } from './resource.js';

export interface UploadOptions extends WriteOptions {
  name: string;
  /** Browsers report as bytes go out; elsewhere the start and the end are reported. */
  onProgress?: (progress: UploadProgress) => void;
  /** Per attempt, in ms; defaults to the client's timeout but at least two minutes. */
  timeout?: number;
}

/** Evidence files: type and size limited by the server, sha256 recorded. */
export class Files extends Resource {
  async upload(blob: Blob, { name, onProgress, timeout, ...opts }: UploadOptions): Promise<EvidenceFile> {
    const total = blob.size;
    // A caller's own fetch (a test wrapper, an SSR fetch) is kept; progress then is start and end only.
    const streamProgress = onProgress && !this.http.config.fetch && canReportUploadProgress();
    if (onProgress && !streamProgress) onProgress({ loaded: 0, total });
    const file = await this.http.request(['uploadFile', 'POST /v1/files'], {
      ...opts,
      query: { name },
      body: blob,
      timeout: timeout ?? Math.max(this.http.config.timeout, 120_000),
      ...(streamProgress ? { fetch: xhrFetch(onProgress) } : {}),
    });
    onProgress?.({ loaded: total, total });
    return file;
  }

  /** A file's metadata. */
  get(id: string, opts?: CallOptions): Promise<EvidenceFile> {
    return this.http.request(['getFile', 'GET /v1/files/{id}'], { ...opts, params: { id } });
  }

  /**
   * A file's bytes, as uploaded (its media type in the Blob's `type`; its name in `get`). For the subject
   * or key that uploaded it, and a department key deciding a submission it is evidence of.
   */
  download(id: string, opts?: CallOptions): Promise<Blob> {
    return this.http.request(['getFileContent', 'GET /v1/files/{id}/content'], {
      ...opts,
      params: { id },
      responseType: 'blob',
    });
  }
}
