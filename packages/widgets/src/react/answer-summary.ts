// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditAnswerSummary as Element } from '../entries/answer-summary.js';

/** `<credit-answer-summary>` as a React component: Check-your-answers summary with change links. */
export const CreditAnswerSummary = createComponent({
  react: React,
  tagName: 'credit-answer-summary',
  elementClass: Element,
  events: {
    onCreditAnswerChange: 'credit-answer-change' as EventName<GlobalEventHandlersEventMap['credit-answer-change']>,
  },
});
