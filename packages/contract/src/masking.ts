/**
 * Masking of personal data for public display (personal privacy is protected: names, identity numbers
 * and phone numbers are masked before the public sees them). Pure; every function is idempotent, so
 * masking an already masked value returns it unchanged.
 */
import { validateResidentId, validateUscc } from './identifiers.js';

const MASK = '*';
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
];

const stars = (n: number) => MASK.repeat(Math.max(0, n));

/**
 * Keeps the surname and replaces every other character with `*`: 张三 → 张*, 欧阳娜娜 → 欧阳**.
 * A compound surname is kept only when a given name follows it (欧阳 alone → 欧*). Latin names keep
 * their first letter: Alice Wang → A*********.
 */
export function maskName(name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- by code point: a Han character is one (Intl.Segmenter is missing from older browsers)
  const chars = [...name.trim()];
  const keep = chars.length > 2 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, keep).join('') + stars(chars.length - keep);
}

/**
 * Keeps the first 6 (area) and last 4 characters and masks the rest, preserving the length:
 * 11010519491231002X → 110105********002X. Anything too short to keep both ends is masked entirely.
 */
export function maskResidentId(id: string): string {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- digits and X: a code point is a character
  const chars = [...id.trim().replace(/x$/, 'X')];
  if (chars.length < 11) return stars(chars.length);
  return chars.slice(0, 6).join('') + stars(chars.length - 10) + chars.slice(-4).join('');
}

/**
 * Mobile numbers keep the first 3 and last 4 digits (138****5678, with an optional +86 prefix kept);
 * landlines keep the area code and the last 2 digits (0571-******21); anything else keeps the last 2.
 * Separators and their places are preserved.
 */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  // Slots are digits or masks, so a masked number classifies exactly as the original did.
  const slots = text.replace(/[^\d*]/g, '');
  const prefix = slots.length === 13 && slots.startsWith('861') ? 2 : 0;
  const local = slots.slice(prefix);
  let from: number;
  let to: number;
  if (local.length === 11 && local[0] === '1') [from, to] = [3, 7];
  else if (local[0] === '0' && local.length > 5)
    [from, to] = [local[1] === '1' || local[1] === '2' ? 3 : 4, local.length - 2];
  else [from, to] = [0, local.length - 2];
  let slot = -1;
  return text.replace(/[\d*]/g, (c) => {
    slot++;
    const i = slot - prefix;
    return i >= from && i < to ? MASK : c;
  });
}

/** Keeps the first character of the local part and the whole domain: zhangsan@example.com → z*******@example.com. */
export function maskEmail(email: string): string {
  const text = email.trim();
  const at = text.lastIndexOf('@');
  if (at < 0) return maskName(text);
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- by code point, as names are (maskName)
  const local = [...text.slice(0, at)];
  // A one-character local part would be revealed whole, so it is masked.
  const masked = local.length <= 1 ? stars(local.length) : `${local.slice(0, 1).join('')}${stars(local.length - 1)}`;
  return masked + text.slice(at);
}

/**
 * Unified social credit codes are public in China and are returned untouched; anything else, including
 * a code that validates as both (it is read as a person's number), is masked as a resident identity
 * number, so an unrecognised input never leaks.
 */
export function maskSubjectCode(code: string): string {
  if (!validateResidentId(code).ok && validateUscc(code).ok) return code;
  return maskResidentId(code);
}

// 18 characters that may be a resident identity number (or a USCC, which is public), 15-digit
// first-generation numbers, and mobile numbers (with an optional +86 and separators).
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![\d*])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d*])/g;

/**
 * Free text (a record's title, a list's reason) as the public may read it: resident identity numbers
 * and mobile numbers inside it masked, unified social credit codes (public by law) left as they are.
 * Idempotent, like every masking function.
 */
export function maskFreeText(text: string): string {
  return text
    .replace(ID_IN_TEXT, (m) => (m.length === 18 ? maskSubjectCode(m) : maskResidentId(m)))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m));
}
