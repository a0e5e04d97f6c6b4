// Abuse and privacy: everything a publishable key or the portal's public pages can obtain, crawled and
// scanned for unmasked resident ID numbers, phone numbers and full personal names (0 allowed); the key
// model's refusals; and the rate limits a public deployment runs with by default.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { validateResidentId } from '@credit-kit/contract';
import { portalRoot } from '../../examples/portal/serve.js';
import { startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

const doc = JSON.parse(readFileSync('packages/contract/openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
};

/** Personal data that must never appear unmasked in anything the public can obtain. */
async function personalData() {
  const db = portal.server.deps.db;
  const people = await db.query<{ code: string; name: string }>(
    `select code, name from subjects where kind = 'natural-person'`,
  );
  const signers = await db.query<{ name: string }>(
    `select distinct body->'committer'->>'name' as name from commitments where body->'committer'->>'kind' = 'natural-person'`,
  );
  return {
    codes: people.rows.map((r) => r.code),
    names: [...new Set([...people.rows.map((r) => r.name), ...signers.rows.map((r) => r.name)])].filter(
      (n) => n && n.length > 1,
    ),
  };
}

/** Request ids (UUIDs) and hashes (hex, 32 characters or more): random, never personal. */
const OPAQUE_TOKEN = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32,}\b/gi;

/**
 * Every leak in `scanned`: a valid resident ID number, a mobile or landline number, a person's full name.
 * What the request itself sent (a problem names the path it refuses) is not a leak; nor is a phone number
 * in code (a form's example placeholder), where `phones` is false; nor are digits inside a request id (a
 * UUID) or a hash, which are random and would otherwise read as a phone number in about one id in a thousand.
 */
function leaks(scanned: string, personal: { codes: string[]; names: string[] }, sent = '', phones = true): string[] {
  const text = scanned.replace(OPAQUE_TOKEN, ' ');
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/g))
    if (validateResidentId(m[0]).ok) found.push(`resident ID ${m[0]}`);
  for (const code of personal.codes) if (text.includes(code)) found.push(`resident ID ${code}`);
  if (phones) {
    for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) found.push(`mobile ${m[0]}`);
    for (const m of text.matchAll(/(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)/g)) found.push(`landline ${m[0]}`);
  }
  for (const name of personal.names) if (text.includes(name)) found.push(`full name ${name}`);
  const decoded = decodeURIComponent(sent);
  return [...new Set(found)].filter((leak) => !decoded.includes(leak.split(' ').at(-1)!));
}

/** The ids of everything the database holds, to fill every path parameter of every route. */
async function everyId() {
  const db = portal.server.deps.db;
  const ids: string[] = [];
  for (const table of ['records', 'templates', 'files', 'declarations', 'repairs', 'objections', 'checks', 'notices'])
    ids.push(...(await db.query<{ id: string }>(`select id from ${table}`)).rows.map((r) => r.id));
  const codes = [
    ...(await db.query<{ code: string }>('select code from subjects')).rows.map((r) => r.code),
    ...(await db.query<{ code: string }>('select code from commitments')).rows.map((r) => r.code),
  ];
  return { ids, codes };
}

