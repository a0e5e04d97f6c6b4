/**
 * The Node entry (chosen by the `node` export condition): the same API, with response validation on
 * by default, since bundle size does not matter on a server and a drifted API should fail loudly.
 */
import { createClient as createBrowserClient, type ClientOptions, type CreditClient } from './client.js';
import { responseValidators } from './validate.js';

export * from './index.js';

export function createClient(opts: ClientOptions): CreditClient {
  return createBrowserClient({ validate: responseValidators, ...opts });
}
