import type {
  CreateObjectionRequest,
  DishonestyRecord,
  EvidenceFile,
  Locale,
  Objection,
  ObjectionReason,
  RecordChange,
} from '@credit-kit/contract';
import { objectionReasons, reasonsNeedingCorrectValue, recordClassLabels } from '@credit-kit/contract/plain';
import type { ObjectionMessages } from './objection-form.messages.js';

/** The limits of the contract's `CreateObjectionRequest`. */
export const descriptionMax = 2000;
export const correctValueMax = 500;

export const reasons: readonly ObjectionReason[] = objectionReasons;

export type Step = 'record' | 'details' | 'review';
export const steps: readonly Step[] = ['record', 'details', 'review'];

/** Everything the subject enters: the draft kept in browser storage until the objection is submitted. */
export interface ObjectionValues {
  step: Step;
  recordId: string;
  reason: ObjectionReason | '';
  description: string;
  correctValue: string;
  /** Evidence already uploaded (their ids are what the objection carries). */
  evidence: EvidenceFile[];
  /** Files still uploading when this was saved: after a reload they must be attached again. */
  uploading?: string[];
  promise: boolean;
  /**
   * The idempotency key of the last attempt and the exact body it carried: a retry of the same body,
   * even after a reload, reuses the key, so the server answers with the first objection.
   */
  attempt?: { key: string; body: string };
}

export const emptyValues = (): ObjectionValues => ({
  step: 'record',
  recordId: '',
  reason: '',
  description: '',
  correctValue: '',
  evidence: [],
  promise: false,
});

export type FieldId = 'recordId' | 'reason' | 'description' | 'correctValue' | 'evidence' | 'promise';
export type FieldErrors = Partial<Record<FieldId, string>>;

/** The fields of each step, in display order (also the order of the error summary). */
export const stepFields: Record<Step, readonly FieldId[]> = {
  record: ['recordId'],
  details: ['reason', 'description', 'correctValue', 'evidence', 'promise'],
  review: [],
};

export const needsCorrectValue = (reason: ObjectionReason | '') =>
  reason !== '' && reasonsNeedingCorrectValue.includes(reason);

/** Length as a person counts it: characters, not UTF-16 units. */
// eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points: a Han character counts once (Intl.Segmenter is missing from older browsers)
export const textLength = (value: string) => [...value.trim()].length;

/** A record can be objected to while it is published (or corrected) and its period has not ended. */
export const objectable = (record: DishonestyRecord) => record.state === 'published' || record.state === 'corrected';

/** The open (verifying) objection of each record. */
export function openObjections(objections: readonly Objection[]): Map<string, Objection> {
  return new Map(objections.filter((o) => o.state === 'verifying').map((o) => [o.recordId, o]));
}

/** Every problem that keeps the subject on `step`, per field. */
export function validateStep(
  values: ObjectionValues,
  step: Step,
  t: ObjectionMessages,
  context: { records: readonly DishonestyRecord[]; open: ReadonlyMap<string, Objection>; uploading: boolean },
): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 'record') {
    const record = context.records.find((r) => r.id === values.recordId);
    if (!record || !objectable(record) || context.open.has(record.id)) errors.recordId = t.recordRequired;
  }
  if (step === 'details') {
    if (!values.reason) errors.reason = t.reasonRequired;
    const length = textLength(values.description);
    if (length === 0) errors.description = t.descriptionRequired;
    else if (length > descriptionMax) errors.description = t.descriptionTooLong(descriptionMax);
    if (needsCorrectValue(values.reason)) {
      const n = textLength(values.correctValue);
      if (n === 0) errors.correctValue = t.correctValueRequired;
      else if (n > correctValueMax) errors.correctValue = t.correctValueTooLong(correctValueMax);
    }
    if (context.uploading) errors.evidence = t.evidenceUploading;
    if (!values.promise) errors.promise = t.promiseRequired;
  }
  return errors;
}

/** The request the values make. */
export function toRequest(values: ObjectionValues): CreateObjectionRequest {
  const correctValue = values.correctValue.trim();
  return {
    recordId: values.recordId,
    reason: values.reason as ObjectionReason,
    description: values.description.trim(),
    ...(needsCorrectValue(values.reason) && correctValue ? { correctValue } : {}),
    evidence: values.evidence.map((f) => f.id),
    promiseTrue: true,
  };
}

/** The form field an API field error's path belongs to (`evidence.0` → evidence). */
export function fieldForPath(path: string): FieldId | undefined {
  const head = path.split('.')[0];
  if (head === 'promiseTrue') return 'promise';
  return (['recordId', 'reason', 'description', 'correctValue', 'evidence'] as const).find((f) => f === head);
}

/** A corrected field in words: a class by its label, anything else as it is. */
export function changeText(change: RecordChange, t: ObjectionMessages, locale: Locale): string {
  const value = (v: string) =>
    change.field === 'class' && v in recordClassLabels
      ? recordClassLabels[v as keyof typeof recordClassLabels][locale]
      : v;
  return t.changeLine(t.fields[change.field], value(change.before), value(change.after));
}
