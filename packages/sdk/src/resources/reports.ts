import type { Jwks, Report, ReportCheck } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { assertSubjectCode } from '../subject-code.js';
import { verifyReport, type ReportVerification } from '../verify-report.js';
import { Resource } from './resource.js';

/** sha256 of bytes, hex, with WebCrypto. */
async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The report number a credit report PDF carries in its document information (`/CreditReportNumber`). */
export async function reportNumberOfPdf(pdf: Blob): Promise<string | undefined> {
  const text = new TextDecoder('latin1').decode(await pdf.arrayBuffer());
  return /\/CreditReportNumber\s*\((XYBG\d{8}[0-9A-HJ-NP-Z]{8})\)/.exec(text)?.[1];
}

/** Credit reports (信用报告): issued signed, downloaded as PDF, and checked by whoever receives one. */
export class Reports extends Resource {
  /** The subject's current report: its own with a session, any subject's with a secret key. */
  get(code: string, opts?: CallOptions): Promise<Report> {
    assertSubjectCode(code, this.http.config);
    return this.http.request(['getReport', 'GET /v1/subjects/{code}/report'], { ...opts, params: { code } });
  }

  /** The report as an A4 PDF. */
  pdf(number: string, opts?: CallOptions): Promise<Blob> {
    return this.http.request(['getReportPdf', 'GET /v1/reports/{number}/pdf'], {
      ...opts,
      params: { number },
      responseType: 'blob',
    });
  }

  /**
   * Whether a report number was issued by the platform and is still current, or superseded since when.
   * With a PDF, also whether that file is the one the platform issued (an altered file is a `mismatch`).
   */
  async check(number: string, opts: CallOptions & { pdf?: Blob } = {}): Promise<ReportCheck> {
    const { pdf, ...call } = opts;
    const query = pdf ? { sha256: await sha256Hex(pdf) } : undefined;
    return this.http.request(['checkReport', 'GET /v1/reports/{number}'], { ...call, params: { number }, query });
  }

  /**
   * A PDF in hand, checked: its number read from the file, then the platform's answer for that number and
   * file. Undefined when the file carries no report number (it is not a credit report of this platform).
   */
  async checkPdf(pdf: Blob, opts?: CallOptions): Promise<ReportCheck | undefined> {
    const number = await reportNumberOfPdf(pdf);
    return number === undefined ? undefined : this.check(number, { ...opts, pdf });
  }

  /** Checked here with WebCrypto (signature and content); the keys are fetched once per client from this API unless given. */
  verifyOffline(report: Report | string, opts: { jwks?: Jwks } = {}): Promise<ReportVerification> {
    const { baseUrl, fetch } = this.http.config;
    return verifyReport(report, { ...opts, baseUrl, keyCache: this.http.signingKeys, ...(fetch ? { fetch } : {}) });
  }
}
