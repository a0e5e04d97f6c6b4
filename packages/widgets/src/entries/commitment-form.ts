// `@credit-kit/widgets/commitment-form.js`: registers <credit-commitment-form>.
import { CreditCommitmentForm } from '../components/commitment-form/commitment-form.js';
import { define } from '../internal/define.js';

export { CreditCommitmentForm };
export type { CommitmentErrorDetail, CommitmentSignedDetail } from '../components/commitment-form/commitment-form.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-commitment-form', CreditCommitmentForm);

declare global {
  interface HTMLElementTagNameMap {
    'credit-commitment-form': CreditCommitmentForm;
  }
}
