/** The compact JWS of a signed document (a receipt, a report) given whole or as the string printed on it. */
export const jwsOf = (document: { jws: string } | string): string =>
  typeof document === 'string' ? document.trim() : document.jws;
