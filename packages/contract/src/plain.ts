// `@credit-kit/contract/plain`: the contract's pure functions and plain data (identifier validators,
// masking, labels, error wording and statuses, limits) without its schemas, so code that runs in
// browsers reaches no zod. Types come from the package root with `import type`.
export * from './identifiers.js';
export * from './identifier-messages.js';
export * from './uscc-names.js';
export * from './masking.js';
export * from './labels.js';
// The grade and list names one language per module, and the grades' descriptions apart, each exported
// from here rather than through labels.ts: the status badge bundles its default language's names only,
// and loads the rest when it shows them.
export * from './labels.zh-CN.js';
export * from './labels.en.js';
export * from './grade-descriptions.js';
export * from './error-messages.js';
export * from './error-status.js';
export * from './rules.js';
export * from './calendar.js';
export * from './declaration-fields.js';
export * from './report-rules.js';
