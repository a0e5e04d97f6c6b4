import type { EvidenceFile, Locale } from '@credit-kit/contract';
import { Files, Policy } from '@credit-kit/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { failureMessage } from '../../internal/submission.js';
import { commonZh, en } from '../../internal/i18n/submission.js';
import { upload as uploadZh } from '../../internal/i18n/zh-CN.js';
import { errorText } from '../../internal/failure-text.js';
import {
  fileRefusal,
  fileType,
  formatBytes,
  sha256Hex,
  typeNames,
  type FileLimits,
} from '../../internal/file-limits.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import type { CommonMessages, UploadMessages } from '../../internal/i18n/zh-CN.js';
import { fileUploadStyles } from './file-upload.styles.js';

export interface FilesChangeDetail {
  /** The files uploaded and kept, in the order they were added. */
  files: EvidenceFile[];
  /** Names of the files still being checked or uploaded (a form notes them if the page closes now). */
  uploading: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-files-change': CustomEvent<FilesChangeDetail>;
  }
}

/** One file in the list, from the moment it is chosen. */
interface Item {
  key: number;
  name: string;
  size: number;
  state: 'hashing' | 'uploading' | 'done' | 'failed';
  loaded: number;
  sha256?: string;
  /** The stored file, once uploaded. */
  file?: EvidenceFile;
  /** The chosen file, kept in memory for a retry. */
  blob?: Blob;
  /** Why it failed: a refusal worded here, or the failed call (worded when shown). */
  error?: string;
  failure?: unknown;
  controller?: AbortController;
}

let lastKey = 0;

/**
 * Evidence files for a submission: chosen with a file picker or dropped, checked against the policy's
 * types and sizes before any byte is sent (with the reason in the user's language), then uploaded at
 * once while the user goes on typing, each with its progress, name, size and SHA-256 checksum, and a
 * retry after a failure. Every change is announced to screen readers. The uploaded files are `files`;
 * set it to restore files uploaded earlier (a form's draft).
 *
 * @summary Evidence file upload with progress, retry, remove and checksums.
 *
 * @tagname credit-file-upload
 *
 * @event credit-files-change - Files were added, uploaded, removed or failed; `detail: { files, uploading }`.
 *
 * @csspart base - The outer box.
 * @csspart label - The control's label.
 * @csspart help-text - The allowed types and sizes.
 * @csspart error - The control's error (from `error`) and each refused file's reason.
 * @csspart dropzone - The area that takes dropped files, holding the choose button.
 * @csspart file - Each file in the list.
 * @csspart progress - A file's upload progress bar.
 * @csspart checksum - A file's SHA-256 checksum.
 * @csspart actions - A file's retry and remove buttons.
 *
 * @cssproperty --credit-color-accent - Buttons and the drop area's border.
 * @cssproperty --credit-color-danger - Errors and failed files.
 * @cssproperty --credit-color-success - Uploaded files.
 * @cssproperty --credit-target-size - Minimum height of buttons (≥ 44 px in elderly mode).
 */
