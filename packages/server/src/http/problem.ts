import {
  errorMessages,
  errorStatus,
  negotiateLocale,
  problemTypeBase,
  type ErrorCode,
  type Locale,
  type LocalizedText,
  type Problem,
} from '@credit-kit/contract';

/** A message in both UI languages; a plain string is sent as it is in either. */
export type Text = string | LocalizedText;

/** A field error before the caller's language is known. */
export interface ProblemField {
  path: string;
  code: string;
  message: Text;
}

export interface ProblemExtra {
  errors?: ProblemField[];
  retryAfter?: number;
  /** The rule that refused the request, named for clients (`who-decides-repairs`, …). */
  rule?: string;
  earliestDate?: string;
  /** On a `conflict` with an open submission (a second repair of one record): the open one's id. */
  existingId?: string | undefined;
}

/** A failure the API reports as RFC 9457 problem+json; anything else thrown becomes `internal`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: Text,
    readonly extra: ProblemExtra = {},
  ) {
    super(detail === undefined ? code : localize(detail, 'en'));
  }
  get status() {
    return errorStatus[this.code];
  }
}

export const localize = (text: Text, locale: Locale): string => (typeof text === 'string' ? text : text[locale]);

/** The language of a request's problems: `Accept-Language`, zh-CN unless English is preferred. */
export const problemLocale = (acceptLanguage: string | null | undefined): Locale => negotiateLocale(acceptLanguage);

/** The problem's body in `locale` (zh-CN by default): title, detail and every field error's message. */
export function problemBody(error: ApiError, requestId?: string, instance?: string, locale: Locale = 'zh-CN'): Problem {
  const { errors, retryAfter, rule, earliestDate, existingId } = error.extra;
  return {
    type: problemTypeBase + error.code.replaceAll('_', '-'),
    title: errorMessages[error.code][locale],
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: localize(error.detail, locale) } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(errors ? { errors: errors.map((e) => ({ ...e, message: localize(e.message, locale) })) } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(rule ? { rule } : {}),
    ...(earliestDate ? { earliestDate } : {}),
    ...(existingId ? { existingId } : {}),
  };
}

/** What the API calls the things it can fail to find, in both languages. */
const things = {
  Record: ['失信记录', 'Record'],
  Subject: ['信用主体', 'Subject'],
  Template: ['承诺模板', 'Template'],
  Commitment: ['信用承诺', 'Commitment'],
  Declaration: ['自主申报', 'Declaration'],
  Repair: ['信用修复申请', 'Repair application'],
  Objection: ['异议申诉', 'Objection'],
  Check: ['信用核查', 'Check'],
  File: ['证明材料', 'File'],
  Notice: ['事前告知书', 'Notice'],
  ListMembership: ['名单记录', 'List membership'],
  AuditCheckpoint: ['审计检查点', 'Audit checkpoint'],
  Report: ['信用报告', 'Credit report'],
} as const;
export type Thing = keyof typeof things;

export const notFound = (what: Thing) =>
  new ApiError('not_found', { 'zh-CN': `未找到该${things[what][0]}`, en: `${things[what][1]} not found` });
export const invalidTransition = (detail: Text) => new ApiError('invalid_transition', detail);

/** Refuses a request with 422 `validation_failed` naming every field in `errors`; nothing when there are none. */
export function assertNoFieldErrors(errors: ProblemField[], detail: Text): void {
  if (errors.length) throw new ApiError('validation_failed', detail, { errors });
}
