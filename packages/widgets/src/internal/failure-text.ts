import { Lazy } from './lazy.js';

// The wording of failures, which only a failure needs: loaded on first use, one module for every
// widget of a page. A bundler keeps each in a chunk of its own only if no widget imports it statically.

/** `describeError`: what to tell the user about a failed call. */
export const errorText = new Lazy(() => import('./error-text.js'));

/** `identifierMessage`: why a subject code or identity number is not valid. */
export const identifierText = new Lazy(() => import('./identifier-text.js'));
