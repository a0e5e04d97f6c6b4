// What the objection form shows beyond its list of records, loaded once the records are shown (so the
// first step waits for none of it): the evidence control, the answers to check, the tracker with the
// outcome, and the list of the subject's objections, each with the shared piece it is made of.
import type { DishonestyRecord, EvidenceFile, ListMembership, Locale, Objection, Policy } from '@credit-kit/contract';
import { Statuses, type Transport } from '@credit-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import '../../entries/answer-summary.js';
import '../../entries/file-upload.js';
import '../../entries/status-tracker.js';
import '../../entries/submission-list.js';
import type { AnswerRow } from '../answer-summary/answer-summary.js';
import type { FilesChangeDetail } from '../file-upload/file-upload.js';
import type { TrackerStage } from '../status-tracker/status-tracker.js';
import type { SubmissionItem } from '../submission-list/submission-list.js';
import type { ObjectionMessages } from './objection-form.messages.js';
import { fact } from '../../internal/facts.js';
import { checkboxField, radioGroup, textareaField } from '../../internal/fields.js';
import { resourceOn } from '../../internal/client.js';
import type { FieldMessages } from '../../internal/i18n/zh-CN.js';
import {
  changeText,
  correctValueMax,
  descriptionMax,
  needsCorrectValue,
  reasons,
  textLength,
  type FieldErrors,
  type FieldId,
  type ObjectionValues,
} from './objection-model.js';

const dateOf = (timestamp: string) => timestamp.slice(0, 10);

export interface DetailsContext {
  values: ObjectionValues;
  errors: FieldErrors;
  limits: Policy['files'];
  messages: FieldMessages;
  t: ObjectionMessages;
  onChange: (patch: Partial<ObjectionValues>) => void;
  onFiles: (detail: FilesChangeDetail) => void;
}

/** The second step's fields: the grounds, the explanation, the correct value, the evidence, the promise. */
export function detailsFields(c: DetailsContext): TemplateResult {
  return html`
    ${radioGroup({
      id: 'reason',
      label: c.t.reason,
      value: c.values.reason,
      error: c.errors.reason,
      messages: c.messages,
      options: reasons.map((r) => ({ value: r, label: c.t.reasons[r].name, help: c.t.reasons[r].explain })),
      onChange: (reason) => c.onChange({ reason: reason as ObjectionValues['reason'] }),
    })}
    ${textareaField({
      id: 'description',
      label: c.t.description,
      help: c.t.descriptionHelp,
      value: c.values.description,
      error: c.errors.description,
      messages: c.messages,
      required: true,
      max: descriptionMax,
      counter: (n, max) => (n > max ? c.t.counterOver(n - max) : c.t.counter(n, max)),
      length: textLength,
      onInput: (description) => c.onChange({ description }),
    })}
    ${
      needsCorrectValue(c.values.reason)
        ? textareaField({
            id: 'correctValue',
            label: c.t.correctValue,
            help: c.t.correctValueHelp,
            value: c.values.correctValue,
            error: c.errors.correctValue,
            messages: c.messages,
            required: true,
            rows: 2,
            max: correctValueMax,
            counter: (n, max) => (n > max ? c.t.counterOver(n - max) : c.t.counter(n, max)),
            length: textLength,
            onInput: (correctValue) => c.onChange({ correctValue }),
          })
        : nothing
    }
    ${evidenceField(c.values.evidence, c.limits, c.t, c.errors.evidence, c.onFiles)}
    <fieldset class="promise">
      <legend>${c.t.promise}</legend>
      <p id="promise-text" class="promise-text">${c.t.promiseText}</p>
      ${checkboxField({
        id: 'promise',
        label: c.t.promiseConfirm,
        checked: c.values.promise,
        error: c.errors.promise,
        messages: c.messages,
        onChange: (promise) => c.onChange({ promise }),
      })}
    </fieldset>
  `;
}

