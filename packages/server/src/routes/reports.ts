import { routes } from '@credit-kit/contract';
import type { Context } from 'hono';
import type { AppEnv, Deps } from '../context.js';
import { attachmentDisposition } from '../domain/files.js';
import { renderReportPdf } from '../domain/report-pdf.js';
import { checkReport, currentReport, loadReport, recordPdfHash, toReport } from '../domain/reports.js';
import { endpoint } from '../http/endpoint.js';
import { notFound } from '../http/problem.js';
import { sha256Hex } from '../ids.js';
import { assertVisible } from './access.js';
import { assertValidCode } from './statuses.js';

/**
 * The portal page that checks a report (what its QR code opens): `reportVerifyUrl` with `{number}`, or
 * the example portal's page on the server the request came to.
 */
function verifyUrlOf(c: Context<AppEnv>, deps: Deps, number: string): string {
  const template = deps.reportVerifyUrl ?? `${new URL(c.req.url).origin}/verify-report.html?number={number}`;
  return template.replace('{number}', encodeURIComponent(number));
}

export const reportEndpoints = [
  endpoint(routes.getReport, async ({ c, deps, principal, params }) => {
    assertValidCode(params.code);
    // A session reads only its own subject's report; another subject's is not found.
    assertVisible(principal, params.code, 'Subject');
    const row = await currentReport(deps, principal, params.code);
    if (!row) throw notFound('Subject');
    return toReport(row, deps.receipts.currentKid, verifyUrlOf(c, deps, row.number));
  }),

  endpoint(routes.getReportPdf, async ({ c, deps, principal, params }) => {
    const row = await loadReport(deps.db, params.number);
    if (!row) throw notFound('Report');
    assertVisible(principal, row.subject_code, 'Report');
    const pdf = await renderReportPdf(row.payload, verifyUrlOf(c, deps, row.number), deps.policy);
    await recordPdfHash(deps.db, row.number, sha256Hex(pdf));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': attachmentDisposition(`信用报告-${row.number}.pdf`),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
  }),

  endpoint(routes.checkReport, async ({ deps, params, query }) => checkReport(deps, params.number, query.sha256)),
];
