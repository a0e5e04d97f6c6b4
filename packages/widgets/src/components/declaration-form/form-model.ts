import {
  declarationFields,
  declarationProblems,
  type DeclarationField,
  type DeclarationProblem,
} from '@credit-kit/contract/plain';
import type { CreateDeclarationRequest, DeclarationCategory, EvidenceFile } from '@credit-kit/contract';
import type { Attempt } from '../../internal/submission.js';
import type { DeclarationMessages } from '../../internal/i18n/zh-CN.js';

/** Everything the subject has given: the draft kept in browser storage until the submission succeeds. */
export interface DeclarationValues {
  category: DeclarationCategory | '';
  /** What was typed for each category, as typed: switching categories loses nothing. */
  details: Partial<Record<DeclarationCategory, Record<string, string>>>;
  /** Evidence files already uploaded (their ids go in the request). */
  evidence: EvidenceFile[];
  /** Names of files still uploading when the draft was last written. */
  uploading: string[];
  promiseTrue: boolean;
  authoriseSharing: boolean;
  attempt?: Attempt;
}

export type FieldErrors = Partial<Record<string, string>>;

export const emptyValues = (): DeclarationValues => ({
  category: '',
  details: {},
  evidence: [],
  uploading: [],
  promiseTrue: false,
  authoriseSharing: false,
});

/** A category's fields, as the contract lists them. */
export const fieldsOf = (category: DeclarationCategory): readonly DeclarationField[] => declarationFields[category];

/** A detail field by name (names mean the same in every category that has them). */
export const fieldSpec = (name: string): DeclarationField | undefined =>
  (Object.values(declarationFields) as (readonly DeclarationField[])[]).flat().find((f) => f.name === name);

/** The form's fields in display order, which is also the error summary's. */
export function fieldOrder(category: DeclarationCategory | ''): string[] {
  return [
    'category',
    ...(category ? fieldsOf(category).map((f) => f.name) : []),
    'evidence',
    'promiseTrue',
    'authoriseSharing',
  ];
}

const numeric = (f: DeclarationField) => f.kind === 'number' || f.kind === 'money' || f.kind === 'year';

/** The details as the API takes them: text trimmed, numbers read (with or without thousands separators), blanks left out. */
export function parseDetails(category: DeclarationCategory, raw: Record<string, string> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(category)) {
    const value = (raw[f.name] ?? '').trim();
    if (!value) continue;
    if (numeric(f)) {
      const n = Number(value.replace(/[,,\s]/g, ''));
      // A value that is not a number is passed on as typed, so the check names it as such.
      out[f.name] = Number.isFinite(n) ? n : value;
    } else out[f.name] = value;
  }
  return out;
}

/** The words for a problem the contract's check found in a field. */
export function problemMessage(p: DeclarationProblem, t: DeclarationMessages): string | undefined {
  const label = t.fields[p.field] ?? p.field;
  const m = t.problems;
  const field = fieldSpec(p.field);
  switch (p.code) {
    case 'required':
      return field?.kind === 'choice' ? m.choose(label) : m.required(label);
    case 'invalid-choice':
      return m.choose(label);
    case 'too-long':
      return m.tooLong(label, Number(p.limit));
    case 'not-a-number':
      return m.notNumber(label);
    case 'not-whole':
      return m.notWhole(label);
    case 'too-small':
      return m.tooSmall(label, Number(p.limit));
    case 'too-large':
      return m.tooLarge(label, Number(p.limit));
    case 'invalid-date':
      return m.invalidDate(label);
    case 'in-future':
      return field?.kind === 'year' ? m.yearInFuture(label) : m.inFuture(label);
    case 'not-after':
      return m.notAfter(label, t.fields[String(p.limit)] ?? String(p.limit));
    default:
      // A code this form does not know (a newer API): the caller words it.
      return undefined;
  }
}

/** Every problem a submit would be refused for, per field: the contract's checks and the policy's evidence rule. */
export function validate(
  values: DeclarationValues,
  t: DeclarationMessages,
  today: string,
  evidenceRequired: readonly string[],
): FieldErrors {
  const errors: FieldErrors = {};
  const category = values.category;
  if (!category) errors.category = t.categoryRequired;
  else
    for (const p of declarationProblems(category, parseDetails(category, values.details[category]), today))
      errors[p.field] ??= problemMessage(p, t) ?? t.problems.invalid;
  if (values.uploading.length) errors.evidence = t.evidenceUploading;
  else if (category && evidenceRequired.includes(category) && values.evidence.length === 0)
    errors.evidence = t.evidenceRequired;
  if (!values.promiseTrue) errors.promiseTrue = t.promiseRequired;
  if (!values.authoriseSharing) errors.authoriseSharing = t.authoriseRequired;
  return errors;
}

/** The request the values make (call only once `validate` finds nothing). */
export function toRequest(values: DeclarationValues): CreateDeclarationRequest {
  const category = values.category as DeclarationCategory;
  return {
    category,
    details: parseDetails(category, values.details[category]),
    evidence: values.evidence.map((f) => f.id),
    promiseTrue: true,
    authoriseSharing: true,
  } as CreateDeclarationRequest;
}

/** The form field an API field error's path (`details.awardedAt`, `evidence.0`, `category`) belongs to. */
export function fieldForPath(path: string): string | undefined {
  const [head, tail] = path.split('.');
  if (head === 'details' && tail) return tail;
  if (head === 'evidence' || head === 'category' || head === 'promiseTrue' || head === 'authoriseSharing') return head;
  return undefined;
}