/** The evidence files: uploaded as they are chosen, their ids kept in the draft. */
export function evidenceField(
  files: EvidenceFile[],
  limits: Policy['files'],
  t: ObjectionMessages,
  error: string | undefined,
  onChange: (detail: FilesChangeDetail) => void,
): TemplateResult {
  return html`<div class="field ${error ? 'invalid' : ''}" part="field">
    <credit-file-upload
      id="evidence"
      label=${t.evidence}
      .files=${files}
      .limits=${limits}
      error=${error ?? ''}
      @credit-files-change=${(e: CustomEvent<FilesChangeDetail>) => onChange(e.detail)}
    ></credit-file-upload>
    <p part="help-text">${t.evidenceHelp}</p>
  </div>`;
}

/** Check your answers: each answer with a change button back to its field. */
export function reviewAnswers(
  values: ObjectionValues,
  record: DishonestyRecord | undefined,
  t: ObjectionMessages,
  onChange: (field: FieldId) => void,
): TemplateResult {
  const rows: AnswerRow[] = [
    {
      label: t.record,
      value: record
        ? [record.title, `${t.authority}:${record.authority}`, `${t.decisionNumber}:${record.decisionNumber}`]
        : '',
      field: 'recordId',
    },
    { label: t.reason, value: values.reason ? t.reasons[values.reason].name : '', field: 'reason' },
    { label: t.description, value: values.description.trim(), field: 'description' },
  ];
  if (needsCorrectValue(values.reason))
    rows.push({ label: t.correctValue, value: values.correctValue.trim(), field: 'correctValue' });
  rows.push(
    {
      label: t.evidence,
      value: values.evidence.length ? values.evidence.map((f) => f.name) : t.evidenceNone,
      field: 'evidence',
    },
    { label: t.promise, value: t.promiseGiven, field: 'promise' },
  );
  return html`<credit-answer-summary
    .rows=${rows}
    @credit-answer-change=${(e: CustomEvent<{ field: string }>) => onChange(e.detail.field as FieldId)}
  ></credit-answer-summary>`;
}

/** The stages of an objection: submitted, verified by the authority (with its time limit), the outcome. */
function stages(objection: Objection, workingDays: number, t: ObjectionMessages): TrackerStage[] {
  const decided = objection.state !== 'verifying';
  return [
    { label: t.stageSubmitted, state: 'done', date: objection.submittedAt },
    {
      label: t.stageVerifying,
      state: decided ? 'done' : 'current',
      due: { from: objection.submittedAt, workingDays },
      note: t.stageVerifyingNote(workingDays),
      ...(objection.review ? { date: objection.review.reviewedAt } : {}),
    },
    {
      label: t.stageDecided,
      state: !decided ? 'upcoming' : objection.state === 'refused' ? 'failed' : 'done',
      ...(objection.review ? { date: objection.review.reviewedAt, note: t.states[objection.state] } : {}),
    },
  ];
}

/** The lists the subject is on as its status shows them now (read afresh): suspended ones say so. */
export async function subjectLists(transport: Transport, subjectCode: string): Promise<ListMembership[]> {
  const statuses = resourceOn(transport, Statuses);
  statuses.invalidate(subjectCode);
  return (await statuses.get(subjectCode)).lists;
}

export interface TrackerContext {
  objection: Objection;
  record: DishonestyRecord | undefined;
  policy: Policy;
  /** The subject's lists as its status shows them, once read. */
  lists: ListMembership[] | undefined;
  justSubmitted: boolean;
  refreshing: boolean;
  failure: TemplateResult | typeof nothing;
  onRefresh: () => void;
  onBack: () => void;
}

/**
 * An objection followed to its answer: what was asked, the stages with their due dates, what being
 * verified means for the record's sanctions, and the authority's outcome.
 */