export class CreditFileUpload extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, fileUploadStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The visible label (e.g. 证明材料). */
  @property() label = '';

  /** Whether at least one file is needed (shown beside the label; the form decides what to refuse). */
  @property({ type: Boolean }) required = false;

  /** An error the form found (e.g. no file for a category that needs one), shown at the control. */
  @property() error = '';

  /** Limits to use instead of the policy's (`GET /v1/policy` → `files`). */
  @property({ attribute: false }) limits?: FileLimits;

  /** Files uploaded earlier (restored from a draft); afterwards, every uploaded file. */
  @property({ attribute: false }) files: EvidenceFile[] = [];

  @state() private items: Item[] = [];
  @state() private refusals: string[] = [];
  @state() private announcement = '';
  @state() private dragging = false;
  @state() private policyLimits?: FileLimits;
  @state() private policyFailed?: unknown;
  private get input() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
  }

  /** The uploaded files (the same as `files`). */
  get value(): EvidenceFile[] {
    return this.items.flatMap((i) => (i.state === 'done' && i.file ? [i.file] : []));
  }

  /** Names of the files still being checked or uploaded. */
  get uploading(): string[] {
    return this.items.filter((i) => i.state === 'hashing' || i.state === 'uploading').map((i) => i.name);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('files')) {
      // Files set from outside that the list does not hold yet (a restored draft) join it as uploaded.
      const known = new Set(this.items.map((i) => i.file?.id));
      const added = this.files
        .filter((f) => !known.has(f.id))
        .map((file): Item => ({
          key: ++lastKey,
          name: file.name,
          size: file.size,
          state: 'done',
          loaded: file.size,
          sha256: file.sha256,
          file,
        }));
      if (added.length) this.items = [...this.items, ...added];
    }
    if (!this.limits && !this.policyLimits && this.policyFailed === undefined) this.loadPolicy().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const item of this.items) item.controller?.abort();
  }

  /** The policy's limits, loaded once per client; a failure is shown and thrown. */
  private async loadPolicy(): Promise<FileLimits> {
    this.policyFailed = null;
    try {
      const limits: FileLimits = (await this.resource(Policy).get()).files;
      this.policyLimits = limits;
      this.policyFailed = undefined;
      return limits;
    } catch (error) {
      this.policyFailed = error;
      throw error;
    }
  }

  private get effectiveLimits(): FileLimits | undefined {
    return this.limits ?? this.policyLimits;
  }

  /** Checks and uploads files (what choosing or dropping them does). */
  async addFiles(list: Iterable<File>): Promise<void> {
    const t = this.strings.upload;
    const limits = this.effectiveLimits ?? (await this.loadPolicy());
    const locale = this.uiLocale;
    const refusals: string[] = [];
    const accepted: Item[] = [];
    let count = this.items.filter((i) => i.state !== 'failed').length;
    for (const file of list) {
      const refusal = fileRefusal(file, limits);
      if (refusal === 'type') refusals.push(t.badType(file.name, typeNames(limits.contentTypes, locale)));
      else if (refusal === 'empty') refusals.push(t.empty(file.name));
      else if (refusal === 'size')
        refusals.push(t.tooBig(file.name, formatBytes(file.size, locale), formatBytes(limits.maxBytes, locale)));
      else if (count >= limits.maxPerSubmission) {
        refusals.push(t.tooMany(limits.maxPerSubmission));
        break;
      } else {
        count++;
        accepted.push({ key: ++lastKey, name: file.name, size: file.size, state: 'hashing', loaded: 0, blob: file });
      }
    }
    this.refusals = refusals;
    if (refusals.length) this.announcement = refusals.join(' ');
    if (!accepted.length) return;
    this.items = [...this.items, ...accepted];
    this.changed();
    await Promise.all(accepted.map((item) => this.upload(item)));
  }

  private patch(key: number, change: Partial<Item>): Item | undefined {
    let updated: Item | undefined;
    this.items = this.items.map((i) => (i.key === key ? (updated = { ...i, ...change }) : i));
    return updated;
  }

  private async upload(item: Item): Promise<void> {
    const { upload: t, common } = this.strings;
    const { blob } = item;
    // Only a file picked on this page is uploaded; one restored from a draft has no bytes here.
    if (!blob) return;
    const controller = new AbortController();
    this.patch(item.key, { state: 'hashing', loaded: 0, error: undefined, failure: undefined, controller });
    try {
      const sha256 = item.sha256 ?? (await sha256Hex(blob));
      if (!this.patch(item.key, { state: 'uploading', sha256 })) return;
      this.announcement = t.announceStart(item.name);
      const typed = blob.type ? blob : new Blob([blob], { type: fileType({ name: item.name, type: '' }) });
      const file = await this.resource(Files).upload(typed, {
        name: item.name,
        signal: controller.signal,
        onProgress: ({ loaded }) => this.patch(item.key, { loaded }),
      });
      if (file.sha256 !== sha256) throw new Error(t.checksumMismatch);
      if (!this.patch(item.key, { state: 'done', file, loaded: item.size, controller: undefined })) return;
      this.announcement = t.announceDone(item.name);
    } catch (error) {
      if (controller.signal.aborted) return;
      const mismatch = error instanceof Error && error.message === t.checksumMismatch;
      const failed = mismatch ? { error: t.checksumMismatch } : { failure: error };
      if (!this.patch(item.key, { state: 'failed', ...failed, controller: undefined })) return;
      const reason = mismatch
        ? t.checksumMismatch
        : await errorText.load().then(
            (m) => m.describeError(error, this.uiLocale, common.unexpectedError),
            () => common.unexpectedError,
          );
      this.announcement = t.announceFailed(item.name, reason);
    }
    this.changed();
  }

  private retry(item: Item): void {
    void this.upload(item).then(() => undefined);
  }

  private removeItem(item: Item): void {
    item.controller?.abort();
    this.items = this.items.filter((i) => i.key !== item.key);
    this.announcement = this.strings.upload.announceRemoved(item.name);
    this.changed();
    // The removed row's button is gone: focus goes back to the choose button.
    this.renderRoot.querySelector<HTMLButtonElement>('#choose')?.focus();
  }

  private changed(): void {
    this.files = this.value;
    this.emit('credit-files-change', { files: this.files, uploading: this.uploading });
  }

  private readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    if (event.dataTransfer?.files.length) void this.addFiles(event.dataTransfer.files);
  };

  private readonly onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onPicked = () => {
    const input = this.input;
    if (!input) return;
    if (input.files?.length) void this.addFiles([...input.files]);
    // The same file can be chosen again (after removing it).
    input.value = '';
  };

  /** This element's strings in its UI language. */
  private get strings() {
    return { upload: this.localized(uploadZh, en.upload), common: this.localized(commonZh, en.common) };
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    const { upload: t, common } = this.strings;
    const limits = this.effectiveLimits;
    const describedBy = ['files-help', this.error ? 'files-error' : ''].filter(Boolean).join(' ');
    return html`<div part="base" class="field ${this.error ? 'invalid' : ''}" lang=${locale}>
      <div part="label" class="label" id="files-label">
        ${this.label}${this.required ? nothing : html` <span class="hint">${common.optional}</span>`}
      </div>
      <div part="help-text" id="files-help">
        ${
          limits
            ? t.limits(
                typeNames(limits.contentTypes, locale),
                formatBytes(limits.maxBytes, locale),
                limits.maxPerSubmission,
              )
            : this.policyFailed
              ? t.policyFailed
              : nothing
        }
      </div>
      ${
        this.error
          ? html`<div part="error" id="files-error">
              <span class="visually-hidden">${common.errorPrefix}</span><span aria-hidden="true">⚠ </span>${this.error}
            </div>`
          : nothing
      }
      <div
        part="dropzone"
        class="dropzone ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.onDragOver}
        @dragenter=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <input type="file" multiple hidden accept=${limits?.contentTypes.join(',') ?? ''} @change=${this.onPicked} />
        <button
          type="button"
          id="choose"
          aria-labelledby="files-label choose"
          aria-describedby=${describedBy}
          @click=${() => this.input?.click()}
        >
          ${t.choose}
        </button>
        <span class="drop-hint">${t.dropHere}</span>
      </div>
      ${
        this.refusals.length
          ? html`<ul class="refusals" part="error">
              ${this.refusals.map((r) => html`<li>${r}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.items.length
          ? html`<ul class="files" aria-label=${t.listLabel}>
              ${this.items.map((item) => this.renderItem(item, t, common, locale))}
            </ul>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderItem(item: Item, t: UploadMessages, common: CommonMessages, locale: Locale): TemplateResult {
    const percent = item.size ? Math.min(100, Math.round((item.loaded / item.size) * 100)) : 100;
    const status =
      item.state === 'hashing'
        ? t.hashing
        : item.state === 'uploading'
          ? t.uploading(percent)
          : item.state === 'done'
            ? t.uploaded
            : t.failed;
    return html`<li part="file" class="file ${item.state}">
      <div class="file-head">
        <span class="name">${item.name}</span>
        <span class="size">${formatBytes(item.size, locale)}</span>
        <span class="state">${item.state === 'done' ? '✓ ' : item.state === 'failed' ? '⚠ ' : ''}${status}</span>
      </div>
      ${
        item.state === 'uploading'
          ? html`<progress
              part="progress"
              max="100"
              value=${percent}
              aria-label=${t.progressLabel(item.name)}
            ></progress>`
          : nothing
      }
      ${
        item.state === 'failed'
          ? html`<div part="error">
              ${item.error ?? failureMessage(item.failure, this.uiLocale, common.unexpectedError, this.lazy(errorText))}
            </div>`
          : nothing
      }
      ${
        item.sha256
          ? html`<div part="checksum" class="checksum">${t.checksum}: <code>${item.sha256}</code></div>`
          : nothing
      }
      <div part="actions">
        ${
          item.state === 'failed' && item.blob
            ? html`<button type="button" aria-label=${t.retryNamed(item.name)} @click=${() => this.retry(item)}>
                ${t.retry}
              </button>`
            : nothing
        }
        <button type="button" aria-label=${t.removeNamed(item.name)} @click=${() => this.removeItem(item)}>
          ${t.remove}
        </button>
      </div>
    </li>`;
  }
}
