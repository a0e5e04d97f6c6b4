// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditStatusBadge as Element } from '../entries/status-badge.js';

/** `<credit-status-badge>` as a React component: Credit status badge (信用状况) of one subject, looked up by its code. */
export const CreditStatusBadge = createComponent({
  react: React,
  tagName: 'credit-status-badge',
  elementClass: Element,
  events: {
    onCreditStatusError: 'credit-status-error' as EventName<GlobalEventHandlersEventMap['credit-status-error']>,
    onCreditStatusLoad: 'credit-status-load' as EventName<GlobalEventHandlersEventMap['credit-status-load']>,
  },
});
