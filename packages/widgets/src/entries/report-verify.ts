// `@credit-kit/widgets/report-verify.js`: registers <credit-report-verify>.
import { CreditReportVerify, verdictOf } from '../components/report-verify/report-verify.js';
import { define } from '../internal/define.js';

export { CreditReportVerify, verdictOf };
export type { ReportVerdict, ReportVerifiedDetail } from '../components/report-verify/report-verify.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-report-verify', CreditReportVerify);

declare global {
  interface HTMLElementTagNameMap {
    'credit-report-verify': CreditReportVerify;
  }
}
