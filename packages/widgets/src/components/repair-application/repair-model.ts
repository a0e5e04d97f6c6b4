import type {
  CreateRepairRequest,
  Eligibility,
  EvidenceFile,
  IneligibleReason,
  RepairMaterial,
  RepairPath,
} from '@credit-kit/contract';
import type { SignatureMode } from '../../internal/signature.js';
import type { Attempt } from '../../internal/submission.js';
import type { StepMessages } from './messages.steps.js';

/** The wizard's steps, in order: the draft keeps the one the subject was on. */
export const steps = ['record', 'eligibility', 'materials', 'review'] as const;
export type Step = (typeof steps)[number];

/** What the subject has entered: saved as a draft until the application is accepted. */
export interface RepairValues {
  step: Step;
  recordId?: string;
  /** What was done to correct the behaviour (纠正失信行为). */
  correction: string;
  /** Uploaded files of each material (the draft keeps them, so a reload loses none). */
  files: Partial<Record<RepairPath, EvidenceFile[]>>;
  agreed: boolean;
  signerName: string;
  signatureMode: SignatureMode;
  signatureImage?: string;
  promiseTrue: boolean;
  /** The idempotency key of the last submission tried, with the body it was for. */
  attempt?: Attempt;
}

export const emptyValues = (): RepairValues => ({
  step: 'record',
  correction: '',
  files: {},
  agreed: false,
  signerName: '',
  signatureMode: 'draw',
  promiseTrue: false,
});

/** The fields of the materials step, in the order they are shown (ids of their controls). */
export type FieldId = 'correction' | 'agreed' | 'signerName' | `files-${RepairPath}` | 'promiseTrue';
export type FieldErrors = Partial<Record<FieldId, string>>;

/** The materials this record's class asks for, required ones first. */
export function materialPaths(eligibility: Eligibility): { path: RepairPath; required: boolean }[] {
  return [
    ...eligibility.requiredPaths.map((path) => ({ path, required: true })),
    ...eligibility.optionalPaths
      .filter((p) => !eligibility.requiredPaths.includes(p))
      .map((path) => ({ path, required: false })),
  ];
}

/** Errors of the materials step: required ones enforced before the next step. */
export function validateMaterials(values: RepairValues, eligibility: Eligibility, t: StepMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.correction.trim()) errors.correction = t.correctionRequired;
  else if (values.correction.length > 2000) errors.correction = t.tooLong(2000);
  for (const { path, required } of materialPaths(eligibility)) {
    if (path === 'commitment') {
      if (!values.agreed) errors.agreed = t.agreeRequired;
      if (!values.signerName.trim()) errors.signerName = t.signerRequired;
    } else if (required && !values.files[path]?.length) errors[`files-${path}`] = t.fileRequired(path);
  }
  return errors;
}

export const validateReview = (values: RepairValues, t: StepMessages): FieldErrors =>
  values.promiseTrue ? {} : { promiseTrue: t.promiseRequired };

/** The request the form sends: the materials that are there, the commitment signed inline. */
export function toRequest(values: RepairValues, eligibility: Eligibility): CreateRepairRequest {
  const materials: RepairMaterial[] = [];
  for (const { path } of materialPaths(eligibility)) {
    if (path === 'commitment') {
      const signature =
        values.signatureMode === 'keyboard'
          ? { kind: 'typed' as const }
          : values.signatureImage
            ? { kind: 'drawn' as const, image: values.signatureImage }
            : undefined;
      materials.push({
        path,
        files: [],
        commitment: { signerName: values.signerName.trim(), agreed: true, ...(signature ? { signature } : {}) },
      });
    } else {
      const files = values.files[path] ?? [];
      if (files.length) materials.push({ path, files: files.map((f) => f.id) });
    }
  }
  return { recordId: eligibility.recordId, correction: values.correction.trim(), materials, promiseTrue: true };
}

/** Maps a field error of the API (`materials.0.commitment`, `correction`) to the field that shows it. */
export function fieldForPath(path: string, request: CreateRepairRequest): FieldId | undefined {
  if (path === 'correction') return 'correction';
  const m = /^materials\.(\d+)/.exec(path);
  const material = m ? request.materials[Number(m[1])] : undefined;
  if (material?.path === 'commitment') return path.endsWith('signerName') ? 'signerName' : 'agreed';
  if (material) return `files-${material.path}`;
  return undefined;
}

/** The conditions an application rests on, each held or not, in the order a person checks them. */
export const conditions = ['published', 'repairable', 'minimum-period', 'no-open-repair', 'no-open-objection'] as const;
export type Condition = (typeof conditions)[number];

const failedBy: Record<Condition, IneligibleReason> = {
  published: 'not-published',
  repairable: 'not-repairable',
  'minimum-period': 'minimum-period',
  'no-open-repair': 'already-under-repair',
  'no-open-objection': 'under-objection',
};

export const conditionHolds = (eligibility: Eligibility, condition: Condition) =>
  !eligibility.reasons.includes(failedBy[condition]);
