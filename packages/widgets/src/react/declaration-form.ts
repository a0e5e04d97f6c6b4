// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditDeclarationForm as Element } from '../entries/declaration-form.js';

/** `<credit-declaration-form>` as a React component: Self-declaration form (自主申报) with evidence, status and the subject's declarations. */
export const CreditDeclarationForm = createComponent({
  react: React,
  tagName: 'credit-declaration-form',
  elementClass: Element,
  events: {
    onCreditDeclarationError: 'credit-declaration-error' as EventName<
      GlobalEventHandlersEventMap['credit-declaration-error']
    >,
    onCreditDeclarationSubmitted: 'credit-declaration-submitted' as EventName<
      GlobalEventHandlersEventMap['credit-declaration-submitted']
    >,
  },
});
