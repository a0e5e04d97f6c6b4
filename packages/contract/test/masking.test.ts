import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeResidentId, makeUscc } from '../src/identifiers.js';
import { maskEmail, maskFreeText, maskName, maskPhone, maskResidentId, maskSubjectCode } from '../src/masking.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n });
const chineseName = fc.string({
  unit: fc.constantFrom(...'张王李赵欧阳司马诸葛娜明华伟芳'),
  minLength: 1,
  maxLength: 5,
});
const anyName = fc.oneof(chineseName, fc.string({ minLength: 0, maxLength: 20 }));
const residentId = fc
  .tuple(
    fc.constantFrom('110105', '330106', '440300'),
    fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2024, 0, 1)), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([areaCode, d, sequence]) => makeResidentId({ areaCode, birthDate: d.toISOString().slice(0, 10), sequence }));
const phone = fc.oneof(
  fc.tuple(fc.constantFrom('13', '15', '18', '19'), digits(9)).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom('', '+86 ', '86'), fc.constantFrom('13', '17'), digits(9), fc.constantFrom('', '-'))
    .map(([p, a, b, sep]) => p + a + b.slice(0, 1) + sep + b.slice(1, 5) + sep + b.slice(5)),
  fc
    .tuple(fc.constantFrom('010', '021', '0571', '0755'), fc.constantFrom('-', ' ', ''), digits(8))
    .map(([a, sep, n]) => a + sep + n),
  fc.string({ unit: fc.constantFrom(...'0123456789-+ ()'), maxLength: 16 }),
);
const idempotent = <T extends string>(mask: (s: string) => string, arb: fc.Arbitrary<T>) =>
  fc.assert(fc.property(arb, (s) => mask(mask(s)) === mask(s)));

describe('maskName', () => {
  it('keeps the surname only', () => {
    assert.equal(maskName('张三'), '张*');
    assert.equal(maskName('王小明'), '王**');
    assert.equal(maskName('欧阳娜娜'), '欧阳**');
    assert.equal(maskName('诸葛亮'), '诸葛*');
    assert.equal(maskName('欧阳'), '欧*');
    assert.equal(maskName('张'), '张');
    assert.equal(maskName('Alice Wang'), 'A*********');
    assert.equal(maskName(''), '');
  });

  it('is idempotent, length-preserving and reveals at most the first two characters', () => {
    idempotent(maskName, anyName);
    fc.assert(
      fc.property(anyName, (name) => {
        const original = [...name.trim()];
        const masked = [...maskName(name)];
        return (
          masked.length === original.length &&
          masked.every((c, i) => (i < 2 ? c === original[i] || c === '*' : c === '*'))
        );
      }),
    );
  });
});

describe('maskResidentId', () => {
  it('keeps the first six and the last four', () => {
    assert.equal(maskResidentId('11010519491231002X'), '110105********002X');
    assert.equal(maskResidentId('11010519491231002x'), '110105********002X');
    assert.equal(maskResidentId('12345'), '*****');
  });

  it('is idempotent, length-preserving and hides the birth date and sequence', () => {
    idempotent(maskResidentId, fc.oneof(residentId, fc.string({ maxLength: 20 })));
    fc.assert(
      fc.property(residentId, (id) => {
        const masked = maskResidentId(id);
        return (
          masked.length === 18 &&
          masked.slice(0, 6) === id.slice(0, 6) &&
          masked.slice(6, 14) === '********' &&
          masked.slice(14) === id.slice(14)
        );
      }),
    );
  });
});

describe('maskPhone', () => {
  it('masks mobile numbers and landlines the usual way', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('+86 138-1234-5678'), '+86 138-****-5678');
    assert.equal(maskPhone('8613812345678'), '86138****5678');
    assert.equal(maskPhone('0571-87654321'), '0571-******21');
    assert.equal(maskPhone('010-12345678'), '010-******78');
    assert.equal(maskPhone('02112345678'), '021******78');
    assert.equal(maskPhone('87654321'), '******21');
  });

  it('is idempotent, keeps separators in place and only ever replaces digits with *', () => {
    idempotent(maskPhone, phone);
    fc.assert(
      fc.property(phone, (p) => {
        const original = [...p.trim()];
        const masked = [...maskPhone(p)];
        return (
          masked.length === original.length &&
          masked.every((c, i) => c === original[i] || (c === '*' && /\d/.test(original[i]!)))
        );
      }),
    );
  });

  it('hides the middle four digits of every mobile number and all but area code and last two of landlines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('13', '15', '18'),
        digits(9),
        (a, b) => maskPhone(a + b) === a + b.charAt(0) + '****' + b.slice(5),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('010', '0571'),
        digits(8),
        (a, n) => maskPhone(`${a}-${n}`) === `${a}-******${n.slice(6)}`,
      ),
    );
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    assert.equal(maskEmail('zhangsan@example.com'), 'z*******@example.com');
    assert.equal(maskEmail('a@example.com'), '*@example.com');
    assert.equal(maskEmail('not-an-email'), 'n***********');
  });

  it('is idempotent', () => idempotent(maskEmail, fc.oneof(fc.emailAddress(), fc.string())));
});

describe('maskSubjectCode', () => {
  it('leaves unified social credit codes alone and masks everything else', () => {
    assert.equal(maskSubjectCode('91350503MA31DKY80A'), '91350503MA31DKY80A');
    assert.equal(maskSubjectCode('11010519491231002X'), '110105********002X');
    assert.equal(maskSubjectCode('110105194912310021'), '110105********0021');
  });

  it('is idempotent', () => {
    const uscc = fc
      .string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 8, maxLength: 8 })
      .map((organisationBody) => makeUscc({ organisationBody }));
    idempotent(maskSubjectCode, fc.oneof(uscc, residentId, fc.string({ maxLength: 20 })));
  });
});

it('free text: resident identity and mobile numbers masked, credit codes kept, idempotent', () => {
  const text = '当事人王某(11010519491231002X,旧证号110105491231002,电话+86 138-1234-5678)与91350200776049653A';
  const masked = maskFreeText(text);
  assert.equal(
    masked,
    '当事人王某(110105********002X,旧证号110105*****1002,电话+86 138-****-5678)与91350200776049653A',
  );
  assert.equal(maskFreeText(masked), masked);
  assert.equal(maskFreeText('罚款20000元,编号2026031500001'), '罚款20000元,编号2026031500001');
});
