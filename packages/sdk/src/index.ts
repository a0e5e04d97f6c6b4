// `@credit-kit/sdk`: the client, its resources, errors and receipt checks.
// Only `export *` of modules whose every export is public (internals live in modules not listed here):
// a bundler then reads this file as a plain pass-through, so a page's bundle holds only the modules it
// uses, and a module one of its lazily loaded chunks uses (the error wording) stays in that chunk.
export * from './client.js';
export * from './errors.js';
export * from './error-messages.js';
export * from './transport.js';
export * from './page-iterator.js';
export type { UploadProgress } from './xhr-fetch.js';
export * from './verify-receipt.js';
export * from './verify-report.js';
export * from './resource-types.js';
/** The SDK's idempotency-key generator, for callers that keep a key across reloads (a form's draft). */
export * from './uuid.js';
