import type { DishonestyRecord, Eligibility, Locale, Policy, RepairPath } from '@credit-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, type SummaryItem } from '../../internal/error-summary.js';
import { checkboxField, textareaField, textField } from '../../internal/fields.js';
import type { CommonMessages, FieldMessages, SignatureMessages } from '../../internal/i18n/zh-CN.js';
import { SignatureControl } from '../../internal/signature.js';
import type { RepairMessages } from './messages.zh-CN.js';
import { stepMessages, type StepMessages } from './messages.steps.js';
import { materialFiles, reviewAnswers } from './repair-application.views.js';
import {
  materialPaths,
  validateMaterials,
  validateReview,
  type FieldErrors,
  type RepairValues,
} from './repair-model.js';

// The steps of the repair application where the subject gives its materials and checks its answers,
// loaded when the subject reaches them (the records and the conditions come first): the repair
// commitment signed inline, the files of every other material, and the answers to check.

export { signatureStyles } from '../../internal/signature.js';
export { attachCurrentReport } from '../../internal/report-material.js';
export { fieldForPath, toRequest, validateMaterials, validateReview } from './repair-model.js';
export { stepMessages } from './messages.steps.js';

type Common = CommonMessages & FieldMessages & SignatureMessages;

/** What the materials and review steps show and how they tell the widget what the subject did. */
export interface StepsView {
  policy: Policy;
  record: DishonestyRecord;
  eligibility: Eligibility;
  values: RepairValues;
  /** The widget's words (those of these steps come with them). */
  t: RepairMessages;
  common: Common;
  locale: Locale;
  /** The API's findings on the fields of the last submission, and those it could not place. */
  serverErrors: FieldErrors;
  otherErrors: string[];
  /** Whether the subject tried to leave the step (its own checks show from then). */
  attempted: boolean;
  pending: boolean;
  /** The alert of a failed submission, as the widget words it. */
  failure: TemplateResult | typeof nothing;
  /** The drawing pad of the commitment's signature (one per widget, kept across renders). */
  signature: SignatureControl;
  /** The widget's shadow root, where the error summary's links move focus. */
  root: ShadowRoot;
  onChange: (patch: Partial<RepairValues>) => void;
  /** Goes back to a step, focusing a field of it (its heading by default). */
  onGo: (step: 'record' | 'materials' | 'eligibility', focus?: string) => void;
  onNext: () => void;
  onSubmit: () => void;
  /** The subject's current credit report: being attached, or why the last try failed (in the user's words). */
  reportAttach: 'idle' | 'busy' | { error: string };
  onAttachReport: (path: RepairPath) => void;
}

/** A new drawing pad for a widget's commitment signature. */
export const newSignature = () => new SignatureControl();

/** The errors the current step shows: the API's, and the step's own once the subject tried to leave it. */
function stepErrors(v: StepsView, s: StepMessages) {
  const local =
    v.values.step === 'materials'
      ? validateMaterials(v.values, v.eligibility, s)
      : v.values.step === 'review'
        ? validateReview(v.values, s)
        : {};
  return { ...v.serverErrors, ...(v.attempted ? local : {}) };
}

function summary(v: StepsView, errors: FieldErrors) {
  if (!v.attempted) return nothing;
  const items: SummaryItem[] = [
    ...Object.entries(errors).map(([field, message]) => ({
      field: field === 'signature' ? 'signature-mode' : field,
      message,
    })),
    ...v.otherErrors.map((message) => ({ message })),
  ];
  return errorSummary(v.common.errorSummaryTitle, items, v.root);
}

/** How the subject gives one material, given its label and whether it is required. */
type MaterialInput = (
  v: StepsView,
  errors: FieldErrors,
  path: RepairPath,
  label: string,
  required: boolean,
) => TemplateResult;

/** Files, uploaded as they are chosen: how every material is given unless `materialInputs` says otherwise. */
const filesInput: MaterialInput = (v, errors, path, label, required) =>
  materialFiles({
    path,
    label,
    files: v.values.files[path] ?? [],
    limits: v.policy.files,
    required,
    error: errors[`files-${path}`],
    onChange: ({ files }) => v.onChange({ files: { ...v.values.files, [path]: files } }),
  });

