import type { DishonestyRecord, EvidenceFile, Locale, Policy, Repair, RepairPath, Status } from '@credit-kit/contract';
import { Records, Statuses, type Transport } from '@credit-kit/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import '../../entries/answer-summary.js';
import '../../entries/file-upload.js';
import '../../entries/status-tracker.js';
import '../../entries/submission-list.js';
import { resourceOn } from '../../internal/client.js';
import { fact } from '../../internal/facts.js';
import * as t from '../../internal/theme.styles.js';
import type { AnswerRow } from '../answer-summary/answer-summary.js';
import type { FilesChangeDetail } from '../file-upload/file-upload.js';
import type { TrackerStage } from '../status-tracker/status-tracker.js';
import type { SubmissionItem } from '../submission-list/submission-list.js';

// The parts of the repair application built on the shared form pieces (file upload, check your answers,
// status tracker, submission list), loaded when first shown: the materials' files, the answers, the
// tracker with its result and what an approval changed, and the subject's applications.

const strings = {
  'zh-CN': {
    trackerTitle: '修复申请进度',
    applicationNo: '申请编号',
    stage: {
      submitted: '已提交',
      accepted: '已受理',
      review: '审核中',
      decided: '作出决定',
      effective: '各平台同步生效',
    },
    effectiveNote: '修复结果同步至各信用平台,并在信用状况、名单和信用核查中体现。',
    myApplications: '我的修复申请',
    result: '审核结果',
    reasons: '部门意见',
    reviewedBy: (who: string, at: string) => `${who},${at}`,
    changedTitle: '修复后的变化',
    changedRecord: '该记录已停止公示,不再共享和使用。',
    changedMeasures: (n: number) => (n ? `因该记录实施的 ${n} 项惩戒措施已解除。` : '该记录未附带惩戒措施。'),
    changedGrade: '信用评价中不再计入该记录。',
    changedGradeNow: (grade: string, score: number) => `当前信用等级:${grade}(${score} 分)。`,
    changedLists: '当前不在任何信用名单中。',
    stillListed: (list: string) => `仍在${list}中(另有其他依据)。`,
    rejectedNext: '可根据部门意见补正材料后重新申请。',
    refresh: '刷新进度',
  },
  en: {
    trackerTitle: 'Progress of the application',
    applicationNo: 'Application number',
    stage: {
      submitted: 'Submitted',
      accepted: 'Accepted',
      review: 'Under review',
      decided: 'Decided',
      effective: 'In effect on every platform',
    },
    effectiveNote: 'The result reaches every credit platform and shows in statuses, lists and credit checks.',
    myApplications: 'My repair applications',
    result: 'Result',
    reasons: 'The department’s reasons',
    reviewedBy: (who: string, at: string) => `${who}, ${at}`,
    changedTitle: 'What the repair changed',
    changedRecord: 'The record is no longer published, shared or used.',
    changedMeasures: (n: number) =>
      n ? `The ${n} measure${n === 1 ? '' : 's'} this record triggered are lifted.` : 'The record carried no measures.',
    changedGrade: 'The record no longer counts in the credit evaluation.',
    changedGradeNow: (grade: string, score: number) => `Credit grade now: ${grade} (${score} points).`,
    changedLists: 'The subject is on no credit list now.',
    stillListed: (list: string) => `Still on the ${list} (on other grounds).`,
    rejectedNext: 'You may apply again with the materials the department asks for.',
    refresh: 'Refresh the progress',
  },
} satisfies Record<Locale, unknown>;

/**
 * The stages of an application: submitted → accepted (on line, at once) → under review (the policy's
 * working days) → decided → in effect everywhere (the policy's sync working days after the decision;
 * done once the record is seen repaired). A refused application ends at its decision.
 */
export function repairStages(repair: Repair, policy: Policy, locale: Locale, recordRepaired = false): TrackerStage[] {
  const s = strings[locale];
  const decided = repair.state !== 'submitted';
  const decidedAt = repair.review?.reviewedAt;
  const stages: TrackerStage[] = [
    { label: s.stage.submitted, state: 'done', date: repair.submittedAt },
    { label: s.stage.accepted, state: 'done', date: repair.submittedAt },
    {
      label: s.stage.review,
      state: decided ? 'done' : 'current',
      ...(decidedAt ? { date: decidedAt } : {}),
      due: { from: repair.submittedAt, workingDays: policy.repair.reviewWorkingDays },
    },
    {
      label: s.stage.decided,
      state: !decided ? 'upcoming' : repair.state === 'rejected' ? 'failed' : 'done',
      ...(decidedAt ? { date: decidedAt } : {}),
    },
  ];
  if (repair.state === 'rejected') return stages;
  stages.push({
    label: s.stage.effective,
    state: recordRepaired ? 'done' : decided ? 'current' : 'upcoming',
    ...(recordRepaired && decidedAt ? { date: decidedAt } : {}),
    due: { from: decidedAt ?? repair.dueBy, workingDays: policy.repair.syncWorkingDays },
    note: s.effectiveNote,
  });
  return stages;
}

/** What the status says after an approval: the record as it stands now, and the subject's status. */
export interface Outcome {
  record?: DishonestyRecord | undefined;
  status?: Status | undefined;
}

/** Reads the record and the subject's status afresh (what an approval changed). */
export async function loadOutcome(transport: Transport, subjectCode: string, recordId: string): Promise<Outcome> {
  const statuses = resourceOn(transport, Statuses);
  statuses.invalidate(subjectCode);
  const [record, status] = await Promise.all([
    resourceOn(transport, Records)
      .get(recordId)
      .catch(() => undefined),
    statuses.get(subjectCode).catch(() => undefined),
  ]);
  return { record, status };
}

