// The wording of a failed call is `describeError` (error-text.ts): a widget that shows failures only
// rarely loads it on demand.

/** The SDK error's code (`not_found`, `connection_error`, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
