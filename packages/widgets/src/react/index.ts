// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// React components for every widget, and the JSX types of the bare tags for React 19, which sets
// properties on custom elements and adds listeners for `on<event-name>` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CreditTag, ElementOf, EventsOf, OwnProps } from '../elements.js';
export { CreditAnswerSummary } from './answer-summary.js';
export { CreditCheckPanel } from './check-panel.js';
export { CreditCommitmentForm } from './commitment-form.js';
export { CreditDeclarationForm } from './declaration-form.js';
export { CreditFileUpload } from './file-upload.js';
export { CreditObjectionForm } from './objection-form.js';
export { CreditRepairApplication } from './repair-application.js';
export { CreditReport } from './report.js';
export { CreditReportVerify } from './report-verify.js';
export { CreditStatusBadge } from './status-badge.js';
export { CreditStatusTracker } from './status-tracker.js';
export { CreditSubmissionList } from './submission-list.js';

/** Each tag's props: React's HTML props, the element's own properties and `on<event-name>` for its events. */
type CreditIntrinsicElements = {
  [T in CreditTag]: DetailedHTMLProps<HTMLAttributes<ElementOf<T>>, ElementOf<T>> &
    OwnProps<T> & {
      [N in EventsOf<T> as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
    };
};

declare module 'react' {
  // React's JSX types live in this namespace; augmenting it is how custom elements get typed props.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Declaration merging takes an interface, and this one adds every tag of the table above.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CreditIntrinsicElements {}
  }
}
