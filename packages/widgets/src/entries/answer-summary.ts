// `@credit-kit/widgets/answer-summary.js`: registers <credit-answer-summary>.
import { CreditAnswerSummary } from '../components/answer-summary/answer-summary.js';
import { define } from '../internal/define.js';

export { CreditAnswerSummary };
export type { AnswerChangeDetail, AnswerRow } from '../components/answer-summary/answer-summary.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-answer-summary', CreditAnswerSummary);

declare global {
  interface HTMLElementTagNameMap {
    'credit-answer-summary': CreditAnswerSummary;
  }
}
