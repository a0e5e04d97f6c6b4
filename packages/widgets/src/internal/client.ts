import { createClient, type CreditClient } from '@credit-kit/sdk';
import type { CreditConfig } from './config.js';

// The locale is the API's Accept-Language, so field errors from the server come in the user's language.
export interface ClientSettings extends Pick<CreditConfig, 'baseUrl' | 'publishableKey' | 'locale' | 'fetch' | 'maxRetries' | 'timeout'> {
  sessionToken?: string;
}

// One client per distinct configuration, so every badge on a page shares one batching queue and cache.
const clients = new Map<string, CreditClient>();
const fetchIds = new WeakMap<typeof fetch, number>();
let lastFetchId = 0;

/** A number naming a fetch function, so a configured fetch is part of the client's identity. */
function fetchId(f: typeof fetch | undefined): number {
  if (!f) return 0;
  let id = fetchIds.get(f);
  if (id === undefined) fetchIds.set(f, (id = ++lastFetchId));
  return id;
}

/** The shared SDK client for these settings. */
export function clientFor(settings: ClientSettings): CreditClient {
  const baseUrl = settings.baseUrl ?? '';
  const key = JSON.stringify([baseUrl, settings.publishableKey, settings.sessionToken, settings.locale, settings.maxRetries, settings.timeout, fetchId(settings.fetch)]);
  let client = clients.get(key);
  if (!client) {
    client = createClient({
      baseUrl,
      ...(settings.publishableKey ? { publishableKey: settings.publishableKey } : {}),
      ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
      ...(settings.locale ? { locale: settings.locale } : {}),
      ...(settings.fetch ? { fetch: settings.fetch } : {}),
      ...(settings.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
      ...(settings.timeout !== undefined ? { timeout: settings.timeout } : {}),
    });
    clients.set(key, client);
  }
  return client;
}

/** Drops every shared client and with it their caches (mostly for tests). */
export function resetClients(): void {
  clients.clear();
}
