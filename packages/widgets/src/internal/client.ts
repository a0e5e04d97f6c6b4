import { createTransport, type Transport } from '@credit-kit/sdk';
import type { CreditConfig } from './config.js';

// The locale is the API's Accept-Language, so field errors from the server come in the user's language.
export interface ClientSettings extends Pick<
  CreditConfig,
  'baseUrl' | 'publishableKey' | 'locale' | 'fetch' | 'maxRetries' | 'timeout'
> {
  sessionToken?: string;
  /** A staff session (`st_…`) for the staff widgets, minted by the department's backend. */
  staffToken?: string;
}

/** A resource class of the SDK (`Statuses`, `Templates`, …): each widget builds only those it uses. */
export type ResourceClass<R> = new (transport: Transport) => R;

// One transport per distinct configuration, and one instance of each resource on it, so every badge
// on a page shares one batching queue and cache. A subject session's transport is kept only while its
// token is the configuration's current one and still valid: a replaced or expired token's transport is
// forgotten, and with it the caches of what that subject saw.
const transports = new Map<string, Transport>();
const sessions = new Map<string, { token: string; transport: Transport }>();
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

/** The API's answers that end a session: the token has run out or is no longer valid. */
const endsSession = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'session_expired' || code === 'unauthenticated';
};

function build(settings: ClientSettings, baseUrl: string): Transport {
  return createTransport({
    baseUrl,
    ...(settings.publishableKey ? { publishableKey: settings.publishableKey } : {}),
    ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
    ...(settings.staffToken ? { staffToken: settings.staffToken } : {}),
    ...(settings.locale ? { locale: settings.locale } : {}),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
    ...(settings.timeout !== undefined ? { timeout: settings.timeout } : {}),
  });
}

/** The transport of a subject or staff session: one per configuration, for its current token only. */
function sessionTransport(key: string, token: string, settings: ClientSettings, baseUrl: string): Transport {
  const held = sessions.get(key);
  if (held?.token === token) return held.transport;
  const transport = build(settings, baseUrl);
  const request = transport.request.bind(transport);
  // An answer that ends the session forgets its transport: a fresh token then starts clean.
  transport.request = async (...args: Parameters<typeof request>) => {
    try {
      return await request(...args);
    } catch (error) {
      if (endsSession(error) && sessions.get(key)?.transport === transport) sessions.delete(key);
      throw error;
    }
  };
  sessions.set(key, { token, transport });
  return transport;
}

/** The shared SDK transport for these settings. */
export function transportFor(settings: ClientSettings): Transport {
  const baseUrl = settings.baseUrl ?? '';
  // Every badge asks on every update: a joined string is a cheaper key than JSON.
  const key = [
    baseUrl,
    settings.publishableKey,
    settings.locale,
    settings.maxRetries,
    settings.timeout,
    fetchId(settings.fetch),
  ].join('\n');
  // A staff token is a session too: kept while current, forgotten when it ends.
  const token = settings.staffToken ?? settings.sessionToken;
  if (token) return sessionTransport(settings.staffToken ? `staff\n${key}` : key, token, settings, baseUrl);
  let transport = transports.get(key);
  if (!transport) transports.set(key, (transport = build(settings, baseUrl)));
  return transport;
}

/** The shared instance of an SDK resource on a transport. */
export function resourceOn<R>(transport: Transport, Resource: ResourceClass<R>): R {
  let built = resources.get(transport);
  if (!built) resources.set(transport, (built = new Map<ResourceClass<unknown>, unknown>()));
  let resource = built.get(Resource) as R | undefined;
  if (!resource) built.set(Resource, (resource = new Resource(transport)));
  return resource;
}

/** Drops every shared transport and with it their resources' caches (mostly for tests). */
export function resetClients(): void {
  transports.clear();
  sessions.clear();
}
