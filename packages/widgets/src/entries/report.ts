// `@credit-kit/widgets/report.js`: registers <credit-report>.
import { CreditReport } from '../components/report/report.js';
import { define } from '../internal/define.js';

export { CreditReport };
export type { ReportAttachDetail, ReportLoadDetail } from '../components/report/report.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-report', CreditReport);

declare global {
  interface HTMLElementTagNameMap {
    'credit-report': CreditReport;
  }
}
