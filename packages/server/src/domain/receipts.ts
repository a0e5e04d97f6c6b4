import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import type { Jwks, ReceiptPayload } from '@credit-kit/contract';
import { onlyRow, type Db } from '../db/db.js';
import { sha256Hex } from '../ids.js';

type PublicJwk = Jwks['keys'][number];

const RECEIPT_TYP = 'credit-receipt+jws';

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** RFC 7638 thumbprint: the key id is derived from the public key itself. */
const thumbprint = (jwk: JsonWebKey) =>
  Buffer.from(sha256Hex(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })), 'hex').toString(
    'base64url',
  );

export type ReceiptCheck =
  | { valid: true; payload: ReceiptPayload }
  | { valid: false; reason: 'malformed' | 'unknown-key' | 'bad-signature'; payload: ReceiptPayload | null };

/**
 * Signs commitment receipts as compact JWS (ES256, P-256). The key pair lives in the database so every
 * instance signs with it and receipts stay verifiable across restarts; it is generated on first start.
 */
export class ReceiptSigner {
  private constructor(
    private readonly kid: string,
    private readonly privateKey: KeyObject,
    private readonly publicKeys: Map<string, { jwk: PublicJwk; key: KeyObject }>,
  ) {}

  static async load(db: Db): Promise<ReceiptSigner> {
    const existing = await db.query<{ kid: string }>('select kid from signing_keys limit 1');
    if (existing.rows.length === 0) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pub = publicKey.export({ format: 'jwk' });
      const kid = thumbprint(pub);
      // Two instances starting at once may both generate; the first insert wins for both.
      await db.query(
        'insert into signing_keys (kid, private_jwk, public_jwk) values ($1, $2::jsonb, $3::jsonb) on conflict do nothing',
        [
          kid,
          JSON.stringify(privateKey.export({ format: 'jwk' })),
          JSON.stringify({ ...pub, kid, alg: 'ES256', use: 'sig' }),
        ],
      );
    }
    const { rows } = await db.query<{ kid: string; private_jwk: JsonWebKey; public_jwk: PublicJwk }>(
      'select kid, private_jwk, public_jwk from signing_keys order by created_at, kid',
    );
    const current = onlyRow(rows);
    const publicKeys = new Map(
      rows.map((r) => [
        r.kid,
        { jwk: r.public_jwk, key: createPublicKey({ key: r.public_jwk as JsonWebKey, format: 'jwk' }) },
      ]),
    );
    return new ReceiptSigner(current.kid, createPrivateKey({ key: current.private_jwk, format: 'jwk' }), publicKeys);
  }

  get currentKid() {
    return this.kid;
  }

  jwks(): Jwks {
    return {
      keys: [...this.publicKeys.values()].map(({ jwk }) => ({
        kty: 'EC',
        crv: 'P-256',
        x: jwk.x,
        y: jwk.y,
        kid: jwk.kid,
        alg: 'ES256',
        use: 'sig',
      })),
    };
  }

  sign(payload: ReceiptPayload): string {
    return this.signJws(payload, RECEIPT_TYP);
  }

  /** Signs any JSON payload with the server's key as a compact JWS of the media type `typ`. */
  signJws(payload: object, typ: string): string {
    const input = `${b64(JSON.stringify({ alg: 'ES256', kid: this.kid, typ }))}.${b64(JSON.stringify(payload))}`;
    const signature = sign('sha256', Buffer.from(input), { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${signature.toString('base64url')}`;
  }

  check(jws: string): ReceiptCheck {
    return this.checkJws<ReceiptPayload>(jws, RECEIPT_TYP);
  }

  /** Verifies a compact JWS signed by `signJws` with the type `typ` (a JWS of another type is malformed here). */
  checkJws<P>(
    jws: string,
    typ: string,
  ):
    | { valid: true; payload: P }
    | { valid: false; reason: 'malformed' | 'unknown-key' | 'bad-signature'; payload: P | null } {
    const parts = jws.trim().split('.');
    if (parts.length !== 3) return { valid: false, reason: 'malformed', payload: null };
    const [header64, payload64, signature64] = parts as [string, string, string];
    let header: { alg?: string; kid?: string; typ?: string } | null;
    let payload: P | null;
    try {
      // Shapes as signed; anything else fails the checks below or the signature.
      header = JSON.parse(Buffer.from(header64, 'base64url').toString('utf8')) as typeof header;
      payload = JSON.parse(Buffer.from(payload64, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return { valid: false, reason: 'malformed', payload: null };
    }
    if (header?.alg !== 'ES256' || (header.typ !== undefined && header.typ !== typ))
      return { valid: false, reason: 'malformed', payload: null };
    if (typeof payload !== 'object' || payload === null) return { valid: false, reason: 'malformed', payload: null };
    const key = header.kid ? this.publicKeys.get(header.kid) : undefined;
    if (!key) return { valid: false, reason: 'unknown-key', payload };
    const ok = verify(
      'sha256',
      Buffer.from(`${header64}.${payload64}`),
      { key: key.key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature64, 'base64url'),
    );
    return ok ? { valid: true, payload } : { valid: false, reason: 'bad-signature', payload };
  }
}
