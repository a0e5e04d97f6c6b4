// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// React components for every widget, and the JSX types of the bare tags for React 19, which sets
// properties on custom elements and adds listeners for `on<event-name>` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CreditAnswerSummary } from '../entries/answer-summary.js';
import type { CreditCommitmentForm } from '../entries/commitment-form.js';
import type { CreditDeclarationForm } from '../entries/declaration-form.js';
import type { CreditFileUpload } from '../entries/file-upload.js';
import type { CreditObjectionForm } from '../entries/objection-form.js';
import type { CreditRepairApplication } from '../entries/repair-application.js';
import type { CreditStatusBadge } from '../entries/status-badge.js';
import type { CreditStatusTracker } from '../entries/status-tracker.js';
import type { CreditSubmissionList } from '../entries/submission-list.js';
export { CreditAnswerSummary } from './answer-summary.js';
export { CreditCommitmentForm } from './commitment-form.js';
export { CreditDeclarationForm } from './declaration-form.js';
export { CreditFileUpload } from './file-upload.js';
export { CreditObjectionForm } from './objection-form.js';
export { CreditRepairApplication } from './repair-application.js';
export { CreditStatusBadge } from './status-badge.js';
export { CreditStatusTracker } from './status-tracker.js';
export { CreditSubmissionList } from './submission-list.js';

/** The element's own writable properties (not those of every HTML element), and React's HTML props. */
type ElementProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Exclude<K, keyof HTMLElement>>>;

/** `on<event-name>` props for the element's typed events (`oncredit-status-load`). */
type EventProps<Names extends keyof GlobalEventHandlersEventMap> = {
  [N in Names as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

declare module 'react' {
  // React's JSX types live in this namespace; augmenting it is how custom elements get typed props.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'credit-answer-summary': ElementProps<
        CreditAnswerSummary,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'rows' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-answer-change'>;
      'credit-commitment-form': ElementProps<
        CreditCommitmentForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'template' | 'theme'
      > &
        EventProps<'credit-commitment-error' | 'credit-commitment-signed'>;
      'credit-declaration-form': ElementProps<
        CreditDeclarationForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-declaration-error' | 'credit-declaration-submitted'>;
      'credit-file-upload': ElementProps<
        CreditFileUpload,
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
        | 'theme'
      > &
        EventProps<'credit-files-change'>;
      'credit-objection-form': ElementProps<
        CreditObjectionForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'record' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-objection-error' | 'credit-objection-submitted' | 'credit-objection-updated'>;
      'credit-repair-application': ElementProps<
        CreditRepairApplication,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-repair-error' | 'credit-repair-submitted' | 'credit-repair-updated'>;
      'credit-status-badge': ElementProps<
        CreditStatusBadge,
        'baseUrl' | 'code' | 'elderly' | 'locale' | 'publishableKey' | 'role' | 'sessionToken' | 'theme' | 'variant'
      > &
        EventProps<'credit-status-error' | 'credit-status-load'>;
      'credit-status-tracker': ElementProps<
        CreditStatusTracker,
        'baseUrl' | 'calendar' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'stages' | 'theme' | 'today'
      > &
        EventProps<never>;
      'credit-submission-list': ElementProps<
        CreditSubmissionList,
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
        | 'theme'
      > &
        EventProps<'credit-submission-select'>;
    }
  }
}
