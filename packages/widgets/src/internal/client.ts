import { createTransport, type Transport } from '@credit-kit/sdk';
import type { CreditConfig } from './config.js';

// The locale is the API's Accept-Language, so field errors from the server come in the user's language.
export interface ClientSettings extends Pick<
  CreditConfig,
  'baseUrl' | 'publishableKey' | 'locale' | 'fetch' | 'maxRetries' | 'timeout'
> {
  sessionToken?: string;
}

/** A resource class of the SDK (`Statuses`, `Templates`, …): each widget builds only those it uses. */
export type ResourceClass<R> = new (transport: Transport) => R;

// One transport per distinct configuration, and one instance of each resource on it, so every badge
// on a page shares one batching queue and cache.
const transports = new Map<string, Transport>();
const resources = new WeakMap<Transport, Map<ResourceClass<unknown>, unknown>>();
const fetchIds = new WeakMap<typeof fetch, number>();
let lastFetchId = 0;

/** A number naming a fetch function, so a configured fetch is part of the transport's identity. */
function fetchId(f: typeof fetch | undefined): number {
  if (!f) return 0;
  let id = fetchIds.get(f);
  if (id === undefined) fetchIds.set(f, (id = ++lastFetchId));
  return id;
}

/** The shared SDK transport for these settings. */
export function transportFor(settings: ClientSettings): Transport {
  const baseUrl = settings.baseUrl ?? '';
  // Every badge asks on every update: a joined string is a cheaper key than JSON.
  const key = [
    baseUrl,
    settings.publishableKey,
    settings.sessionToken,
    settings.locale,
    settings.maxRetries,
    settings.timeout,
    fetchId(settings.fetch),
  ].join('\n');
  let transport = transports.get(key);
  if (!transport) {
    transport = createTransport({
      baseUrl,
      ...(settings.publishableKey ? { publishableKey: settings.publishableKey } : {}),
      ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
      ...(settings.locale ? { locale: settings.locale } : {}),
      ...(settings.fetch ? { fetch: settings.fetch } : {}),
      ...(settings.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
      ...(settings.timeout !== undefined ? { timeout: settings.timeout } : {}),
    });
    transports.set(key, transport);
  }
  return transport;
}

/** The shared instance of an SDK resource on a transport. */
export function resourceOn<R>(transport: Transport, Resource: ResourceClass<R>): R {
  let built = resources.get(transport);
  if (!built) resources.set(transport, (built = new Map()));
  let resource = built.get(Resource) as R | undefined;
  if (!resource) built.set(Resource, (resource = new Resource(transport)));
  return resource;
}

/** Drops every shared transport and with it their resources' caches (mostly for tests). */
export function resetClients(): void {
  transports.clear();
}
