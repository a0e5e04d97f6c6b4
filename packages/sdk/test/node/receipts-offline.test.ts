import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, verifyReceipt } from '@credit-kit/sdk';
import type { Jwks, ReceiptPayload } from '@credit-kit/contract';
import { json, stubFetch } from './helpers/stub-fetch.js';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const text = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));

/** A throw-away signing key and a receipt signed with it, as the server makes them. */
async function signer(kid = 'k1') {
  const { privateKey, publicKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const { x, y } = await crypto.subtle.exportKey('jwk', publicKey);
  const jwks: Jwks = { keys: [{ kty: 'EC', crv: 'P-256', x: x!, y: y!, kid, alg: 'ES256', use: 'sig' }] };
  const sign = async (payload: ReceiptPayload, headerKid = kid) => {
    const input = `${text({ alg: 'ES256', kid: headerKid, typ: 'JWT' })}.${text(payload)}`;
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      privateKey,
      new TextEncoder().encode(input),
    );
    return `${input}.${b64url(new Uint8Array(signature))}`;
  };
  return { jwks, sign };
}

const payload: ReceiptPayload = {
  v: 1,
  code: '33010020260301000001',
  subjectCode: '91330100MA27XL0E2Y',
  templateId: 'tpl_1',
  templateVersion: 1,
  textHash: 'a'.repeat(64),
  signer: '张三',
  signedAt: '2026-03-01T08:00:00.000Z',
  iss: 'credit-kit',
};

describe('verifyReceipt (offline)', () => {
  it('accepts a receipt signed with a published key', async () => {
    const { jwks, sign } = await signer();
    const jws = await sign(payload);
    assert.deepEqual(await verifyReceipt(jws, { jwks }), { valid: true, payload });
    assert.equal((await verifyReceipt({ jws, kid: 'k1', payload }, { jwks })).valid, true);
  });

  it('rejects a tampered payload, a foreign key, an unknown kid and garbage', async () => {
    const { jwks, sign } = await signer();
    const jws = await sign(payload);
    const [h, , s] = jws.split('.');
    const forged = `${h}.${text({ ...payload, signer: '李四' })}.${s}`;
    assert.deepEqual(await verifyReceipt(forged, { jwks }), { valid: false, reason: 'bad-signature' });
    const other = await signer();
    assert.equal((await verifyReceipt(await other.sign(payload), { jwks })).reason, 'bad-signature');
    assert.equal((await verifyReceipt(await sign(payload, 'k9'), { jwks })).reason, 'unknown-key');
    assert.equal((await verifyReceipt('not-a-jws', { jwks })).reason, 'malformed');
    assert.equal((await verifyReceipt('a.b.c', { jwks })).reason, 'malformed');
  });

  it('rejects a receipt whose shown payload differs from the signed one', async () => {
    const { jwks, sign } = await signer();
    const jws = await sign(payload);
    const result = await verifyReceipt({ jws, kid: 'k1', payload: { ...payload, signer: '李四' } }, { jwks });
    assert.equal(result.valid, false);
    assert.equal(result.reason, 'mismatch');
  });

  it('fetches the keys once per client and looks again for a new kid', async () => {
    const first = await signer('k1');
    const second = await signer('k2');
    let served = first.jwks;
    const stub = stubFetch(() => json(served));
    const client = createClient({ baseUrl: 'http://keys.test', fetch: stub.fetch });
    assert.equal((await client.receipts.verifyOffline(await first.sign(payload))).valid, true);
    assert.equal((await client.receipts.verifyOffline(await first.sign(payload))).valid, true);
    assert.equal(stub.requests.length, 1);
    assert.equal(stub.requests[0]!.url, 'http://keys.test/v1/.well-known/jwks.json');
    served = { keys: [...first.jwks.keys, ...second.jwks.keys] };
    assert.equal((await client.receipts.verifyOffline(await second.sign(payload))).valid, true);
    assert.equal(stub.requests.length, 2);
  });

  it('shares no fetched keys between clients or between standalone calls', async () => {
    const { jwks, sign } = await signer('k1');
    const receipt = await sign(payload);
    const [a, b] = [stubFetch(() => json(jwks)), stubFetch(() => json({ keys: [] }))];
    const opts = { baseUrl: 'http://keys.test' };
    assert.equal((await createClient({ ...opts, fetch: a.fetch }).receipts.verifyOffline(receipt)).valid, true);
    // Another client on the same API asks its own fetch, and sees only what that answers.
    assert.equal(
      (await createClient({ ...opts, fetch: b.fetch }).receipts.verifyOffline(receipt)).reason,
      'unknown-key',
    );
    assert.equal(b.requests.length, 1);
    for (let i = 0; i < 2; i++) assert.equal((await verifyReceipt(receipt, { ...opts, fetch: a.fetch })).valid, true);
    assert.equal(a.requests.length, 3, 'a standalone call fetches the keys for itself');
  });
});
