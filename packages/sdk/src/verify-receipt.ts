import type { Receipt, ReceiptPayload, ReceiptVerification } from '@credit-kit/contract';
import { verifyJws, type JwsInvalidReason, type VerifyJwsOptions } from './verify-jws.js';

export type ReceiptInvalidReason = JwsInvalidReason;

export interface OfflineVerification {
  valid: boolean;
  payload?: ReceiptPayload;
  reason?: ReceiptInvalidReason & NonNullable<ReceiptVerification['reason']>;
}

export type VerifyReceiptOptions = VerifyJwsOptions;

/**
 * Checks a commitment receipt with WebCrypto against the published keys, with no call to the API once
 * the keys are known. A receipt object must also show exactly the payload that was signed.
 */
export function verifyReceipt(
  receipt: Receipt | string,
  opts: VerifyReceiptOptions = {},
): Promise<OfflineVerification> {
  return verifyJws<ReceiptPayload>(receipt, opts, 'verifyReceipt');
}
