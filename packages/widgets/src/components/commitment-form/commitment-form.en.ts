// The commitment form's English strings, loaded when it is shown in English (zh-CN is in its bundle).
import * as en from '../../internal/i18n/en.js';
import type { CommitmentStrings } from './commitment-form.js';

export const strings: CommitmentStrings = { form: en.form, common: { ...en.common, ...en.fields, ...en.signature } };
