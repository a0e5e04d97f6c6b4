// Idempotency keys: every POST carries one, so they must be real v4 UUIDs, also on plain-http portals.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uuid } from '@credit-kit/sdk';

const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuid', () => {
  it('uses crypto.randomUUID where the page is a secure context', () => {
    assert.match(uuid(), v4);
  });

  it('makes distinct v4 UUIDs without crypto.randomUUID (a plain-http page)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    let keys: string[];
    try {
      keys = Array.from({ length: 5000 }, uuid);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof crypto.randomUUID, 'function', 'crypto.randomUUID is back');
    for (const key of keys) assert.match(key, v4);
    assert.equal(new Set(keys).size, keys.length);
    // Every hex digit of the random positions shows up: the fallback is not stuck on a few values.
    assert.equal(new Set(keys.map((k) => k[0])).size, 16);
    assert.deepEqual([...new Set(keys.map((k) => k[19]))].sort(), ['8', '9', 'a', 'b']);
  });
});
