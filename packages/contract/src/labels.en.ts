import type { Grade, ListKind } from './subjects.js';

/** Each grade in words, in English. */
export const gradeNamesEn: Record<Grade, string> = {
  A: 'Grade A · Trustworthy',
  B: 'Grade B · Normal',
  C: 'Grade C · Attention',
  D: 'Grade D · Poor',
};

/** The credit lists, in English. */
export const listNamesEn: Record<ListKind, string> = {
  red: 'Red list (trustworthy)',
  'key-attention': 'Key-attention list',
  black: 'Joint-sanction blacklist',
};