export interface TrackerView {
  repair: Repair;
  record: DishonestyRecord | undefined;
  policy: Policy;
  outcome: Outcome | undefined;
  locale: Locale;
  /** The widget's words for the application's state and its record. */
  stateLabel: string;
  recordLabel: string;
  /** A failed refresh, as the widget words it. */
  failure: TemplateResult | typeof nothing;
  refreshing: boolean;
  onRefresh: () => void;
  /** The widget's way back to its records. */
  back: TemplateResult;
}

/** The tracker: the application's facts, its stages with dates, the result and what it changed. */
export function renderTracker(v: TrackerView): TemplateResult {
  const s = strings[v.locale];
  const { repair, record, policy } = v;
  return html`<h2 id="tracker-title" tabindex="-1">${s.trackerTitle}</h2>
    ${v.failure}
    <dl class="facts">
      ${fact(s.applicationNo, repair.id)}
      ${record ? fact(v.recordLabel, `${record.title}(${record.decisionNumber})`) : nothing}
      ${fact(s.result, html`<strong class="state state-${repair.state}">${v.stateLabel}</strong>`)}
    </dl>
    <credit-status-tracker
      part="tracker"
      .stages=${repairStages(repair, policy, v.locale, v.outcome?.record?.state === 'repaired')}
      .calendar=${policy}
    ></credit-status-tracker>
    ${
      repair.review
        ? html`<section part="result" class="result result-${repair.state}" aria-labelledby="result-title">
            <h3 id="result-title">${s.result}:${v.stateLabel}</h3>
            <p><strong>${s.reasons}:</strong>${repair.review.reason}</p>
            <p class="muted">${s.reviewedBy(repair.review.reviewer, repair.review.reviewedAt.slice(0, 10))}</p>
            ${repair.state === 'rejected' ? html`<p>${s.rejectedNext}</p>` : nothing}
            ${repair.state === 'approved' && v.outcome ? renderChanged(v, v.outcome, s) : nothing}
          </section>`
        : nothing
    }
    <div part="actions">
      <button type="button" ?disabled=${v.refreshing} @click=${v.onRefresh}>${s.refresh}</button>
      ${v.back}
    </div>`;
}

/** What the approval changed, as the record and the status now show it. */
function renderChanged(v: TrackerView, outcome: Outcome, s: (typeof strings)[Locale]) {
  const { status } = outcome;
  const repaired = outcome.record?.state === 'repaired';
  return html`<h4>${s.changedTitle}</h4>
    <ul class="changed">
      ${repaired ? html`<li>${s.changedRecord}</li>` : nothing}
      ${repaired && v.record ? html`<li>${s.changedMeasures(v.record.measures.length)}</li>` : nothing}
      ${
        status
          ? html`<li>${s.changedGrade} ${s.changedGradeNow(status.grade, status.score)}</li>
              ${
                status.lists.length === 0
                  ? html`<li>${s.changedLists}</li>`
                  : status.lists.map((l) => html`<li>${s.stillListed(v.policy.labels.lists[l.list][v.locale])}</li>`)
              }`
          : nothing
      }
    </ul>`;
}

export const viewStyles = css`
  credit-status-tracker {
    display: block;
    margin-block: ${t.space};
  }
  .result {
    padding: ${t.space};
    border: 2px solid ${t.colorBorder};
    border-radius: ${t.radius};
  }
  .result-approved {
    border-color: ${t.colorSuccess};
  }
  .result-rejected {
    border-color: ${t.colorDanger};
  }
  .applications {
    display: block;
    margin-top: calc(${t.space} * 2);
  }
`;

/** A material's files: uploaded as they are chosen, their ids kept in the draft. */
export function materialFiles(f: {
  path: RepairPath;
  label: string;
  files: EvidenceFile[];
  limits: Policy['files'];
  required: boolean;
  error: string | undefined;
  onChange: (detail: FilesChangeDetail) => void;
}): TemplateResult {
  return html`<credit-file-upload
    id="files-${f.path}"
    label=${f.label}
    ?required=${f.required}
    .files=${f.files}
    .limits=${f.limits}
    error=${f.error ?? ''}
    @credit-files-change=${(e: CustomEvent<FilesChangeDetail>) => f.onChange(e.detail)}
  ></credit-file-upload>`;
}

/** Check your answers: each answer with a change button back to its field. */
export function reviewAnswers(rows: AnswerRow[], onChange: (field: string) => void): TemplateResult {
  return html`<credit-answer-summary
    part="summary"
    .rows=${rows}
    @credit-answer-change=${(e: CustomEvent<{ field: string }>) => onChange(e.detail.field)}
  ></credit-answer-summary>`;
}

/** The subject's repair applications with their states; opening one shows its tracker. */
export function applicationsList(
  records: ReadonlyMap<string, DishonestyRecord>,
  highlight: string,
  locale: Locale,
  onOpen: (repair: Repair) => void,
): TemplateResult {
  return html`<credit-submission-list
    part="applications"
    class="applications"
    kind="repairs"
    heading=${strings[locale].myApplications}
    highlight=${highlight}
    .describe=${(item: SubmissionItem) => {
      const r = item as unknown as Repair;
      const record = records.get(r.recordId);
      return { title: record ? `${record.title}(${record.decisionNumber})` : r.recordId };
    }}
    @credit-submission-select=${(e: CustomEvent<{ item: SubmissionItem }>) =>
      onOpen(e.detail.item as unknown as Repair)}
  ></credit-submission-list>`;
}
