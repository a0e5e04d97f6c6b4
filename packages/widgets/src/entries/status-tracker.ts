// `@credit-kit/widgets/status-tracker.js`: registers <credit-status-tracker>.
import { CreditStatusTracker } from '../components/status-tracker/status-tracker.js';
import { define } from '../internal/define.js';

export { CreditStatusTracker };
export { stageDueDate } from '../components/status-tracker/status-tracker.js';
export type { TrackerStage, WorkingCalendar } from '../components/status-tracker/status-tracker.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-status-tracker', CreditStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'credit-status-tracker': CreditStatusTracker;
  }
}
