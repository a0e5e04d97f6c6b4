/**
 * Identifier validation for credit subjects: the unified social credit code (统一社会信用代码,
 * GB 32100-2015) of organisations and the resident identity number (公民身份号码, GB 11643-1999) of
 * natural persons. Pure and dependency-free: it ships in the widgets' browser bundles. A failure is
 * a reason code (with the position and expected character); its wording in both UI languages is
 * `identifierMessage` (identifier-messages.ts), which a page needs only once a code is invalid.
 */

export interface Message {
  zh: string;
  en: string;
}
/** A coded value with its Chinese and English names. */
export interface Label extends Message {
  code: string;
}

export type UsccFailureReason =
  | 'empty'
  | 'length'
  | 'charset'
  | 'registration-authority'
  | 'entity-kind'
  | 'area-code'
  | 'organisation-code'
  | 'check-character';
export type ResidentIdFailureReason = 'empty' | 'length' | 'charset' | 'area-code' | 'birth-date' | 'check-character';

interface FailureOf<K extends string, R extends string> {
  ok: false;
  kind: K;
  reason: R;
  /**
   * Set by `validateSubjectCode` on empty and wrong-length input, which may have been either
   * identifier: its message (`identifierMessage`) names both.
   */
  either?: true;
  /** 1-based position of the offending character (or the first character of the offending field). */
  position?: number;
  /** The character that would make the failing check pass. */
  expected?: string;
}
export type UsccFailure = FailureOf<'uscc', UsccFailureReason>;
export type ResidentIdFailure = FailureOf<'resident-id', ResidentIdFailureReason>;
export type IdentifierFailure = UsccFailure | ResidentIdFailure;

export interface UsccOk {
  ok: true;
  kind: 'uscc';
  /** The code with lowercase ASCII letters upper-cased. */
  code: string;
  /** Position 1: the GB 32100 registration authority (`9` market regulation, …); `describeUscc` names it. */
  authority: string;
  /** Position 2: the entity kind within that authority (`1` after `9`: an enterprise); `describeUscc` names it. */
  entityKind: string;
  /** Positions 3–8: the registering authority's GB/T 2260 area code. */
  areaCode: string;
  /** Positions 9–17: the GB 11714 organisation code, including its own check character. */
  organisationCode: string;
}
export interface ResidentIdOk {
  ok: true;
  kind: 'resident-id';
  /** The number with a lowercase `x` upper-cased. */
  id: string;
  areaCode: string;
  birthDate: string;
  sex: 'male' | 'female';
}
export type UsccResult = UsccOk | UsccFailure;
export type ResidentIdResult = ResidentIdOk | ResidentIdFailure;
export type SubjectCodeResult = UsccResult | ResidentIdResult;

/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. A character's value is its index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Weights 3^(i-1) mod 31 for i = 1..17 (GB/T 17710 as applied by GB 32100).
const USCC_WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

// GB/T 2260 province-level prefixes (Taiwan 71, Hong Kong 81, Macao 82).
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;
// Residence permits of Taiwan residents use 83 in the same GB 11643 format.
const ID_PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;

/** GB 32100 registration authorities (position 1). */
const USCC_AUTHORITIES = '123456789ANY';
/**
 * Entity kinds (position 2) of the four authorities that issue nearly all codes, checked strictly; the
 * rarer authorities accept any kind 1–9, so a later amendment of the standard never locks a real
 * subject out. Their names are in `describeUscc` (uscc-names.ts), which a validator in a browser
 * bundle does not carry.
 */
export const USCC_STRICT_KINDS: Readonly<Record<string, string>> = { 1: '1239', 5: '1239', 9: '123', Y: '1' };

function usccFail(reason: UsccFailureReason, position?: number, expected?: string): UsccFailure {
  const f: UsccFailure = { ok: false, kind: 'uscc', reason };
  if (position !== undefined) f.position = position;
  if (expected !== undefined) f.expected = expected;
  return f;
}

function idFail(reason: ResidentIdFailureReason, position?: number, expected?: string): ResidentIdFailure {
  const f: ResidentIdFailure = { ok: false, kind: 'resident-id', reason };
  if (position !== undefined) f.position = position;
  if (expected !== undefined) f.expected = expected;
  return f;
}

/**
 * The one case normalisation of codes (subject codes, commitment codes): upper-case ASCII only, because
 * String#toUpperCase can change the length ('ß' → 'SS') and shift positions. Every route's schemas apply it.
 */
export const upperAscii = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());

/** Check character (position 18) of a unified social credit code from its first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17))
    throw new RangeError('expected 17 characters of the GB 32100 alphabet');
  let sum = 0;
  for (const [i, weight] of USCC_WEIGHTS.entries()) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * weight;
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check character (the 9th) of an organisation code from its first 8 characters. */
export function organisationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError('expected 8 digits or capital letters');
  let sum = 0;
  // parseInt base 36 gives 0–9 for digits and 10–35 for A–Z, exactly GB 11714's values.
  for (const [i, weight] of ORG_WEIGHTS.entries()) sum += parseInt(first8.charAt(i), 36) * weight;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** ISO 7064 MOD 11-2 check character of a resident identity number from its first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (const [i, weight] of ID_WEIGHTS.entries()) sum += Number(first17.charAt(i)) * weight;
  return '10X98765432'.charAt(sum % 11);
}

/**
 * Validates a unified social credit code. Lowercase ASCII letters are upper-cased first (the result's
 * `code` is the normalised form); nothing is trimmed. Returns the first failing rule, in the order of
 * `UsccFailureReason`.
 */