/** The repair commitment for this one record: its text, read-and-agree, the signer and the signature. */
const commitmentInput: MaterialInput = (v, errors) => {
  const { values, record, common } = v;
  const t = stepMessages[v.locale];
  return html`<p part="commitment" class="commitment-text" tabindex="0">
      ${t.commitmentText(record.title, record.decisionNumber, record.authority)}
    </p>
    ${checkboxField({
      id: 'agreed',
      label: t.agree,
      checked: values.agreed,
      error: errors.agreed,
      messages: common,
      onChange: (agreed) => v.onChange({ agreed }),
    })}
    ${textField({
      id: 'signerName',
      label: t.signerName,
      value: values.signerName,
      error: errors.signerName,
      messages: common,
      required: true,
      autocomplete: 'name',
      maxlength: 50,
      onInput: (signerName) => v.onChange({ signerName }),
    })}
    ${v.signature.render({
      mode: values.signatureMode,
      signerName: values.signerName,
      image: values.signatureImage,
      messages: common,
      onMode: (signatureMode) => v.onChange({ signatureMode }),
      onImage: (signatureImage) => v.onChange({ signatureImage }),
    })}`;
};

/** The credit report: the platform's own in one click, or a file like any other material. */
const creditReportInput: MaterialInput = (v, errors, path, label, required) => {
  const s = stepMessages[v.locale];
  const busy = v.reportAttach === 'busy';
  const failed = typeof v.reportAttach === 'object' ? v.reportAttach.error : '';
  return html`<p part="help-text">${s.attachReportHelp}</p>
    <div part="actions" class="attach-report">
      <button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => v.onAttachReport(path)}>
        ${busy ? s.attachingReport : s.attachReport}
      </button>
    </div>
    <p class="visually-hidden" role="status">${busy ? s.attachingReport : ''}</p>
    ${failed ? html`<p part="error" class="error" role="alert">${failed}</p>` : nothing}
    ${filesInput(v, errors, path, label, required)}`;
};

/** Materials given otherwise than as files only, by path; any other material is given as files. */
const materialInputs: Partial<Record<RepairPath, MaterialInput>> = {
  commitment: commitmentInput,
  'credit-report': creditReportInput,
};

/** The materials step: what was corrected, then each material the record's class asks for. */
export function materialsStep(v: StepsView): TemplateResult {
  const { t, common, values } = v;
  const s = stepMessages[v.locale];
  const errors = stepErrors(v, s);
  return html`${summary(v, errors)}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        v.onNext();
      }}
    >
      ${textareaField({
        id: 'correction',
        label: s.correction,
        help: s.correctionHelp,
        value: values.correction,
        error: errors.correction,
        messages: common,
        required: true,
        max: 2000,
        counter: s.counter,
        onInput: (correction) => v.onChange({ correction }),
      })}
      ${materialPaths(v.eligibility).map(({ path, required }) => {
        const label = v.policy.labels.repairPaths[path][v.locale];
        const input = materialInputs[path] ?? filesInput;
        return html`<fieldset class="material">
          <legend>${label} <span class="hint">${required ? common.required : common.optional}</span></legend>
          <p part="help-text">${s.pathHelp[path]}</p>
          ${input(v, errors, path, label, required)}
        </fieldset>`;
      })}
      <div part="actions">
        <button type="button" @click=${() => v.onGo('eligibility')}>${t.back}</button>
        <button type="submit" class="primary">${t.next}</button>
      </div>
    </form>`;
}

/** Check your answers: each with a change link back to its field, the promise, and the submission. */
export function reviewStep(v: StepsView): TemplateResult {
  const { t, common, values, record } = v;
  const s = stepMessages[v.locale];
  const errors = stepErrors(v, s);
  const material = (path: RepairPath) => {
    if (path === 'commitment') return values.agreed ? s.signedBy(values.signerName) : s.notProvided;
    const files = values.files[path] ?? [];
    return files.length ? files.map((f) => f.name) : s.notProvided;
  };
  const rows = [
    { label: t.chosenRecord, value: [record.title, record.decisionNumber], field: 'step-title' },
    { label: s.correction, value: values.correction, field: 'correction' },
    ...materialPaths(v.eligibility).map(({ path }) => ({
      label: v.policy.labels.repairPaths[path][v.locale],
      value: material(path),
      field: path === 'commitment' ? 'agreed' : `files-${path}`,
    })),
  ];
  // A change goes back to the step of the answer, to its field (the record: to the records).
  const change = (field: string) => v.onGo(field === 'step-title' ? 'record' : 'materials', field);
  return html`${summary(v, errors)} ${v.failure} ${reviewAnswers(rows, change)}
    ${checkboxField({
      id: 'promiseTrue',
      label: s.promise,
      checked: values.promiseTrue,
      error: errors.promiseTrue,
      messages: common,
      onChange: (promiseTrue) => v.onChange({ promiseTrue }),
    })}
    <div part="actions">
      <button type="button" @click=${() => v.onGo('materials')}>${t.back}</button>
      <button type="button" class="primary" aria-disabled=${v.pending ? 'true' : 'false'} @click=${v.onSubmit}>
        ${v.pending ? s.submitting : s.submit}
      </button>
    </div>
    <p class="visually-hidden" role="status">${v.pending ? s.submitting : ''}</p>`;
}
