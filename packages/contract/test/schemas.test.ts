import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  Commitment,
  CreateCommitmentRequest,
  CreateDeclarationRequest,
  CommitmentCode,
  Problem,
  Status,
  StatusBatchRequest,
  SubjectCode,
  isPhone,
  makeUscc,
  Phone,
  usccCheckCharacter,
} from '../src/index.js';

const roundTrip = <T extends z.ZodMiniType>(schema: T, value: unknown) => {
  const parsed = schema.parse(value);
  assert.deepEqual(schema.parse(JSON.parse(JSON.stringify(parsed))), parsed);
  return parsed;
};

const status = {
  code: '91350200776049653A',
  kind: 'enterprise',
  name: '厦门某某科技有限公司',
  grade: 'A',
  score: 92,
  factors: [{ code: 'base', label: { 'zh-CN': '基础分', en: 'Base score' }, count: 1, points: 75 }],
  lists: [
    { list: 'red', authority: '厦门市发展和改革委员会', reason: '纳税信用A级', since: '2026-01-05', until: null },
  ],
  flags: { underObjection: false, underRepair: false, noticePending: false },
  activeCommitments: 3,
  publishedRecords: 0,
  model: 'credit-kit-default-2026',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

test('a status survives JSON round-trips unchanged', () => {
  roundTrip(Status, status);
});

test('a status with a grade outside A–D is refused', () => {
  assert.equal(Status.safeParse({ ...status, grade: 'E' }).success, false);
});

test('subject codes are accepted only with a correct check character, with the failed rule as reason', () => {
  assert.equal(SubjectCode.safeParse('91350200776049653A').success, true);
  assert.equal(SubjectCode.safeParse('11010519491231002X').success, true);
  const bad = SubjectCode.safeParse('91350200776049653B');
  assert.equal(bad.success, false);
  assert.equal(bad.error.issues[0]?.message, 'check-character');
});

test('every generated code with its check character is a valid SubjectCode', () => {
  const body = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 8, maxLength: 8 });
  fc.assert(
    fc.property(body, (b) => {
      let code: string;
      try {
        code = makeUscc({ organisationBody: b });
      } catch {
        return true; // bodies whose GB 11714 check would need a character outside the alphabet
      }
      return SubjectCode.safeParse(code).success && usccCheckCharacter(code.slice(0, 17)) === code[17];
    }),
  );
});

test('the batch request takes 1 to 100 codes', () => {
  assert.equal(StatusBatchRequest.safeParse({ codes: [] }).success, false);
  assert.equal(StatusBatchRequest.safeParse({ codes: Array(100).fill('x') }).success, true);
  assert.equal(StatusBatchRequest.safeParse({ codes: Array(101).fill('x') }).success, false);
});

test('commitment codes are area code + date + serial', () => {
  assert.equal(CommitmentCode.safeParse('35020020261122000001').success, true);
  assert.equal(CommitmentCode.safeParse('3502002026112200001').success, false);
  assert.equal(CommitmentCode.safeParse('35020018261122000001').success, false);
});

const signing = {
  templateId: 'tpl-certification',
  committer: {
    kind: 'organisation',
    code: '91350200776049653A',
    name: '厦门某某科技有限公司',
    contactPhone: '13800138000',
  },
  signerName: '张三',
  agreedTextHash: 'a'.repeat(64),
  confirmations: { read: true, truthful: true },
};

test('signing requires both confirmations and a valid committer code', () => {
  assert.equal(CreateCommitmentRequest.safeParse(signing).success, true);
  assert.equal(
    CreateCommitmentRequest.safeParse({ ...signing, confirmations: { read: true, truthful: false } }).success,
    false,
  );
  const badCode = CreateCommitmentRequest.safeParse({
    ...signing,
    committer: { ...signing.committer, code: '91350200776049653B' },
  });
  assert.deepEqual(
    badCode.error?.issues.map((i) => i.path.join('.')),
    ['committer.code'],
  );
});

test('typed text is trimmed and bounded', () => {
  const parsed = CreateCommitmentRequest.parse({ ...signing, signerName: '  张三  ' });
  assert.equal(parsed.signerName, '张三');
  assert.equal(CreateCommitmentRequest.safeParse({ ...signing, signerName: '   ' }).success, false);
});

test('a commitment with its receipt round-trips', () => {
  roundTrip(Commitment, {
    code: '35020020261122000001',
    templateId: 'tpl-certification',
    templateVersion: 1,
    type: 'certification',
    matter: { code: 'M-001', name: '食品经营许可' },
    authority: '厦门市市场监督管理局',
    committer: {
      kind: 'organisation',
      code: '91350200776049653A',
      name: '厦门某某科技有限公司',
      legalRepresentative: null,
      contactPhone: '13800138000',
    },
    signerName: '张三',
    signedAt: '2026-11-22T03:00:00.000Z',
    validUntil: '2027-11-22',
    disclosure: 'public',
    state: 'signed',
    fulfilment: null,
    receipt: {
      jws: 'x.y.z',
      kid: 'k1',
      payload: {
        v: 1,
        code: '35020020261122000001',
        subjectCode: '91350200776049653A',
        templateId: 'tpl-certification',
        templateVersion: 1,
        textHash: 'a'.repeat(64),
        signer: '张三',
        signedAt: '2026-11-22T03:00:00.000Z',
        iss: 'credit-kit',
      },
    },
  });
});

test('declarations are checked against the fields of their category', () => {
  const base = { evidence: [], promiseTrue: true, authoriseSharing: true };
  assert.equal(
    CreateDeclarationRequest.safeParse({
      ...base,
      category: 'honour',
      details: { title: '守合同重信用企业', awardedBy: '市市场监管局', awardedAt: '2025-06-01', level: 'municipal' },
    }).success,
    true,
  );
  const wrong = CreateDeclarationRequest.safeParse({
    ...base,
    category: 'honour',
    details: { certificateName: 'x', certificateNumber: 'y', issuer: 'z', validFrom: '2025-01-01' },
  });
  assert.equal(wrong.success, false);
  assert.equal(
    CreateDeclarationRequest.safeParse({
      ...base,
      category: 'honour',
      details: { title: 't', awardedBy: 'a', awardedAt: '2025-06-01', level: 'municipal' },
      authoriseSharing: false,
    }).success,
    false,
  );
});

test('problem details carry field paths', () => {
  roundTrip(Problem, {
    type: 'https://credit-kit.dev/problems/validation_failed',
    title: 'Validation failed',
    status: 422,
    code: 'validation_failed',
    errors: [{ path: 'committer.code', code: 'check-character', message: '校验码错误' }],
  });
  assert.equal(Problem.safeParse({ type: 't', title: 't', status: 422, code: 'nope' }).success, false);
});

test('isPhone accepts exactly what the Phone schema accepts', () => {
  for (const phone of ['13800138000', '0851-86812345', '01012345678', '0571-8765432']) {
    assert.equal(isPhone(phone), true, phone);
    assert.equal(Phone.safeParse(phone).success, true, phone);
  }
  for (const phone of ['12800138000', '1380013800', '851-86812345', '0851-868123', '+8613800138000', '']) {
    assert.equal(isPhone(phone), false, phone);
    assert.equal(Phone.safeParse(phone).success, false, phone);
  }
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom(...'0123456789-'), maxLength: 14 }),
      (s) => isPhone(s) === Phone.safeParse(s).success,
    ),
  );
});
