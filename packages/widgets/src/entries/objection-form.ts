// `@credit-kit/widgets/objection-form.js`: registers <credit-objection-form>.
import { CreditObjectionForm } from '../components/objection-form/objection-form.js';
import { define } from '../internal/define.js';

export { CreditObjectionForm };
export type { ObjectionErrorDetail, ObjectionSubmittedDetail } from '../components/objection-form/objection-form.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-objection-form', CreditObjectionForm);

declare global {
  interface HTMLElementTagNameMap {
    'credit-objection-form': CreditObjectionForm;
  }
}
