// Staff sessions through the SDK against the real server: the department mints and revokes them with its
// secret key; the staff page's client runs a check with the token alone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationError, PermissionError } from '@credit-kit/sdk';
import { fromPortal, portalOrigin, startApi } from './helpers/api.js';

let api: Awaited<ReturnType<typeof startApi>>;
before(async () => (api = await startApi()));
after(() => api.close());

describe('staff sessions', () => {
  it('mints a token for a staff page, runs a check with it, finds the check by the member, and revokes it', async () => {
    const minted = await api.staff.staffSessions.create({
      staff: { id: 'E77', name: '周敏' },
      origin: portalOrigin,
      scopes: ['checks'],
    });
    assert.match(minted.token, /^st_/);
    const page = api.client({ staffToken: minted.token, fetch: fromPortal() });
    assert.deepEqual((await page.staffSessions.current()).staff, { id: 'E77', name: '周敏' });
    const check = await page.checks.create({
      subjectCode: api.demo.subjects.blacklisted,
      matter: { code: 'HR-2026-7', name: '评先评优推荐', kind: 'honours' },
    });
    assert.deepEqual(
      check.measures.map((m) => m.id),
      ['no-honours'],
    );
    const { data } = await api.staff.checks.list({ staff: 'E77' });
    assert.deepEqual(
      data.map((c) => [c.id, c.staff?.id]),
      [[check.id, 'E77']],
    );
    // The token is no key for anything else, and dies with its revocation.
    await assert.rejects(page.statuses.get(api.demo.subjects.blacklisted), PermissionError);
    await api.staff.staffSessions.revoke(minted.id);
    await assert.rejects(page.staffSessions.current(), AuthenticationError);
  });
});
