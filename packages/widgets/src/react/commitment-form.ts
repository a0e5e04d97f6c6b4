// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditCommitmentForm as Element } from '../entries/commitment-form.js';

/** `<credit-commitment-form>` as a React component: Credit commitment signing form with receipt. */
export const CreditCommitmentForm = createComponent({
  react: React,
  tagName: 'credit-commitment-form',
  elementClass: Element,
  events: {
    onCreditCommitmentError: 'credit-commitment-error' as EventName<
      GlobalEventHandlersEventMap['credit-commitment-error']
    >,
    onCreditCommitmentSigned: 'credit-commitment-signed' as EventName<
      GlobalEventHandlersEventMap['credit-commitment-signed']
    >,
  },
});
