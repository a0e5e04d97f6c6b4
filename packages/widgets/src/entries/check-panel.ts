// `@credit-kit/widgets/check-panel.js`: registers <credit-check-panel>.
import { CreditCheckPanel } from '../components/check-panel/check-panel.js';
import { define } from '../internal/define.js';

export { CreditCheckPanel };
export type {
  CheckCompleteDetail,
  CheckErrorDetail,
  CheckRespondedDetail,
} from '../components/check-panel/check-panel.js';
export type { Outcome as CheckOutcome } from '../components/check-panel/check-panel.messages.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-check-panel', CreditCheckPanel);

declare global {
  interface HTMLElementTagNameMap {
    'credit-check-panel': CreditCheckPanel;
  }
}
