// `@credit-kit/contract/plain`: the contract's pure functions and plain data (identifier validators,
// masking, labels, error wording and statuses, limits) without its schemas, so code that runs in
// browsers reaches no zod. Types come from the package root with `import type`.
export * from './identifiers.js';
export * from './identifier-messages.js';
export * from './uscc-names.js';
export * from './masking.js';
export * from './labels.js';
export * from './error-messages.js';
export * from './error-status.js';
export * from './rules.js';
export * from './calendar.js';
export * from './declaration-fields.js';
