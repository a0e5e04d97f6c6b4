import type { Receipt } from '@credit-kit/contract';

/** The compact JWS of a receipt given whole or as the string printed on it. */
export const jwsOf = (receipt: Receipt | string): string =>
  typeof receipt === 'string' ? receipt.trim() : receipt.jws;
