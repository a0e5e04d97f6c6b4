import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Check, CheckList, StaffSession, StaffSessionInfo } from '@credit-kit/contract';
import { DEMO_AUTHORITY } from '../src/seed/demo.js';
import { conforms, testApi, type TestApi } from './helpers.js';

// Staff sessions (st_…) are attacked from every side a page or a leaked token could: other origins,
// other authorities, after expiry, beyond their scopes, after revocation.
let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

/** The service hall's staff page; the demo department's key registers http://localhost:* for its staff pages. */
const HALL = 'http://localhost:6100';
const procurement = { code: 'ZFCG-2026-001', name: '政府采购投标资格审查', kind: 'procurement' };

async function mint(body: Record<string, unknown> = {}, as = 'sk'): Promise<StaffSession> {
  return conforms(
    StaffSession,
    await api.json('POST', '/v1/staff-sessions', {
      as,
      status: 201,
      body: { staff: { id: 'E1024', name: '王芳' }, origin: HALL, scopes: ['checks'], ...body },
    }),
  );
}

const check = (token: string, subjectCode: string, origin: string | null = HALL) =>
  api.request('POST', '/v1/checks', { as: token, origin, body: { subjectCode, matter: procurement } });

/** A secret key of another authority with its own staff page origins. */
async function otherDepartment(authority: string, origins = [HALL]): Promise<string> {
  const { token } = await api.deps.keys.create({ kind: 'secret', name: authority, authority, origins });
  return token;
}

describe('minting staff sessions', () => {
  it("mints a short-lived st_ token for one member, the key's authority, one origin and scopes", async () => {
    const session = await mint({ ttlSeconds: 600 });
    assert.match(session.token, /^st_[A-Za-z0-9_-]{20,}$/);
    assert.deepEqual(session.staff, { id: 'E1024', name: '王芳' });
    assert.equal(session.authority, DEMO_AUTHORITY);
    assert.equal(session.origin, HALL);
    assert.deepEqual(session.scopes, ['checks']);
    const minutes = (Date.parse(session.expiresAt) - api.clock.now().getTime()) / 60_000;
    assert.ok(minutes > 9 && minutes <= 10, `${minutes} minutes`);
    // Only the hash is stored.
    const { rows } = await api.deps.db.query<{ hash: string }>('select hash from staff_sessions where id = $1', [
      session.id,
    ]);
    assert.notEqual(rows[0]?.hash, session.token);
    assert.doesNotMatch(rows[0]?.hash ?? '', /^st_/);
    // The page learns who it acts for, never more.
    const info = conforms(
      StaffSessionInfo,
      await api.json('GET', '/v1/staff-session', { as: session.token, origin: HALL }),
    );
    assert.equal(info.id, session.id);
    assert.equal('token' in info, false);
  });

  it('mints for an authority granted to the key, never for one it does not act for', async () => {
    const granted = await mint({ authority: '安康市市场监督管理局' });
    assert.equal(granted.authority, '安康市市场监督管理局');
    const refused = await api.problem(
      'POST',
      '/v1/staff-sessions',
      {
        as: 'sk',
        body: { staff: { id: 'E1', name: '甲' }, origin: HALL, scopes: ['checks'], authority: '北京市财政局' },
      },
      'wrong_authority',
    );
    assert.match(refused.detail ?? '', /北京市财政局/);
  });

  it('mints only for a staff page origin registered on the key', async () => {
    const refused = await api.problem(
      'POST',
      '/v1/staff-sessions',
      { as: 'sk', body: { staff: { id: 'E1', name: '甲' }, origin: 'https://evil.example.com', scopes: ['checks'] } },
      'validation_failed',
    );
    assert.deepEqual(
      refused.errors?.map((e) => [e.path, e.code]),
      [['origin', 'origin-not-registered']],
    );
    const bare = await otherDepartment('某县行政审批局', []);
    await api.problem(
      'POST',
      '/v1/staff-sessions',
      { as: bare, body: { staff: { id: 'E1', name: '甲' }, origin: HALL, scopes: ['checks'] } },
      'validation_failed',
    );
  });

  it('is minted by a secret key on a server only: not from a browser, not with a publishable key or a staff token', async () => {
    const body = { staff: { id: 'E1', name: '甲' }, origin: HALL, scopes: ['checks'] };
    await api.problem('POST', '/v1/staff-sessions', { as: 'sk', origin: HALL, body }, 'forbidden');
    await api.problem('POST', '/v1/staff-sessions', { as: 'pk', body }, 'forbidden');
    const staff = await mint();
    await api.problem('POST', '/v1/staff-sessions', { as: staff.token, origin: HALL, body }, 'forbidden');
    await api.problem(
      'POST',
      '/v1/staff-sessions',
      { as: 'sk', body: { ...body, scopes: ['everything'] } },
      'validation_failed',
    );
    await api.problem(
      'POST',
      '/v1/staff-sessions',
      { as: 'sk', body: { ...body, ttlSeconds: 86_400 } },
      'validation_failed',
    );
  });
});

