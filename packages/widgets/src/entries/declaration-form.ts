// `@credit-kit/widgets/declaration-form.js`: registers <credit-declaration-form>. The pieces it is made of
// (file upload, list of declarations, answer summary, status tracker) load as it shows them.
import { CreditDeclarationForm } from '../components/declaration-form/declaration-form.js';
import { define } from '../internal/define.js';

export { CreditDeclarationForm };
export type {
  DeclarationErrorDetail,
  DeclarationSubmittedDetail,
} from '../components/declaration-form/declaration-form.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-declaration-form', CreditDeclarationForm);

declare global {
  interface HTMLElementTagNameMap {
    'credit-declaration-form': CreditDeclarationForm;
  }
}
