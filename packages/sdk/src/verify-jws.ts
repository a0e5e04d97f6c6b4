// Offline verification of what the server signs (commitment receipts, credit reports): compact JWS,
// ES256, checked with WebCrypto against the published keys.
import type { Jwks } from '@credit-kit/contract';
import { jwsOf } from './jws.js';

/** Why a signed document failed: unreadable, signed by no published key, a broken signature, or shown otherwise than signed. */
export type JwsInvalidReason = 'malformed' | 'unknown-key' | 'bad-signature' | 'mismatch';

export interface JwsVerification<P> {
  valid: boolean;
  payload?: P;
  reason?: JwsInvalidReason;
}

/** A signed document as the API hands it out: the JWS with the payload and key id shown beside it. */
export interface SignedDocument<P> {
  jws: string;
  kid: string;
  payload: P;
}

/** Published keys fetched for offline checks, by JWKS URL: a client keeps its own (`Transport.signingKeys`). */
export type SigningKeyCache = Map<string, Promise<Jwks>>;

export interface VerifyJwsOptions {
  /** The published keys; when absent they are fetched from `baseUrl`. */
  jwks?: Jwks;
  baseUrl?: string;
  fetch?: typeof fetch;
  /**
   * Where fetched keys are kept between calls (a client's `verifyOffline` passes its own). Without it the
   * keys are fetched for this call only: nothing is shared between callers through the module.
   */
  keyCache?: SigningKeyCache;
}

const jwksPath = '/v1/.well-known/jwks.json';

const jwksUrl = (baseUrl: string) => baseUrl.replace(/\/+$/, '') + jwksPath;

function loadJwks(
  baseUrl: string,
  cache: SigningKeyCache,
  fetchImpl: typeof fetch = (i, o) => fetch(i, o),
): Promise<Jwks> {
  const url = jwksUrl(baseUrl);
  let cached = cache.get(url);
  if (!cached) {
    cached = fetchImpl(url).then((response) => {
      if (!response.ok) throw new Error(`Could not load the signing keys: HTTP ${response.status}`);
      return response.json() as Promise<Jwks>;
    });
    cached.catch(() => cache.delete(url));
    cache.set(url, cached);
  }
  return cached;
}

const decoder = new TextDecoder();

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const base64UrlJson = (text: string): unknown => JSON.parse(decoder.decode(base64UrlBytes(text)));

/** Key order does not matter when a document's shown payload is compared with the signed one. */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

async function signatureValid(
  jwk: Jwks['keys'][number],
  signingInput: string,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const { kty, crv, x, y } = jwk;
  const key = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ]);
  // A JWS ES256 signature is the raw r‖s pair, which is what WebCrypto expects.
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    signature,
    new TextEncoder().encode(signingInput),
  );
}

/**
 * Checks a signed document with WebCrypto against the published keys, with no call to the API once the
 * keys are known. A document given whole must also show exactly the payload that was signed; with `typ`,
 * a JWS of another media type (a receipt offered as a report) is malformed.
 */
export async function verifyJws<P>(
  document: SignedDocument<P> | string,
  opts: VerifyJwsOptions & { typ?: string },
  what = 'verifyJws',
): Promise<JwsVerification<P>> {
  const parts = jwsOf(document).split('.');
  if (parts.length !== 3) return { valid: false, reason: 'malformed' };
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  let header: { alg?: unknown; kid?: unknown; typ?: unknown };
  let payload: P;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    header = base64UrlJson(encodedHeader) as typeof header;
    payload = base64UrlJson(encodedPayload) as P;
    signature = base64UrlBytes(encodedSignature);
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (header.alg !== 'ES256' || typeof header.kid !== 'string' || signature.length !== 64)
    return { valid: false, reason: 'malformed' };
  if (opts.typ !== undefined && header.typ !== opts.typ) return { valid: false, reason: 'malformed' };

  const findKey = (jwks: Jwks) => jwks.keys.find((k) => k.kid === header.kid);
  let jwk = opts.jwks && findKey(opts.jwks);
  if (!opts.jwks) {
    if (!opts.baseUrl) throw new TypeError(`${what} needs \`jwks\` or the \`baseUrl\` to fetch them from`);
    const cache = opts.keyCache ?? new Map<string, Promise<Jwks>>();
    const fetchedBefore = cache.has(jwksUrl(opts.baseUrl));
    jwk = findKey(await loadJwks(opts.baseUrl, cache, opts.fetch));
    if (!jwk && fetchedBefore) {
      // The keys may have been rotated since they were fetched: look once more.
      cache.delete(jwksUrl(opts.baseUrl));
      jwk = findKey(await loadJwks(opts.baseUrl, cache, opts.fetch));
    }
  }
  if (!jwk) return { valid: false, reason: 'unknown-key' };
  if (!(await signatureValid(jwk, `${encodedHeader}.${encodedPayload}`, signature)))
    return { valid: false, reason: 'bad-signature' };
  if (typeof document !== 'string' && (document.kid !== header.kid || !sameJson(document.payload, payload))) {
    return { valid: false, payload, reason: 'mismatch' };
  }
  return { valid: true, payload };
}
