import type { CommitmentTemplate, CommitterKind, CreateCommitmentRequest, SessionSubject } from '@credit-kit/contract';
import { identifierMessage, isPhone, validateResidentId, validateUscc } from '@credit-kit/contract/plain';
import type { FormMessages } from '../../internal/i18n/zh-CN.js';
import type { Locale } from '@credit-kit/contract';

/** Everything the signer types: the draft kept in browser storage until the submission succeeds. */
export interface CommitmentValues {
  kind: CommitterKind;
  name: string;
  code: string;
  legalRepresentative: string;
  contactPhone: string;
  signerName: string;
  read: boolean;
  truthful: boolean;
  signatureMode: 'draw' | 'keyboard';
  /** A drawn signature as a PNG data URL. */
  signatureImage?: string;
  /**
   * The idempotency key of the last attempt and the exact body it carried. A retry of the same body
   * (even after a reload) reuses the key, so the server answers with the first commitment.
   */
  attempt?: { key: string; body: string };
}

export type FieldId =
  'kind' | 'name' | 'code' | 'legalRepresentative' | 'contactPhone' | 'signerName' | 'read' | 'truthful' | 'signature';
export type FieldErrors = Partial<Record<FieldId, string>>;

/** Display order of the fields, which is also the order of the error summary. */
export const fieldOrder: readonly FieldId[] = [
  'kind',
  'name',
  'code',
  'legalRepresentative',
  'contactPhone',
  'read',
  'truthful',
  'signerName',
  'signature',
];

/** Natural persons are identified by their resident identity number; everyone else by a USCC. */
export const usesResidentId = (kind: CommitterKind) => kind === 'natural-person';

/** The form as the session's subject would fill it in. */
export function prefill(subject: SessionSubject, template: CommitmentTemplate): CommitmentValues {
  const kind = template.committerKinds.includes(subject.committerKind)
    ? subject.committerKind
    : (template.committerKinds[0] ?? subject.committerKind);
  return {
    kind,
    name: subject.name,
    code: subject.code,
    legalRepresentative: subject.legalRepresentative ?? '',
    contactPhone: subject.contactPhone ?? '',
    signerName: subject.committerKind === 'natural-person' ? subject.name : (subject.legalRepresentative ?? ''),
    read: false,
    truthful: false,
    signatureMode: 'draw',
  };
}

/**
 * The identifier check for the chosen kind, with its precise reason; then, since a session signs only
 * for its own subject, whether it is the signed-in subject's code.
 */
function codeError(values: CommitmentValues, subjectCode: string, t: FormMessages, locale: Locale): string | undefined {
  const code = values.code.trim();
  const result = usesResidentId(values.kind) ? validateResidentId(code) : validateUscc(code);
  if (!result.ok) return identifierMessage(result, locale);
  return upperCode(code) === upperCode(subjectCode) ? undefined : t.codeNotSubject(subjectCode);
}

const upperCode = (code: string) => code.trim().toUpperCase();

/** Every problem a submit would be refused for, per field. */
export function validate(values: CommitmentValues, subjectCode: string, t: FormMessages, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = t.nameRequired;
  const code = codeError(values, subjectCode, t, locale);
  if (code) errors.code = code;
  if (!isPhone(values.contactPhone.trim())) errors.contactPhone = t.contactPhoneInvalid;
  if (!values.read) errors.read = t.readRequired;
  if (!values.truthful) errors.truthful = t.truthfulRequired;
  if (!values.signerName.trim()) errors.signerName = t.signerRequired;
  return errors;
}

/** The request the values make, for the template the signer read. */
export function toRequest(values: CommitmentValues, template: CommitmentTemplate): CreateCommitmentRequest {
  const legalRepresentative = values.legalRepresentative.trim();
  const request: CreateCommitmentRequest = {
    templateId: template.id,
    committer: {
      kind: values.kind,
      code: upperCode(values.code),
      name: values.name.trim(),
      contactPhone: values.contactPhone.trim(),
      ...(legalRepresentative && !usesResidentId(values.kind) ? { legalRepresentative } : {}),
    },
    signerName: values.signerName.trim(),
    agreedTextHash: template.textHash,
    confirmations: { read: true, truthful: true },
  };
  if (values.signatureMode === 'keyboard') request.signature = { kind: 'typed' };
  else if (values.signatureImage) request.signature = { kind: 'drawn', image: values.signatureImage };
  return request;
}

/** The form field an API field error's path (`committer.code`, `confirmations.read`) belongs to. */
export function fieldForPath(path: string): FieldId | undefined {
  const [head, tail] = path.split('.');
  if (head === 'committer' && tail && ['kind', 'name', 'code', 'legalRepresentative', 'contactPhone'].includes(tail))
    return tail as FieldId;
  if (head === 'confirmations' && (tail === 'read' || tail === 'truthful')) return tail;
  if (head === 'signerName') return 'signerName';
  if (head === 'signature') return 'signature';
  return undefined;
}
