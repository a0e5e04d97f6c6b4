/**
 * Whether a browser `Origin` matches a registered origin. A registered `http://localhost:*` allows any
 * port of that scheme and host (and none); everything else must match exactly.
 */
export function originMatches(pattern: string, origin: string): boolean {
  if (pattern === origin) return true;
  if (!pattern.endsWith(':*')) return false;
  const base = pattern.slice(0, -2);
  return origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
}

/** A registered origin: scheme://host[:port] or scheme://host:*, nothing after it. */
export function isValidOriginPattern(pattern: string): boolean {
  return /^https?:\/\/[a-z0-9.-]+(\[[0-9a-f:]+\])?(:(\d{1,5}|\*))?$/i.test(pattern);
}
