// A credit report as a material of a credit repair application, shared by <credit-report> and the
// repair application's one-click attach.
import type { EvidenceFile, Report } from '@credit-kit/contract';
import { Files, Reports } from '@credit-kit/sdk';
import type { ResourceClass } from './client.js';

/** The report's PDF, downloaded from the API and uploaded as the subject's evidence file. */
export async function attachReport(reports: Reports, files: Files, report: Report): Promise<EvidenceFile> {
  const pdf = await reports.pdf(report.number);
  return files.upload(new Blob([pdf], { type: 'application/pdf' }), { name: `信用报告-${report.number}.pdf` });
}

/** Hands a downloaded file to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The subject's current report (issued now if it has none), uploaded as its evidence file, through `resource`. */
export async function attachCurrentReport(
  resource: <R>(Resource: ResourceClass<R>) => R,
  code: string,
): Promise<EvidenceFile> {
  const reports = resource(Reports);
  return attachReport(reports, resource(Files), await reports.get(code));
}
