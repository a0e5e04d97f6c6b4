export * from './common.js';
export * from './rules.js';
export * from './locale.js';
export * from './errors.js';
export * from './error-messages.js';
export * from './error-status.js';
export * from './identifiers.js';
export * from './identifier-messages.js';
export * from './uscc-names.js';
export * from './masking.js';
export * from './subjects.js';
export * from './commitments.js';
export * from './files.js';
export * from './declarations.js';
export * from './repairs.js';
export * from './objections.js';
export * from './checks.js';
export * from './lists.js';
export * from './reports.js';
export * from './auth.js';
export * from './labels.js';
// The grade and list names one language per module, and the grades' descriptions apart, each exported
// from here rather than through labels.ts: the status badge bundles its default language's names only,
// and loads the rest when it shows them.
export * from './labels.zh-CN.js';
export * from './labels.en.js';
export * from './grade-descriptions.js';
export * from './policy.js';
export * from './calendar.js';
export * from './scoring.js';
export * from './routes.js';
export { buildOpenApi } from './openapi.js';
