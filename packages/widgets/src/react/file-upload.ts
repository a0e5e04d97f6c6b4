// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CreditFileUpload as Element } from '../entries/file-upload.js';

/** `<credit-file-upload>` as a React component: Evidence file upload with progress, retry, remove and checksums. */
export const CreditFileUpload = createComponent({
  react: React,
  tagName: 'credit-file-upload',
  elementClass: Element,
  events: {
    onCreditFilesChange: 'credit-files-change' as EventName<GlobalEventHandlersEventMap['credit-files-change']>,
  },
});
