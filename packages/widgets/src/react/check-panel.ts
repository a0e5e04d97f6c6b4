// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditCheckPanel as Element } from '../entries/check-panel.js';

/** `<credit-check-panel>` as a React component: Credit check for staff: status, the measures for the matter, and the feedback that closes the loop. */
export const CreditCheckPanel = createComponent({
  react: React,
  tagName: 'credit-check-panel',
  elementClass: Element,
  events: {
    onCreditCheckComplete: 'credit-check-complete' as EventName<GlobalEventHandlersEventMap['credit-check-complete']>,
    onCreditCheckError: 'credit-check-error' as EventName<GlobalEventHandlersEventMap['credit-check-error']>,
    onCreditCheckResponded: 'credit-check-responded' as EventName<
      GlobalEventHandlersEventMap['credit-check-responded']
    >,
  },
});
