// `@credit-kit/widgets/submission-list.js`: registers <credit-submission-list>.
import { CreditSubmissionList } from '../components/submission-list/submission-list.js';
import { define } from '../internal/define.js';

export { CreditSubmissionList };
export type {
  DescribeSubmission,
  SubmissionItem,
  SubmissionKind,
  SubmissionSelectDetail,
} from '../components/submission-list/submission-list.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-submission-list', CreditSubmissionList);

declare global {
  interface HTMLElementTagNameMap {
    'credit-submission-list': CreditSubmissionList;
  }
}