export function validateUscc(input: string): UsccResult {
  const code = upperAscii(input);
  // By code point, so a character outside the alphabet counts once wherever it comes from.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- the alphabet is ASCII: a code point is a character
  const chars = [...code];
  if (chars.length === 0) return usccFail('empty');
  if (chars.length !== 18) return usccFail('length');
  const bad = chars.findIndex((c) => !USCC_ALPHABET.includes(c));
  if (bad >= 0) return usccFail('charset', bad + 1);

  const a = code.charAt(0);
  const k = code.charAt(1);
  if (!USCC_AUTHORITIES.includes(a)) return usccFail('registration-authority', 1);
  if (!(USCC_STRICT_KINDS[a] ?? '123456789').includes(k)) return usccFail('entity-kind', 2);

  const areaCode = code.slice(2, 8);
  // Central-level registrations use 100000 (the whole country), which has no province prefix.
  if (!/^\d{6}$/.test(areaCode) || !(PROVINCE.test(areaCode) || areaCode === '100000')) return usccFail('area-code', 3);

  const organisationCode = code.slice(8, 17);
  const orgCheck = organisationCodeCheckCharacter(organisationCode.slice(0, 8));
  if (organisationCode[8] !== orgCheck) return usccFail('organisation-code', 17, orgCheck);

  const check = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== check) return usccFail('check-character', 18, check);

  return {
    ok: true,
    kind: 'uscc',
    code,
    authority: a,
    entityKind: k,
    areaCode,
    organisationCode,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Validates an 18-digit resident identity number (a lowercase `x` is accepted and upper-cased).
 * The birth date must exist, be in 1900 or later and not after `today` (local calendar date).
 */
export function validateResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const id = input.replace(/x$/, 'X');
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- the digits and X are ASCII: a code point is a character
  const chars = [...id];
  if (chars.length === 0) return idFail('empty');
  if (chars.length !== 18) return idFail('length');
  const bad = chars.findIndex((c, i) => !(c >= '0' && c <= '9') && !(i === 17 && c === 'X'));
  if (bad >= 0) return idFail('charset', bad + 1);
  if (!ID_PROVINCE.test(id)) return idFail('area-code', 1);

  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const exists = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (!exists || y < 1900 || y * 10000 + m * 100 + d > todayKey) return idFail('birth-date', 7);

  const check = residentIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== check) return idFail('check-character', 18, check);

  return {
    ok: true,
    kind: 'resident-id',
    id,
    areaCode: id.slice(0, 6),
    birthDate: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

const RESIDENT_SHAPE = /^\d{17}[\dXx]$/;

/**
 * Validates the code a credit subject is filed under: a resident identity number or a unified social
 * credit code.
 *
 * Routing: a code shaped like a resident identity number (17 digits, then a digit or X) that validates
 * as one is a resident identity number, even if it also happens to validate as a USCC. Such collisions
 * are real (roughly 1 in 341 of the numbers whose characters 1–4 also read as a valid authority, kind
 * and province), and reading a person's number as an organisation's would leave it unmasked. Anything
 * else that validates as a USCC is one. When neither validates, the failure reported is the USCC's if
 * the code is not resident-shaped, or if the resident reading fails early (area or birth date) while
 * the USCC reading gets as far as its own check characters; otherwise the resident identity number's.
 * Empty and wrong-length input get wording that names both identifiers.
 */
export function validateSubjectCode(input: string, today: Date = new Date()): SubjectCodeResult {
  const asId = RESIDENT_SHAPE.test(input) ? validateResidentId(input, today) : undefined;
  if (asId?.ok) return asId;
  const asUscc = validateUscc(input);
  if (asUscc.ok || !asId) return generic(asUscc);
  const usccGotFar = asUscc.reason === 'organisation-code' || asUscc.reason === 'check-character';
  const idFailedEarly = asId.reason === 'area-code' || asId.reason === 'birth-date';
  return usccGotFar && idFailedEarly ? asUscc : asId;
}

function generic(result: UsccResult): UsccResult {
  return result.ok || (result.reason !== 'empty' && result.reason !== 'length') ? result : { ...result, either: true };
}

export interface UsccParts {
  /** Registration authority, position 1. Default '9' (market regulation). */
  authority?: string;
  /** Entity kind, position 2. Default '1' (enterprise). */
  entityKind?: string;
  /** GB/T 2260 area code, positions 3–8. Default '330100' (Hangzhou). */
  areaCode?: string;
  /** First 8 characters of the organisation code; its check character is computed. */
  organisationBody: string;
}

/** Builds a valid unified social credit code (for seed and demo data); throws if the parts cannot make one. */
export function makeUscc({
  authority = '9',
  entityKind = '1',
  areaCode = '330100',
  organisationBody,
}: UsccParts): string {
  const first17 =
    authority + entityKind + areaCode + organisationBody + organisationCodeCheckCharacter(organisationBody);
  const code = first17 + usccCheckCharacter(first17);
  const result = validateUscc(code);
  if (!result.ok) throw new RangeError(`cannot build a unified social credit code: ${result.reason}`);
  return code;
}

export interface ResidentIdParts {
  /** Six-digit area code. Default '330106'. */
  areaCode?: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Three-digit sequence; odd for men, even for women. Default 1. */
  sequence?: number;
}

/** Builds a valid resident identity number (for seed and demo data); throws if the parts cannot make one. */
export function makeResidentId({ areaCode = '330106', birthDate, sequence = 1 }: ResidentIdParts): string {
  const first17 = areaCode + birthDate.replaceAll('-', '') + pad(sequence, 3);
  const id = /^\d{17}$/.test(first17) ? first17 + residentIdCheckCharacter(first17) : first17;
  const result = validateResidentId(id);
  if (!result.ok) throw new RangeError(`cannot build a resident identity number: ${result.reason}`);
  return id;
}
