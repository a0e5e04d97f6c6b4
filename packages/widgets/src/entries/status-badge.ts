// `@credit-kit/widgets/status-badge.js`: registers <credit-status-badge>.
import { CreditStatusBadge } from '../components/status-badge/status-badge.js';
import { define } from '../internal/define.js';

export { CreditStatusBadge };
export type { StatusErrorDetail, StatusLoadDetail } from '../components/status-badge/status-badge.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-status-badge', CreditStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'credit-status-badge': CreditStatusBadge;
  }
}