describe('privacy: what the public can obtain', () => {
  it('crawls every GET route with the publishable key, every portal file and the portal config: 0 unmasked personal data', async () => {
    const personal = await personalData();
    assert.ok(personal.codes.length > 0 && personal.names.length > 0, 'the demo has a natural person');
    const { ids, codes } = await everyId();
    const origin = portal.url;
    const headers = { authorization: `Bearer ${portal.demo.publishableKey}`, origin };
    const found: string[] = [];
    let responses = 0;
    const scan = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(new URL(path, portal.url), init);
      const text = await res.text();
      responses++;
      for (const leak of leaks(text, personal, path, !path.endsWith('.js'))) found.push(`${path}: ${leak}`);
      return { res, text };
    };

    // The portal's public pages and their backend, before sign-in.
    for (const file of readdirSync(portalRoot)) await scan(`/${file}`);
    await scan('/');
    await scan('/portal-config.json');
    await scan('/portal-assets/credit-kit.js');

    // Every GET route a publishable key may call (or anyone), each parameter filled with every id and code.
    for (const [path, item] of Object.entries(doc.paths)) {
      const get = item.get;
      if (!get) continue;
      const schemes = (get.security ?? []).flatMap((s) => Object.keys(s));
      if (schemes.length && !schemes.includes('publishableKey')) continue;
      const param = path.match(/\{(\w+)\}/)?.[1];
      const values = !param ? [''] : param === 'code' ? codes : ids;
      for (const value of values) {
        const url = param ? path.replace(`{${param}}`, encodeURIComponent(value)) : path;
        await scan(url, { headers });
        if (!param) for (const code of codes.slice(0, 20)) await scan(`${url}?subject=${code}&limit=100`, { headers });
      }
    }
    await scan(`/v1/statuses?codes=${codes.slice(0, 100).join(',')}&key=${portal.demo.publishableKey}`, {
      headers: { origin },
    });
    await scan('/v1/statuses:batch', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ codes: codes.slice(0, 100) }),
    });
    const receipts = await portal.server.deps.db.query<{ jws: string }>(
      `select body->'receipt'->>'jws' as jws from commitments`,
    );
    for (const { jws } of receipts.rows)
      await scan('/v1/receipts:verify', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ jws }),
      });

    // What the portal's page itself receives in Chromium before anyone signs in.
    const page = await portal.open('/');
    const bodies: Promise<void>[] = [];
    page.on('response', (res) =>
      bodies.push(
        res
          .text()
          .then((text) => {
            responses++;
            const url = res.url();
            for (const leak of leaks(text, personal, url, !url.endsWith('.js'))) found.push(`page ${url}: ${leak}`);
          })
          .catch(() => undefined),
      ),
    );
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    for (const leak of leaks(await page.content(), personal)) found.push(`page DOM: ${leak}`);
    await Promise.all(bodies);
    await page.context().close();

    if (process.env.CREDIT_REPORT) console.log(`privacy crawl: ${responses} responses scanned, ${found.length} leaks`);
    assert.deepEqual(found, []);
    assert.ok(responses > 100, `${responses} responses scanned`);
  });

  it("gives a signed-in subject its own data only, never another subject's", async () => {
    const signIn = await fetch(new URL('/portal-api/sign-in', portal.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: portal.demo.subjects.redListed }),
    });
    assert.equal(signIn.status, 200);
    const { token, subject } = (await signIn.json()) as { token: string; subject: { code: string } };
    assert.equal(subject.code, portal.demo.subjects.redListed);
    const as = { authorization: `Bearer ${token}`, origin: portal.url };
    const other = portal.demo.subjects.naturalPerson;
    for (const path of ['/v1/declarations', '/v1/repairs', '/v1/objections']) {
      const own = await fetch(new URL(path, portal.url), { headers: as });
      const list = (await own.json()) as { data: { subjectCode: string }[] };
      assert.ok(
        list.data.every((d) => d.subjectCode === subject.code),
        `${path} lists only the subject's own`,
      );
      const theirs = await fetch(new URL(`${path}?subject=${other}`, portal.url), { headers: as });
      const body = (await theirs.json()) as { data?: { subjectCode: string }[] };
      assert.ok(!body.data?.some((d) => d.subjectCode === other), `${path}?subject= of another subject`);
    }
    const status = await fetch(new URL(`/v1/subjects/${other}/status`, portal.url), { headers: as });
    const text = await status.text();
    assert.deepEqual(leaks(text, await personalData()), [], 'another subject is masked for a session');
  });
});

describe('abuse: the key model and the default limits', () => {
  const call = (path: string, init: { token?: string; origin?: string; method?: string } = {}) =>
    fetch(new URL(path, portal.url), {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.origin ? { origin: init.origin } : {}),
      },
    });

  it('refuses keys from the wrong place, keys in URLs and the wrong kind of key', async () => {
    const { publishableKey, secretKey, sessions, subjects } = portal.demo;
    const status = `/v1/subjects/${subjects.redListed}/status`;
    const cases: [string, Promise<Response>, number][] = [
      [
        'publishable key from another site',
        call(status, { token: publishableKey, origin: 'https://evil.example' }),
        403,
      ],
      ['publishable key from no page', call(status, { token: publishableKey }), 403],
      ['secret key from a browser', call(status, { token: secretKey, origin: portal.url }), 403],
      ['secret key in the URL', call(`${status}?key=${secretKey}`), 401],
      ['session token in the URL', call(`${status}?key=${sessions.redListed}`), 401],
      [
        'session from another site',
        call('/v1/session', { token: sessions.redListed, origin: 'https://evil.example' }),
        403,
      ],
      [
        'publishable key minting a session',
        call('/v1/subject-sessions', { token: publishableKey, origin: portal.url, method: 'POST' }),
        403,
      ],
      ['session listing keys', call('/v1/keys', { token: sessions.redListed }), 403],
      ['unknown key', call('/v1/keys', { token: 'sk_unknown' }), 401],
    ];
    for (const [what, pending, expected] of cases) {
      const res = await pending;
      assert.equal(res.status, expected, what);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/, what);
      const body = await res.text();
      assert.ok(!body.includes(secretKey) && !body.includes(sessions.redListed), `${what}: no credential echoed`);
    }
  });
});