describe('a staff token on its page', () => {
  it('runs a check that names the member of staff, in the record, the list and the audit log', async () => {
    const session = await mint();
    const res = await check(session.token, api.demo.subjects.blacklisted);
    assert.equal(res.status, 201, await res.clone().text());
    const made = conforms(Check, await res.json());
    assert.deepEqual(made.staff, { id: 'E1024', name: '王芳' });
    assert.equal(made.handler, '王芳');
    assert.equal(made.authority, session.authority);
    // The department finds it by the member of staff.
    const listed = conforms(CheckList, await api.json('GET', '/v1/checks?staff=E1024', { as: 'sk' }));
    assert.ok(listed.data.some((c) => c.id === made.id && c.staff?.id === 'E1024'));
    const none = conforms(CheckList, await api.json('GET', '/v1/checks?staff=E9999', { as: 'sk' }));
    assert.equal(none.data.length, 0);
    const closed = conforms(
      Check,
      await api.json('POST', `/v1/checks/${made.id}/feedback`, {
        as: session.token,
        origin: HALL,
        body: { applied: ['no-bidding'], outcome: 'rejected', note: '' },
      }),
    );
    assert.equal(closed.state, 'closed');
    const { rows } = await api.deps.db.query<{ action: string; actor: string }>(
      'select action, actor from audit_log where entity_id = $1 order by seq',
      [made.id],
    );
    assert.deepEqual(
      rows.map((r) => r.action),
      ['check.initiate', 'check.feedback'],
    );
    for (const r of rows) assert.equal(r.actor, `staff:${session.id}:E1024@${session.authority}`);
  });

  it('is refused from any other origin, and without one', async () => {
    const { token } = await mint();
    for (const origin of ['https://evil.example.com', 'http://localhost:6101', 'http://127.0.0.1:6100', null]) {
      const res = await check(token, api.demo.subjects.blacklisted, origin);
      assert.equal(res.status, 403, `${origin}`);
      assert.equal(((await res.json()) as { code: string }).code, 'origin_not_allowed');
    }
  });

  it('acts for its own authority only: another authority’s checks are not found, not listed, not closed', async () => {
    const ours = await mint();
    const theirKey = await otherDepartment('天津市滨海新区政务服务办公室');
    const theirs = await mint({ staff: { id: 'T7', name: '李雷' } }, theirKey);
    const theirCheck = conforms(Check, await (await check(theirs.token, api.demo.subjects.blacklisted)).json());
    assert.equal(theirCheck.authority, '天津市滨海新区政务服务办公室');
    await api.problem('GET', `/v1/checks/${theirCheck.id}`, { as: ours.token, origin: HALL }, 'not_found');
    await api.problem(
      'POST',
      `/v1/checks/${theirCheck.id}/feedback`,
      { as: ours.token, origin: HALL, body: { applied: ['no-bidding'], outcome: 'rejected', note: '' } },
      'not_found',
    );
    const listed = conforms(CheckList, await api.json('GET', '/v1/checks', { as: ours.token, origin: HALL }));
    assert.ok(listed.data.every((c) => c.authority === ours.authority));
    assert.ok(!listed.data.some((c) => c.id === theirCheck.id));
    // Nor may our department revoke their member's session.
    await api.problem('POST', `/v1/staff-sessions/${theirs.id}/revoke`, { as: 'sk' }, 'wrong_authority');
  });

  it('expires after its minutes', async () => {
    const { token } = await mint({ ttlSeconds: 120 });
    assert.equal((await check(token, api.demo.subjects.redListed)).status, 201);
    api.clock.offsetMs += 121_000;
    try {
      await api.problem(
        'POST',
        '/v1/checks',
        { as: token, origin: HALL, body: { subjectCode: api.demo.subjects.redListed, matter: procurement } },
        'session_expired',
      );
      await api.problem('GET', '/v1/staff-session', { as: token, origin: HALL }, 'session_expired');
    } finally {
      api.clock.offsetMs -= 121_000;
    }
  });

  it('does what its scopes allow and nothing else', async () => {
    const reader = await mint({ scopes: ['checks:read'] });
    await api.json('GET', '/v1/checks', { as: reader.token, origin: HALL });
    const refused = await api.problem(
      'POST',
      '/v1/checks',
      { as: reader.token, origin: HALL, body: { subjectCode: api.demo.subjects.redListed, matter: procurement } },
      'forbidden',
    );
    assert.match(refused.detail ?? '', /checks:read/);
    const { token } = await mint();
    // No other route takes a staff token: records, statuses, sessions, keys, reviews.
    const code = api.demo.subjects.blacklisted;
    for (const [method, path, body] of [
      ['GET', `/v1/subjects/${code}/status`],
      ['GET', `/v1/subjects/${code}/records`],
      ['GET', '/v1/keys'],
      ['POST', '/v1/subject-sessions', { subjectCode: code, subjectName: '某公司' }],
      ['POST', '/v1/records', {}],
      ['GET', '/v1/repairs'],
      ['GET', '/v1/list-memberships'],
    ] as const) {
      await api.problem(method, path, { as: token, origin: HALL, body }, 'forbidden');
    }
  });

  it('is revoked at once by its department, and dies with the key that minted it', async () => {
    const session = await mint();
    assert.equal((await check(session.token, api.demo.subjects.redListed)).status, 201);
    const revoked = conforms(
      StaffSessionInfo,
      await api.json('POST', `/v1/staff-sessions/${session.id}/revoke`, { as: 'sk' }),
    );
    assert.ok(revoked.revokedAt);
    const refused = await api.problem(
      'GET',
      '/v1/staff-session',
      { as: session.token, origin: HALL },
      'unauthenticated',
    );
    assert.match(refused.detail ?? '', /注销/);
    await api.problem('POST', '/v1/staff-sessions/sts_nope/revoke', { as: 'sk' }, 'not_found');

    const key = await api.deps.keys.create({ kind: 'secret', name: '临时部门', origins: [HALL] });
    const orphan = await mint({}, key.token);
    await api.deps.keys.revoke(key.key.id);
    await api.problem('GET', '/v1/staff-session', { as: orphan.token, origin: HALL }, 'unauthenticated');
  });

  it('replays a retried check for the same member even with a fresh token', async () => {
    const first = await mint();
    const second = await mint();
    const send = (token: string) =>
      api.request('POST', '/v1/checks', {
        as: token,
        origin: HALL,
        headers: { 'idempotency-key': 'hall-retry-1' },
        body: { subjectCode: api.demo.subjects.blacklisted, matter: procurement },
      });
    const a = conforms(Check, await (await send(first.token)).json());
    const replay = await send(second.token);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(conforms(Check, await replay.json()).id, a.id);
  });

  it('opens CORS to the staff pages registered on secret keys, and secret keys stay refused there', async () => {
    const preflight = await api.request('OPTIONS', '/v1/checks', {
      origin: 'http://localhost:6100',
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), HALL);
    await api.problem(
      'POST',
      '/v1/checks',
      { as: 'sk', origin: HALL, body: { subjectCode: api.demo.subjects.redListed, matter: procurement } },
      'forbidden',
    );
    // A subject session is still only for portal pages (publishable keys' origins).
    // That origin is a staff page of a department (CORS lets it in), yet no portal's.
    await otherDepartment('某市大数据局', ['https://hall.example.gov.cn']);
    const ss = api.demo.sessions.redListed;
    await api.problem('GET', '/v1/session', { as: ss, origin: 'https://hall.example.gov.cn' }, 'origin_not_allowed');
  });
});
