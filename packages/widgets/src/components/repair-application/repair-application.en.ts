// The widget's English strings, loaded when it is shown in English (zh-CN is in its bundle).
import * as en from '../../internal/i18n/en.js';
import { repair } from './messages.en.js';
import type { RepairStrings } from './repair-application.js';

export const strings: RepairStrings = { t: repair, common: { ...en.common, ...en.fields, ...en.signature } };
