// `@credit-kit/widgets`: registers every component of the public portals and exports the shared configuration.
export * from './entries/status-badge.js';
export * from './entries/commitment-form.js';
export * from './entries/file-upload.js';
export * from './entries/status-tracker.js';
export * from './entries/submission-list.js';
export * from './entries/answer-summary.js';
export * from './entries/declaration-form.js';
export * from './entries/objection-form.js';
export * from './entries/repair-application.js';
export * from './entries/report.js';
export * from './entries/report-verify.js';
// <credit-check-panel> is for service systems' staff pages, never a public portal's: it loads from its own
// entry (`@credit-kit/widgets/check-panel.js`), so the all-in-one bundle portals include stays without it.
export { CreditElement } from './internal/credit-element.js';
// The all-in-one bundle is also the SDK for a page without a build step (e.g. the public commitment column).
export { createClient, verifyReceipt, verifyReport } from '@credit-kit/sdk';
