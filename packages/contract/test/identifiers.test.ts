import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  USCC_ALPHABET,
  USCC_STRICT_KINDS,
  makeResidentId,
  makeUscc,
  organisationCodeCheckCharacter,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateResidentId,
  validateSubjectCode,
  validateUscc,
} from '../src/identifiers.js';
import { identifierMessage } from '../src/identifier-messages.js';
import { describeUscc } from '../src/uscc-names.js';

const PUBLISHED_USCC = ['91350200776049653A', '91350503MA31DKY80A', '91230100128025258G'];
const PUBLISHED_ID = '11010519491231002X';
const TODAY = new Date(2025, 5, 15);

const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];
const KINDS: Record<string, string> = {
  1: '1239',
  2: '19',
  3: '123459',
  4: '19',
  5: '1239',
  6: '129',
  7: '129',
  8: '19',
  9: '123',
  A: '19',
  N: '1239',
  Y: '1',
};

const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const authorityAndKind = fc.constantFrom(
  ...Object.entries(KINDS).flatMap(([a, ks]) => [...ks].map((k) => [a, k] as const)),
);
const area = fc.tuple(fc.constantFrom(...PROVINCES), digits(4)).map(([p, rest]) => p + rest);
const validUscc = fc
  .tuple(authorityAndKind, area, fc.string({ unit: alphabetChar, minLength: 8, maxLength: 8 }))
  .map(([[authority, entityKind], areaCode, organisationBody]) =>
    makeUscc({ authority, entityKind, areaCode, organisationBody }),
  );

const birthDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validResidentId = fc
  .tuple(area, birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([areaCode, date, sequence]) => makeResidentId({ areaCode, birthDate: date, sequence }));

/** The first code built from 00000000, 00000001, … that satisfies `wanted`. */
function findCode(build: (body: string) => string, wanted: (code: string) => boolean): string {
  for (let n = 0; ; n++) {
    const code = build(String(n).padStart(8, '0'));
    if (wanted(code)) return code;
  }
}

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
const swapAt = (s: string, i: number) => s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);

