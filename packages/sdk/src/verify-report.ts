import { reportJwsType } from '@credit-kit/contract/plain';
import type { Report, ReportPayload } from '@credit-kit/contract';
import { verifyJws, type JwsInvalidReason, type VerifyJwsOptions } from './verify-jws.js';

export interface ReportVerification {
  /** Signed by the platform and unaltered: the JSON shows exactly what was signed. */
  valid: boolean;
  payload?: ReportPayload;
  reason?: JwsInvalidReason;
}

export type VerifyReportOptions = VerifyJwsOptions;

/**
 * Checks a credit report (信用报告) offline with WebCrypto: its signature against the platform's published
 * keys (the same keys receipts are signed with), and that the report's JSON is exactly what was signed, so
 * a changed grade, name or record fails. Whether it is still current is the API's answer
 * (`reports.check(number)`), since a later repair or listing supersedes it.
 */
export function verifyReport(report: Report | string, opts: VerifyReportOptions = {}): Promise<ReportVerification> {
  return verifyJws<ReportPayload>(report, { ...opts, typ: reportJwsType }, 'verifyReport');
}
