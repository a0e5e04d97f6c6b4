// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// Every widget's tag with its element class, its own writable properties and its typed events: the
// table the React (react/index.ts) and Vue (vue.ts) bindings derive their types from.
import type { CreditAnswerSummary } from './entries/answer-summary.js';
import type { CreditCheckPanel } from './entries/check-panel.js';
import type { CreditCommitmentForm } from './entries/commitment-form.js';
import type { CreditDeclarationForm } from './entries/declaration-form.js';
import type { CreditFileUpload } from './entries/file-upload.js';
import type { CreditObjectionForm } from './entries/objection-form.js';
import type { CreditRepairApplication } from './entries/repair-application.js';
import type { CreditReport } from './entries/report.js';
import type { CreditReportVerify } from './entries/report-verify.js';
import type { CreditStatusBadge } from './entries/status-badge.js';
import type { CreditStatusTracker } from './entries/status-tracker.js';
import type { CreditSubmissionList } from './entries/submission-list.js';

export interface CreditElementTags {
  'credit-answer-summary': {
    element: CreditAnswerSummary;
    props: 'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'rows' | 'sessionToken' | 'theme';
    events: 'credit-answer-change';
  };
  'credit-check-panel': {
    element: CreditCheckPanel;
    props:
      | 'baseUrl'
      | 'code'
      | 'elderly'
      | 'locale'
      | 'matter'
      | 'matterCode'
      | 'matterName'
      | 'publishableKey'
      | 'sessionToken'
      | 'staffToken'
      | 'theme';
    events: 'credit-check-complete' | 'credit-check-error' | 'credit-check-responded';
  };
  'credit-commitment-form': {
    element: CreditCommitmentForm;
    props: 'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'template' | 'theme';
    events: 'credit-commitment-error' | 'credit-commitment-signed';
  };
  'credit-declaration-form': {
    element: CreditDeclarationForm;
    props: 'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme';
    events: 'credit-declaration-error' | 'credit-declaration-submitted';
  };
  'credit-file-upload': {
    element: CreditFileUpload;
    props:
      | 'baseUrl'
      | 'elderly'
      | 'error'
      | 'files'
      | 'label'
      | 'limits'
      | 'locale'
      | 'publishableKey'
      | 'required'
      | 'sessionToken'
      | 'theme';
    events: 'credit-files-change';
  };
  'credit-objection-form': {
    element: CreditObjectionForm;
    props: 'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'record' | 'sessionToken' | 'theme';
    events: 'credit-objection-error' | 'credit-objection-submitted' | 'credit-objection-updated';
  };
  'credit-repair-application': {
    element: CreditRepairApplication;
    props: 'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme';
    events: 'credit-repair-error' | 'credit-repair-submitted' | 'credit-repair-updated';
  };
  'credit-report': {
    element: CreditReport;
    props: 'baseUrl' | 'code' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme';
    events: 'credit-report-attach' | 'credit-report-load';
  };
  'credit-report-verify': {
    element: CreditReportVerify;
    props: 'baseUrl' | 'elderly' | 'locale' | 'number' | 'publishableKey' | 'sessionToken' | 'theme';
    events: 'credit-report-verified';
  };
  'credit-status-badge': {
    element: CreditStatusBadge;
    props: 'baseUrl' | 'code' | 'elderly' | 'locale' | 'publishableKey' | 'role' | 'sessionToken' | 'theme' | 'variant';
    events: 'credit-status-error' | 'credit-status-load';
  };
  'credit-status-tracker': {
    element: CreditStatusTracker;
    props:
      'baseUrl' | 'calendar' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'stages' | 'theme' | 'today';
    events: never;
  };
  'credit-submission-list': {
    element: CreditSubmissionList;
    props:
      | 'baseUrl'
      | 'describe'
      | 'elderly'
      | 'heading'
      | 'highlight'
      | 'kind'
      | 'locale'
      | 'pageSize'
      | 'publishableKey'
      | 'sessionToken'
      | 'theme';
    events: 'credit-submission-select';
  };
}

export type CreditTag = keyof CreditElementTags;
export type ElementOf<T extends CreditTag> = CreditElementTags[T]['element'];
/** The tag's typed events (`credit-status-load`, …). */
export type EventsOf<T extends CreditTag> = CreditElementTags[T]['events'];

/** The element's own writable properties (not those of every HTML element), all optional. */
export type OwnProps<T extends CreditTag> = {
  [K in Exclude<CreditElementTags[T]['props'], keyof HTMLElement> & keyof ElementOf<T>]?: ElementOf<T>[K];
};
