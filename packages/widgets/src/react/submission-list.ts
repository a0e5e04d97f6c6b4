// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditSubmissionList as Element } from '../entries/submission-list.js';

/** `<credit-submission-list>` as a React component: A subject's submissions with their statuses, paged. */
export const CreditSubmissionList = createComponent({
  react: React,
  tagName: 'credit-submission-list',
  elementClass: Element,
  events: {
    onCreditSubmissionSelect: 'credit-submission-select' as EventName<
      GlobalEventHandlersEventMap['credit-submission-select']
    >,
  },
});
