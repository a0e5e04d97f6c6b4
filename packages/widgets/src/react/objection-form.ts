// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditObjectionForm as Element } from '../entries/objection-form.js';

/** `<credit-objection-form>` as a React component: Objection to a credit record, from the record to the answer. */
export const CreditObjectionForm = createComponent({
  react: React,
  tagName: 'credit-objection-form',
  elementClass: Element,
  events: {
    onCreditObjectionError: 'credit-objection-error' as EventName<
      GlobalEventHandlersEventMap['credit-objection-error']
    >,
    onCreditObjectionSubmitted: 'credit-objection-submitted' as EventName<
      GlobalEventHandlersEventMap['credit-objection-submitted']
    >,
    onCreditObjectionUpdated: 'credit-objection-updated' as EventName<
      GlobalEventHandlersEventMap['credit-objection-updated']
    >,
  },
});
