// The report's API for stories: the report, its PDF, an upload of it, and the answer about a number.
import { HttpResponse } from 'msw';
import type { ReportCheck } from '@credit-kit/contract';
import { report, reportChecks, reportNumber } from '../fixtures/index.js';
import { handlers, on } from './api.js';

const pdf = new Blob(['%PDF-1.7\n/CreditReportNumber (' + reportNumber + ')\n%%EOF\n'], { type: 'application/pdf' });

export const reportHandlers = (check: ReportCheck = reportChecks.current) => ({
  ...handlers,
  getReport: on('getReport', () => HttpResponse.json(report)),
  getReportPdf: on('getReportPdf', () => new HttpResponse(pdf, { headers: { 'content-type': 'application/pdf' } })),
  checkReport: on('checkReport', ({ params }) =>
    HttpResponse.json(
      params.number === reportNumber ? check : { ...reportChecks.notIssued, number: String(params.number) },
    ),
  ),
  uploadFile: on('uploadFile', () =>
    HttpResponse.json(
      {
        id: 'file_story_report',
        name: `信用报告-${reportNumber}.pdf`,
        contentType: 'application/pdf',
        size: pdf.size,
        sha256: '0'.repeat(64),
        uploadedAt: '2026-07-05T02:31:00.000Z',
      },
      { status: 201 },
    ),
  ),
});
