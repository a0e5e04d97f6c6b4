import type { Jwks, Receipt, ReceiptVerification } from '@credit-kit/contract';
import type { CallOptions } from '../transport.js';
import { jwsOf } from '../jws.js';
import { verifyReceipt, type OfflineVerification } from '../verify-receipt.js';
import { Resource } from './resource.js';

/** Commitment receipts: checked by the API, or offline with the published keys. */
export class Receipts extends Resource {
  /** The server's verdict, with the commitment's current state (kept, breached, …). */
  verify(receipt: Receipt | string, opts?: CallOptions): Promise<ReceiptVerification> {
    return this.http.request(['verifyReceipt', 'POST /v1/receipts:verify'], { ...opts, json: { jws: jwsOf(receipt) } });
  }

  /** Checked here with WebCrypto; the keys are fetched once per client from this API unless given. */
  verifyOffline(receipt: Receipt | string, opts: { jwks?: Jwks } = {}): Promise<OfflineVerification> {
    const { baseUrl, fetch } = this.http.config;
    return verifyReceipt(receipt, { ...opts, baseUrl, keyCache: this.http.signingKeys, ...(fetch ? { fetch } : {}) });
  }

  /** The published receipt keys. */
  jwks(opts?: CallOptions): Promise<Jwks> {
    return this.http.request(['jwks', 'GET /v1/.well-known/jwks.json'], opts);
  }
}