describe('unified social credit code', () => {
  it('accepts the published examples, organisation-code check included', () => {
    for (const code of PUBLISHED_USCC) {
      const result = validateUscc(code);
      assert.equal(result.ok, true, code);
      assert.equal(organisationCodeCheckCharacter(code.slice(8, 16)), code[16]);
      assert.equal(usccCheckCharacter(code.slice(0, 17)), code[17]);
    }
    // MA31DKY8: 22·3 + 10·7 + 3·9 + 1·10 + 13·5 + 20·8 + 34·4 + 8·2 = 550 ≡ 0 (mod 11), so the check is '0'.
    assert.equal(organisationCodeCheckCharacter('MA31DKY8'), '0');
  });

  it('describes a valid code', () => {
    const result = validateUscc('91350503MA31DKY80A');
    assert.deepEqual(result, {
      ok: true,
      kind: 'uscc',
      code: '91350503MA31DKY80A',
      authority: '9',
      entityKind: '1',
      areaCode: '350503',
      organisationCode: 'MA31DKY80',
    });
    assert.ok(result.ok);
    assert.deepEqual(describeUscc(result), {
      ok: true,
      kind: 'uscc',
      code: '91350503MA31DKY80A',
      authority: { code: '9', zh: '工商', en: 'market regulation' },
      entityKind: { code: '1', zh: '企业', en: 'enterprise' },
      areaCode: '350503',
      organisationCode: 'MA31DKY80',
    });
  });

  it('names every authority and entity kind the validator accepts', () => {
    for (const authority of USCC_ALPHABET) {
      for (const kind of USCC_ALPHABET) {
        const first17 = authority + kind + '330100' + '00001312' + organisationCodeCheckCharacter('00001312');
        const result = validateUscc(first17 + usccCheckCharacter(first17));
        if (!result.ok) continue;
        const { authority: a, entityKind: k } = describeUscc(result);
        assert.ok(a.zh && a.en && k.zh && k.en, authority + kind);
        // A strictly checked authority names each of its kinds; only the rarer ones have unlisted kinds.
        if (USCC_STRICT_KINDS[authority]) assert.notEqual(k.en, 'unlisted kind', authority + kind);
      }
    }
  });

  it('upper-cases lowercase letters and returns the normalised code', () => {
    const result = validateUscc('91350503ma31dky80a');
    assert.equal(result.ok && result.code, '91350503MA31DKY80A');
  });

  it('accepts central-level registrations with area code 100000', () => {
    assert.equal(
      validateUscc(makeUscc({ authority: '1', entityKind: '1', areaCode: '100000', organisationBody: '00001312' })).ok,
      true,
    );
  });

  it('reports the first failing rule', () => {
    const cases: [string, string, number?, string?][] = [
      ['', 'empty'],
      ['91350200776049653', 'length'],
      ['91350200776049653AB', 'length'],
      ['91350200776I49653A', 'charset', 12],
      ['91350200776049653 ', 'charset', 18],
      ['B1350200776049653A', 'registration-authority', 1],
      ['94350200776049653A', 'entity-kind', 2],
      ['Y2350200776049653A', 'entity-kind', 2],
      ['91990200776049653A', 'area-code', 3],
      ['913502A0776049653A', 'area-code', 3],
      ['91350200776049654A', 'organisation-code', 17, '3'],
      ['91350200776049653B', 'check-character', 18, 'A'],
    ];
    for (const [code, reason, position, expected] of cases) {
      const result = validateUscc(code);
      assert.equal(result.ok, false, code);
      assert.equal(result.reason, reason, code);
      assert.equal(result.position, position, code);
      assert.equal(result.expected, expected, code);
    }
  });

  it('words its messages as a form would', () => {
    const wrongCheck = validateUscc('91350200776049653B');
    assert.equal(identifierMessage(wrongCheck, 'zh-CN'), '校验码错误,应为 A');
    assert.equal(identifierMessage(wrongCheck, 'en'), 'The check character is wrong; it should be A.');
    assert.equal(identifierMessage(validateUscc('9135020077604965'), 'zh-CN'), '统一社会信用代码应为18位');
    assert.equal(identifierMessage(validateUscc('913502007760I9653A'), 'zh-CN'), '第13位字符不合法');
    assert.equal(identifierMessage(validateUscc(PUBLISHED_USCC[0]!), 'zh-CN'), '');
  });

  it('accepts every code built with correct check characters', () => {
    fc.assert(fc.property(validUscc, (code) => validateUscc(code).ok));
  });

  it('rejects every single-character substitution', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), alphabetChar, (code, i, c) => {
        fc.pre(code[i] !== c);
        return !validateUscc(replaceAt(code, i, c)).ok;
      }),
      { numRuns: 1000 },
    );
  });

  // Weights 3^(i-1) mod 31 are distinct for i = 1..17 and the check character counts with weight 1,
  // so swapping neighbours changes the sum by (a-b)(w_i - w_{i+1}) ≠ 0 mod 31 (31 is prime).
  it('rejects every transposition of adjacent distinct characters, the check character included', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 16 }), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = swapAt(code, i);
        const result = validateUscc(swapped);
        // Not just some earlier rule: the check character alone catches it.
        return !result.ok && usccCheckCharacter(swapped.slice(0, 17)) !== swapped[17];
      }),
      { numRuns: 1000 },
    );
  });

  // The check character's own weight is 1 = 3^0, the weight of position 1, so swapping positions 1 and
  // 18 leaves the sum unchanged: when both characters are valid in their new places, nothing catches it.
  it('does not catch swapping positions 1 and 18 (a documented limit of GB 32100)', () => {
    fc.assert(fc.property(validUscc, (c) => usccCheckCharacter(c.charAt(17) + c.slice(1, 17)) === c.charAt(0)));
    const code = findCode(
      (body) => makeUscc({ organisationBody: body }),
      (c) => c.endsWith('Y'),
    );
    assert.equal(validateUscc('Y' + code.slice(1, 17) + '9').ok, true);
  });

  it('has helpers that refuse malformed input', () => {
    assert.throws(() => usccCheckCharacter('9135020077604965'), RangeError);
    assert.throws(() => usccCheckCharacter('91350200776049O53'), RangeError);
    assert.throws(() => organisationCodeCheckCharacter('7760496'), RangeError);
    assert.throws(() => makeUscc({ areaCode: '990000', organisationBody: '77604965' }), RangeError);
  });
});

