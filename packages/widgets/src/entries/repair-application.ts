// `@credit-kit/widgets/repair-application.js`: registers <credit-repair-application>.
import { CreditRepairApplication } from '../components/repair-application/repair-application.js';
import { define } from '../internal/define.js';

export { CreditRepairApplication };
export type {
  RepairErrorDetail,
  RepairSubmittedDetail,
  RepairUpdatedDetail,
} from '../components/repair-application/repair-application.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-repair-application', CreditRepairApplication);

declare global {
  interface HTMLElementTagNameMap {
    'credit-repair-application': CreditRepairApplication;
  }
}
