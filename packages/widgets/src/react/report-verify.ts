// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditReportVerify as Element } from '../entries/report-verify.js';

/** `<credit-report-verify>` as a React component: Check a credit report by number, PDF or QR code: genuine, altered or superseded. */
export const CreditReportVerify = createComponent({
  react: React,
  tagName: 'credit-report-verify',
  elementClass: Element,
  events: {
    onCreditReportVerified: 'credit-report-verified' as EventName<
      GlobalEventHandlersEventMap['credit-report-verified']
    >,
  },
});
