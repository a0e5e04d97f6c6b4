import type { AppliedMeasure, Check, CheckFeedbackRequest, Locale } from '@credit-kit/contract';
import type { Attempt } from '../../internal/submission.js';
import type { CheckPanelMessages, Outcome } from './check-panel.messages.js';

/** What the member of staff decided about one measure: applied, not applied (with its reason), or not yet said. */
export interface Decision {
  applied: 'yes' | 'no' | '';
  reason: string;
}

/** Everything typed in the panel, kept in browser storage until the check is closed. */
export interface PanelDraft {
  code: string;
  matterKind: string;
  /** The check awaiting feedback, once the API answered. */
  checkId?: string;
  decisions: Record<string, Decision>;
  outcome: Outcome | '';
  note: string;
  checkAttempt?: Attempt;
  feedbackAttempt?: Attempt;
}

export const emptyDraft = (matterKind = ''): PanelDraft => ({
  code: '',
  matterKind,
  decisions: {},
  outcome: '',
  note: '',
});

/** Sanctions for this matter that must be applied, or not applied with a reason: the loop's binding part. */
export const binding = (m: AppliedMeasure) => m.kind === 'sanction' && m.enforceable;

/** Field ids of a measure's controls (measure ids are the policy's, `no-bidding`). */
export const decisionId = (measure: string) => `decision-${measure}`;
export const reasonId = (measure: string) => `reason-${measure}`;

/** Every problem closing the check would be refused for, by field id, in the order of the form. */
export function feedbackErrors(
  check: Check,
  draft: PanelDraft,
  t: CheckPanelMessages,
  locale: Locale,
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const m of check.measures.filter(binding)) {
    const d = draft.decisions[m.id];
    if (!d?.applied) errors.set(decisionId(m.id), t.decisionRequired(m.label[locale]));
    else if (d.applied === 'no' && !d.reason.trim()) errors.set(reasonId(m.id), t.reasonRequired(m.label[locale]));
  }
  if (!draft.outcome) errors.set('outcome', t.outcomeRequired);
  return errors;
}

/** The feedback request of a draft (validated first with `feedbackErrors`). */
export function feedbackRequest(check: Check, draft: PanelDraft): CheckFeedbackRequest {
  const applied = check.measures.filter((m) => draft.decisions[m.id]?.applied === 'yes').map((m) => m.id);
  const notApplied = check.measures
    .filter((m) => binding(m) && draft.decisions[m.id]?.applied === 'no')
    .map((m) => ({ measure: m.id, reason: draft.decisions[m.id]?.reason.trim() ?? '' }));
  return { applied, notApplied, outcome: draft.outcome as Outcome, note: draft.note.trim() };
}

/** The panel's field an API field error (`notApplied.0.reason`, `applied.1`, `outcome`) belongs to. */
export function fieldForPath(path: string, body: CheckFeedbackRequest): string | undefined {
  const [head, index, tail] = path.split('.');
  if (head === 'outcome' || head === 'note') return head;
  if (head === 'notApplied' && index !== undefined) {
    const measure = body.notApplied?.[Number(index)]?.measure;
    return measure && (tail === 'reason' ? reasonId(measure) : decisionId(measure));
  }
  if (head === 'applied' && index !== undefined) {
    const measure = body.applied[Number(index)];
    return measure && decisionId(measure);
  }
  return undefined;
}
