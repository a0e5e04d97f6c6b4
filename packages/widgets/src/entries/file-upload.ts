// `@credit-kit/widgets/file-upload.js`: registers <credit-file-upload>.
import { CreditFileUpload } from '../components/file-upload/file-upload.js';
import { define } from '../internal/define.js';

export { CreditFileUpload };
export type { FilesChangeDetail } from '../components/file-upload/file-upload.js';
export { configure, type CreditConfig, type CreditTheme } from '../internal/config.js';

define('credit-file-upload', CreditFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'credit-file-upload': CreditFileUpload;
  }
}
