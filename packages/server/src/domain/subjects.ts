import { validateSubjectCode, type CommitterKind, type SubjectKind } from '@credit-kit/contract';
import type { Queryable } from '../db/db.js';

// GB 32100 entity kinds (position 1 authority + position 2 kind) that are not enterprises.
const ORGANISATION_KINDS: Record<string, SubjectKind> = {
  '11': 'government-agency',
  '12': 'public-institution',
  '13': 'social-organisation',
  '51': 'social-organisation',
  '52': 'social-organisation',
  '53': 'social-organisation',
  '92': 'individual-business',
};

/** The kind of subject an identifier names; undefined when the code is not valid. */
export function subjectKindOf(code: string): SubjectKind | undefined {
  const result = validateSubjectCode(code);
  if (!result.ok) return undefined;
  if (result.kind === 'resident-id') return 'natural-person';
  return ORGANISATION_KINDS[code.slice(0, 2)] ?? 'enterprise';
}

export function committerKindOf(kind: SubjectKind): CommitterKind {
  return kind === 'natural-person' || kind === 'individual-business' ? kind : 'organisation';
}

/** 6-digit area code a commitment code starts with: USCC positions 3–8, a resident number's first 6. */
export function areaCodeOf(code: string, kind = subjectKindOf(code)): string {
  return kind === 'natural-person' ? code.slice(0, 6) : code.slice(2, 8);
}

/** Files a subject under its identifier the first time it is seen. */
export async function ensureSubject(q: Queryable, code: string, name: string): Promise<SubjectKind> {
  const kind = subjectKindOf(code);
  if (!kind) throw new RangeError(`not a valid subject code: ${code}`);
  await q.query('insert into subjects (code, kind, name) values ($1, $2, $3) on conflict (code) do nothing', [
    code,
    kind,
    name,
  ]);
  return kind;
}

export async function subjectExists(q: Queryable, code: string): Promise<boolean> {
  return (await q.query('select 1 from subjects where code = $1', [code])).rows.length > 0;
}