describe('resident identity number', () => {
  it('accepts the published example, with a lowercase x too', () => {
    const expected = {
      ok: true,
      kind: 'resident-id',
      id: PUBLISHED_ID,
      areaCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    };
    assert.deepEqual(validateResidentId(PUBLISHED_ID), expected);
    assert.deepEqual(validateResidentId(PUBLISHED_ID.toLowerCase()), expected);
    assert.equal(residentIdCheckCharacter(PUBLISHED_ID.slice(0, 17)), 'X');
  });

  it('reads the sex from the 17th digit', () => {
    const male = validateResidentId(makeResidentId({ birthDate: '1990-01-01', sequence: 123 }));
    const female = validateResidentId(makeResidentId({ birthDate: '1990-01-01', sequence: 124 }));
    assert.equal(male.ok && male.sex, 'male');
    assert.equal(female.ok && female.sex, 'female');
  });

  it('reports the first failing rule', () => {
    const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
    const cases: [string, string, number?, string?][] = [
      ['', 'empty'],
      ['11010519491231002', 'length'],
      ['1101051949123100X2', 'charset', 17],
      ['11010519491231002Y', 'charset', 18],
      [withCheck('99010519491231002'), 'area-code', 1],
      [withCheck('11010519490230002'), 'birth-date', 7],
      [withCheck('11010519000229002'), 'birth-date', 7], // 1900 was not a leap year
      [withCheck('11010518991231002'), 'birth-date', 7],
      [withCheck('11010520250616002'), 'birth-date', 7], // the day after TODAY
      ['110105194912310021', 'check-character', 18, 'X'],
    ];
    for (const [id, reason, position, expected] of cases) {
      const result = validateResidentId(id, TODAY);
      assert.equal(result.ok, false, id);
      assert.equal(result.reason, reason, id);
      assert.equal(result.position, position, id);
      assert.equal(result.expected, expected, id);
    }
    assert.equal(validateResidentId(withCheck('11010520000229002'), TODAY).ok, true); // 2000 was
    assert.equal(validateResidentId(withCheck('11010520250615002'), TODAY).ok, true); // born today
    assert.equal(identifierMessage(validateResidentId('110105194912310021'), 'zh-CN'), '校验码错误,应为 X');
  });

  it('accepts every number built with a correct check digit', () => {
    fc.assert(fc.property(validResidentId, (id) => validateResidentId(id).ok));
  });

  it('rejects every single-character substitution', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), (id, i, c) => {
        fc.pre(id[i] !== c);
        return !validateResidentId(replaceAt(id, i, c)).ok;
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every transposition of adjacent distinct characters', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 16 }), (id, i) => {
        fc.pre(id[i] !== id[i + 1]);
        return !validateResidentId(swapAt(id, i)).ok;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('subject code', () => {
  it('routes the published examples', () => {
    for (const code of PUBLISHED_USCC) assert.equal(validateSubjectCode(code).kind, 'uscc');
    const person = validateSubjectCode(PUBLISHED_ID.toLowerCase());
    assert.equal(person.ok && person.kind, 'resident-id');
  });

  it('reads a number that validates as both as a resident identity number', () => {
    // 51 reads as authority 5 (民政), kind 1 (社会团体); 13 as a province: about 1 in 341 such numbers collide.
    const both = findCode(
      (n) =>
        makeResidentId({
          areaCode: '511302',
          birthDate: `1980-01-${String((Number(n) % 28) + 1).padStart(2, '0')}`,
          sequence: Math.floor(Number(n) / 28),
        }),
      (id) => validateUscc(id).ok,
    );
    assert.equal(validateSubjectCode(both).kind, 'resident-id');
  });

  it('explains failures in terms of the likelier identifier', () => {
    const empty = validateSubjectCode('');
    assert.equal(identifierMessage(empty, 'zh-CN'), '请输入统一社会信用代码或身份证号码');
    assert.equal(
      identifierMessage(validateSubjectCode('9135020077604965'), 'zh-CN'),
      '统一社会信用代码或身份证号码应为18位',
    );
    const typoUscc = validateSubjectCode('91350200776049653B');
    assert.equal(!typoUscc.ok && typoUscc.kind + ':' + typoUscc.reason, 'uscc:check-character');
    const typoId = validateSubjectCode('110105194912310021');
    assert.equal(!typoId.ok && typoId.kind + ':' + typoId.reason, 'resident-id:check-character');
    // All digits, so resident-shaped, but it reads as a USCC up to its check character.
    const digitsUscc = findCode(
      (body) => makeUscc({ organisationBody: body }),
      (c) => /^\d+$/.test(c),
    );
    const typo = digitsUscc.slice(0, 17) + (digitsUscc[17] === '0' ? '1' : '0');
    const result = validateSubjectCode(typo);
    assert.equal(!result.ok && result.kind + ':' + result.reason, 'uscc:check-character');
  });

  it('accepts exactly what one of the validators accepts, preferring the resident reading', () => {
    const anything = fc.string({ unit: fc.constantFrom(...'0123456789XY'), minLength: 18, maxLength: 18 });
    fc.assert(
      fc.property(fc.oneof(validUscc, validResidentId, anything), (code) => {
        const result = validateSubjectCode(code);
        const asId = validateResidentId(code).ok;
        return result.ok === (asId || validateUscc(code).ok) && (!asId || result.kind === 'resident-id');
      }),
    );
  });
});
