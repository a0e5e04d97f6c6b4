// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { CreditStatusTracker as Element } from '../entries/status-tracker.js';

/** `<credit-status-tracker>` as a React component: Stages of a submission with due dates in working days. */
export const CreditStatusTracker = createComponent({
  react: React,
  tagName: 'credit-status-tracker',
  elementClass: Element,
  events: {},
});
