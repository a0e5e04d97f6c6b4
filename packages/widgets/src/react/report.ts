// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditReport as Element } from '../entries/report.js';

/** `<credit-report>` as a React component: The subject's signed credit report: view, PDF, print, attach to a repair application. */
export const CreditReport = createComponent({
  react: React,
  tagName: 'credit-report',
  elementClass: Element,
  events: {
    onCreditReportAttach: 'credit-report-attach' as EventName<GlobalEventHandlersEventMap['credit-report-attach']>,
    onCreditReportLoad: 'credit-report-load' as EventName<GlobalEventHandlersEventMap['credit-report-load']>,
  },
});
