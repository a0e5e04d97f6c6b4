// English strings of the credit report widgets.
import type { ReportCheck } from '@credit-kit/contract';
import type { ReportMessages, VerifyMessages } from './report.js';

const time = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export const report: ReportMessages = {
  label: 'Credit report',
  loading: 'Preparing the credit report…',
  failed: 'The credit report could not be prepared',
  retry: 'Retry',
  number: 'Report number',
  issuedAt: 'Issued',
  validUntil: 'Valid until',
  issuer: 'Issued by',
  identity: 'Identity',
  name: 'Name',
  code: 'Credit code / ID number',
  registeredOn: 'Credit file opened',
  grade: 'Credit grade',
  score: (score: number) => `Score ${score}`,
  factors: 'Factors of the grade',
  factor: 'Factor',
  count: 'Count',
  points: 'Points',
  records: 'Dishonesty records (in their publicity period)',
  lists: 'Lists',
  commitments: 'Commitments and their fulfilment',
  declarations: 'Verified self-declarations',
  none: 'None',
  underObjection: 'Under objection',
  underRepair: 'Under repair',
  suspended: 'Objection being verified: measures suspended',
  window: (from: string, until: string) => `Published ${from} to ${until}`,
  since: (authority: string, since: string) => `Listed by ${authority} since ${since}`,
  basis: (numbers: string) => `Basis: ${numbers}`,
  decision: (authority: string, number: string, date: string) => `${authority} ${number}, decided ${date}`,
  commitmentStates: { signed: 'Running', kept: 'Kept', 'partly-kept': 'Partly kept', breached: 'Breached' },
  download: 'Download PDF',
  downloading: 'Preparing the PDF…',
  print: 'Print',
  attach: 'Use in a credit repair application',
  attaching: 'Uploading the report…',
  attached: (name: string) => `“${name}” was uploaded as a material of your credit repair application.`,
  actionFailed: 'That did not work, please try again',
  verify: 'Check this report',
  signedNote:
    'The platform signs this report. Whoever receives it can check that it is genuine and current by its number or the QR code on each page.',
};

export const verify: VerifyMessages = {
  label: 'Check a credit report',
  intro:
    'Enter a report number or upload the report PDF to check that the platform issued it, that it is unaltered and that it is current.',
  number: 'Report number',
  numberHelp: 'Printed at the top of every page: XYBG and 16 more characters.',
  numberInvalid: 'A report number is XYBG followed by 16 characters',
  check: 'Check',
  file: 'Or upload the report PDF',
  fileNotReport: 'This file carries no report number of the platform and cannot be checked.',
  checking: 'Checking…',
  failed: 'The check failed, please try again later',
  genuine: 'Genuine and current',
  notIssued: 'Not found',
  altered: 'Altered',
  superseded: 'Superseded',
  expired: 'Expired',
  notIssuedText: (number: string) =>
    `The platform never issued a credit report numbered ${number}. The report is not genuine and may be forged.`,
  alteredText:
    'This file is not the report the platform issued: the number is genuine but the content was changed. Ask the subject for the original or look it up on the platform.',
  currentText: (c: ReportCheck) =>
    `Genuine and current: issued by the platform on ${time(c.issuedAt ?? '')}, valid until ${c.validUntil ?? ''}; it shows the subject's current credit information.`,
  supersededText: (c: ReportCheck) =>
    `Genuine but superseded: since ${c.supersededAt ? time(c.supersededAt) : 'it was issued'} the subject's credit information has changed (a repair, a listing). Rely on a newer report.`,
  expiredText: (c: ReportCheck) =>
    `Genuine but past its validity (${c.validUntil ?? ''}). Ask the subject for a current report.`,
  pdfMatch: 'The uploaded file is exactly the PDF the platform issued.',
  subject: 'Subject',
  grade: 'Credit grade',
};
