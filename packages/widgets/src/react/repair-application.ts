// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditRepairApplication as Element } from '../entries/repair-application.js';

/** `<credit-repair-application>` as a React component: Credit repair application wizard with tracker. */
export const CreditRepairApplication = createComponent({
  react: React,
  tagName: 'credit-repair-application',
  elementClass: Element,
  events: {
    onCreditRepairError: 'credit-repair-error' as EventName<GlobalEventHandlersEventMap['credit-repair-error']>,
    onCreditRepairSubmitted: 'credit-repair-submitted' as EventName<
      GlobalEventHandlersEventMap['credit-repair-submitted']
    >,
    onCreditRepairUpdated: 'credit-repair-updated' as EventName<GlobalEventHandlersEventMap['credit-repair-updated']>,
  },
});
