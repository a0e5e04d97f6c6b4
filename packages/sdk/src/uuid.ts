/**
 * A v4 UUID; `crypto.randomUUID` exists only in secure contexts, so plain-http portals get the fallback:
 * the same layout from `getRandomValues` (each 0, 1 or 8 of the template becomes a random hex digit,
 * the 8 keeping the variant bits 10xx).
 */
export function uuid(): string {
  // The type declares it everywhere; browsers leave it out of insecure contexts.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => {
    const [random = 0] = crypto.getRandomValues(new Uint8Array(1));
    return (Number(c) ^ (random & (15 >> (Number(c) / 4)))).toString(16);
  });
}
