// The strings of the submission widgets (file upload, status tracker, submission list, answer summary,
// declaration form): zh-CN in each bundle, table by table; English in one chunk loaded the first time
// one of them is shown in English.
import { Lazy } from '../lazy.js';
import { common, fields } from './zh-CN.js';
import type { CommonMessages, FieldMessages } from './zh-CN.js';

export type CommonStrings = CommonMessages & FieldMessages;

/** The strings every form shares, in zh-CN. */
export const commonZh: CommonStrings = { ...common, ...fields };

const english = () => import('./submission.en.js');

/** The English tables, each loaded from the one chunk. */
export const en = {
  common: new Lazy(() => english().then((m) => m.common)),
  upload: new Lazy(() => english().then((m) => m.upload)),
  tracker: new Lazy(() => english().then((m) => m.tracker)),
  submissions: new Lazy(() => english().then((m) => m.submissions)),
  answers: new Lazy(() => english().then((m) => m.answers)),
  declaration: new Lazy(() => english().then((m) => m.declaration)),
};
