import type { DishonestyRecord, Locale, Policy, Repair, Status } from '@credit-kit/contract';
import { addWorkingDays } from '@credit-kit/contract/plain';
import { Records, Statuses, type Transport } from '@credit-kit/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { resourceOn } from '../../internal/client.js';
import * as t from '../../internal/theme.styles.js';

// An application's tracker, its result and what an approval changed: loaded when a tracker is opened,
// with its strings in both languages and its styles.

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
    stageDate: (date: string, due: boolean) => (due ? `应于 ${date} 前完成` : date),
    stageState: { done: '已完成', current: '进行中', upcoming: '未开始', failed: '未通过' },
    reviewDays: (n: number) => `审核时限 ${n} 个工作日`,
    syncDays: (n: number) => `决定后 ${n} 个工作日内`,
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
    stageDate: (date: string, due: boolean) => (due ? `Due by ${date}` : date),
    stageState: { done: 'done', current: 'in progress', upcoming: 'not started', failed: 'not approved' },
    reviewDays: (n: number) => `within ${n} working days`,
    syncDays: (n: number) => `within ${n} working days of the decision`,
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

export type StageState = 'done' | 'current' | 'upcoming' | 'failed';

export interface Stage {
  id: 'submitted' | 'accepted' | 'review' | 'decided' | 'effective';
  state: StageState;
  /** When it happened, or the date it is due by (working days from the policy's calendar). */
  date: string;
  due: boolean;
}

/**
 * The tracker of an application: submitted → accepted (on line, at once) → under review (the
 * policy's working days) → decided → in effect everywhere (the policy's sync working days after the
 * decision; done once the record is seen repaired). Each stage carries the date it happened or the one
 * it is due by. A refused application ends at its decision.
 */
export function repairStages(repair: Repair, policy: Policy, recordRepaired = false): Stage[] {
  const submitted = repair.submittedAt.slice(0, 10);
  const decidedAt = repair.review?.reviewedAt.slice(0, 10);
  const decided = repair.state !== 'submitted';
  const stages: Stage[] = [
    { id: 'submitted', state: 'done', date: submitted, due: false },
    { id: 'accepted', state: 'done', date: submitted, due: false },
    { id: 'review', state: decided ? 'done' : 'current', date: decidedAt ?? repair.dueBy, due: !decided },
    {
      id: 'decided',
      state: !decided ? 'upcoming' : repair.state === 'rejected' ? 'failed' : 'done',
      date: decidedAt ?? repair.dueBy,
      due: !decided,
    },
  ];
  if (repair.state === 'rejected') return stages;
  const effectiveBy = addWorkingDays(decidedAt ?? repair.dueBy, policy.repair.syncWorkingDays, policy);
  stages.push({
    id: 'effective',
    state: recordRepaired ? 'done' : decided ? 'current' : 'upcoming',
    date: recordRepaired && decidedAt ? decidedAt : effectiveBy,
    due: !recordRepaired,
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
  const stages = repairStages(repair, policy, v.outcome?.record?.state === 'repaired');
  const row = (label: string, value: unknown) =>
    html`<div class="row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<h2 id="tracker-title" tabindex="-1">${s.trackerTitle}</h2>
    ${v.failure}
    <dl class="facts">
      ${row(s.applicationNo, repair.id)}
      ${record ? row(v.recordLabel, `${record.title}(${record.decisionNumber})`) : nothing}
      ${row(s.result, html`<strong class="state state-${repair.state}">${v.stateLabel}</strong>`)}
    </dl>
    <ol part="tracker" class="tracker">
      ${stages.map(
        (stage) =>
          html`<li class="stage ${stage.state}" aria-current=${stage.state === 'current' ? 'step' : 'false'}>
            <span class="dot" aria-hidden="true"></span>
            <span class="stage-name">${s.stage[stage.id]}</span>
            <span class="visually-hidden">(${s.stageState[stage.state]})</span>
            <span class="stage-date">${s.stageDate(stage.date, stage.due)}</span>
            ${
              stage.id === 'review'
                ? html`<span class="muted">${s.reviewDays(policy.repair.reviewWorkingDays)}</span>`
                : stage.id === 'effective'
                  ? html`<span class="muted">${s.syncDays(policy.repair.syncWorkingDays)}</span>`
                  : nothing
            }
          </li>`,
      )}
    </ol>
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

export const trackerStyles = css`
  .tracker {
    list-style: none;
    padding: 0;
    margin-block: ${t.space};
  }
  .stage {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    gap: 0 0.5em;
    padding-bottom: 0.75em;
  }
  .stage > :not(.dot) {
    grid-column: 2;
  }
  .dot {
    grid-row: 1 / span 3;
    width: 1em;
    height: 1em;
    margin-top: 0.2em;
    border-radius: 50%;
    border: 2px solid ${t.colorBorder};
  }
  .stage.done .dot {
    background: ${t.colorSuccess};
    border-color: ${t.colorSuccess};
  }
  .stage.current .dot {
    border-color: ${t.colorAccent};
    border-width: 4px;
  }
  .stage.failed .dot {
    background: ${t.colorDanger};
    border-color: ${t.colorDanger};
  }
  .stage-name {
    font-weight: 600;
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
`;
