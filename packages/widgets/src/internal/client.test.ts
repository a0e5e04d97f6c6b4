import { expect } from '@open-wc/testing';
import { makeUscc } from '@credit-kit/contract';
import { Statuses } from '@credit-kit/sdk';
import { resetClients, resourceOn, transportFor, type ClientSettings } from './client.js';

// The shared transports of the widgets: one per configuration, and a subject session's only while its
// token is current and valid, so a page never keeps (or serves) what an old session saw.

const code = makeUscc({ organisationBody: 'MA000001' });
// The browser transport validates nothing: the parts of a status these tests read are enough.
const status = (name: string) => ({ code, name });

/** A fetch that answers look-ups with the session's own view, and `expired` once told to. */
function api() {
  const seen: string[] = [];
  let expired = false;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const token = request.headers.get('authorization') ?? '';
    seen.push(token);
    if (expired)
      return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status: 401, code: 'session_expired' }), {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
      });
    const body = { statuses: [status(`seen by ${token}`)], unknown: [], invalid: [] };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, seen, expire: () => (expired = true) };
}

describe('shared transports', () => {
  afterEach(() => resetClients());

  it('shares one transport per configuration', () => {
    const settings: ClientSettings = { baseUrl: 'https://api.example', publishableKey: 'pk_a' };
    expect(transportFor(settings)).to.equal(transportFor({ ...settings }));
    expect(transportFor({ ...settings, locale: 'en' })).not.to.equal(transportFor(settings));
  });

  it("forgets a replaced session token's transport and what it cached", async () => {
    const { fetch, seen } = api();
    const first: ClientSettings = { baseUrl: 'https://api.example', sessionToken: 'ss_one', fetch };
    const one = transportFor(first);
    expect(transportFor(first)).to.equal(one);
    expect((await resourceOn(one, Statuses).get(code)).name).to.equal('seen by Bearer ss_one');

    const two = transportFor({ ...first, sessionToken: 'ss_two' });
    expect(two).not.to.equal(one);
    expect(resourceOn(two, Statuses).cached(code)).to.equal(undefined, 'no status cached by the old session');
    expect((await resourceOn(two, Statuses).get(code)).name).to.equal('seen by Bearer ss_two');
    expect(transportFor(first)).not.to.equal(one, 'the replaced token is not kept');
    expect(seen).to.deep.equal(['Bearer ss_one', 'Bearer ss_two']);
  });

  it('forgets the transport of a session the API says has expired', async () => {
    const { fetch, expire } = api();
    const settings: ClientSettings = { baseUrl: 'https://api.example', sessionToken: 'ss_one', fetch };
    const one = transportFor(settings);
    await resourceOn(one, Statuses).get(code);
    expire();
    resourceOn(one, Statuses).invalidate();
    const failed = await resourceOn(one, Statuses)
      .get(code)
      .then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
    expect(failed?.code).to.equal('session_expired');
    expect(transportFor(settings)).not.to.equal(one);
  });
});