export function trackerView(c: TrackerContext, t: ObjectionMessages, locale: Locale): TemplateResult {
  const { objection, record, policy } = c;
  const measures = (record?.measures ?? []).flatMap((id) => policy.measures.find((m) => m.id === id) ?? []);
  const suspendedLists = (c.lists ?? []).filter((l) => l.suspended);
  const suspended = (label: string) =>
    html`<li>${label} <span class="tag suspended-mark">${t.suspendedMark}</span></li>`;
  return html`
    ${
      c.justSubmitted
        ? html`<div class="success" role="status">
            <strong>${t.submitted}</strong>
            <p>${t.submittedNote(objection.id)}</p>
          </div>`
        : nothing
    }
    <h3 id="tracker-title" tabindex="-1">${t.progress}</h3>
    ${c.failure}
    <dl class="facts">
      ${fact(t.record, record?.title ?? objection.recordId)} ${record ? fact(t.authority, record.authority) : nothing}
      ${fact(t.reason, t.reasons[objection.reason].name)}
      ${
        objection.correctValue
          ? html`<div>
              <dt>${t.correctValueGiven}</dt>
              <dd class="prose">${objection.correctValue}</dd>
            </div>`
          : nothing
      }
      ${fact(t.objectionId, objection.id)} ${fact(t.submittedAt, dateOf(objection.submittedAt))}
      ${fact(t.dueBy, objection.dueBy)}
    </dl>
    <credit-status-tracker
      .stages=${stages(objection, policy.deadlines.objectionWorkingDays, t)}
      .calendar=${{ holidays: policy.holidays, workdays: policy.workdays }}
    ></credit-status-tracker>
    ${
      objection.state === 'verifying'
        ? html`<div part="notice" class="suspended" role="note" aria-labelledby="suspended-title">
            <h4 id="suspended-title">${t.suspendedTitle}</h4>
            <p>${t.suspendedText}</p>
            ${
              measures.length
                ? html`<p class="measures-title">${t.suspendedMeasures}</p>
                    <ul class="measures">
                      ${measures.map((m) => suspended(m.label[locale]))}
                    </ul>`
                : nothing
            }
            ${
              suspendedLists.length
                ? html`<p class="measures-title">${t.suspendedLists}</p>
                    <ul class="measures lists">
                      ${suspendedLists.map((l) => suspended(policy.labels.lists[l.list][locale]))}
                    </ul>`
                : nothing
            }
          </div>`
        : outcome(objection, t, locale)
    }
    <div part="actions">
      <button type="button" @click=${c.onRefresh} aria-disabled=${c.refreshing ? 'true' : 'false'}>${t.refresh}</button>
      <button type="button" @click=${c.onBack}>${c.justSubmitted ? t.newObjection : t.backToRecords}</button>
    </div>
  `;
}

/** The authority's answer: corrected (with what changed), revoked, or refused; with its reasons. */
function outcome(objection: Objection, t: ObjectionMessages, locale: Locale): TemplateResult {
  const decision = objection.review?.decision;
  const [title, text] =
    objection.state === 'refused'
      ? [t.outcomeRefused, t.outcomeRefusedText]
      : decision === 'revoked'
        ? [t.outcomeRevoked, t.outcomeRevokedText]
        : [t.outcomeCorrected, t.outcomeCorrectedText];
  return html`<section part="outcome" class="outcome ${objection.state}" aria-labelledby="outcome-title">
    <h4 id="outcome-title">${title}</h4>
    <p>${text}</p>
    ${
      objection.changes?.length
        ? html`<p class="changes-title">${t.changes}</p>
            <ul class="changes">
              ${objection.changes.map((c) => html`<li>${changeText(c, t, locale)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      objection.review
        ? html`<p class="changes-title">${t.authorityReason}</p>
            <p class="prose reason">${objection.review.reason}</p>`
        : nothing
    }
  </section>`;
}

/** The subject's objections with their states; opening one shows its tracker. */
export function objectionList(
  records: readonly DishonestyRecord[],
  highlight: string,
  t: ObjectionMessages,
  onOpen: (objection: Objection) => void,
): TemplateResult {
  const titles = new Map(records.map((r) => [r.id, r.title]));
  return html`<credit-submission-list
    class="list"
    kind="objections"
    heading=${t.myObjections}
    highlight=${highlight}
    .describe=${(item: SubmissionItem) => {
      const o = item as unknown as Objection;
      return { title: t.objectionAbout(titles.get(o.recordId) ?? o.recordId, t.reasons[o.reason].name) };
    }}
    @credit-submission-select=${(e: CustomEvent<{ item: SubmissionItem }>) => onOpen(e.detail.item as unknown as Objection)}
  ></credit-submission-list>`;
}
