import * as z from 'zod/mini';
import { DateOnly, Id, Timestamp, text } from './common.js';
import { EvidenceFile, FileIds } from './files.js';

/** 资质证照 / 荣誉表彰 / 市场经营 / 合同履约 / 社会公益 / 诚信管理. */
export const DeclarationCategory = z.enum([
  'qualification',
  'honour',
  'market-operation',
  'contract-performance',
  'public-welfare',
  'integrity-management',
]);
export type DeclarationCategory = z.infer<typeof DeclarationCategory>;

/** The six categories in the order the policy documents list them. */
export const declarationCategories = DeclarationCategory.options;

/** Levels of an honour (荣誉表彰的级别). */
export const honourLevels = ['national', 'provincial', 'municipal', 'county'] as const;

/**
 * One field a category asks for, with its limits. This table is the one place the limits live: the
 * API's schemas are built from it, and forms read it to show the same fields with the same limits.
 */
export type DeclarationField =
  | { name: string; kind: 'text' | 'long-text'; required: boolean; max: number }
  | {
      name: string;
      kind: 'date';
      required: boolean;
      /** A date that cannot lie in the future (an award, a performance, an activity). */
      notFuture?: boolean;
      /** The name of a date field this one must come after (a validity end after its start). */
      after?: string;
    }
  | {
      name: string;
      kind: 'number' | 'money' | 'year';
      required: boolean;
      min: number;
      max: number;
      integer?: boolean;
      /** A year that cannot lie in the future. */
      notFuture?: boolean;
    }
  | { name: string; kind: 'choice'; required: boolean; options: readonly string[] };

const MONEY_MAX = 1e13;

/** The fields of each category, in the order a form shows them. */
export const declarationFields = {
  qualification: [
    { name: 'certificateName', kind: 'text', required: true, max: 100 },
    { name: 'certificateNumber', kind: 'text', required: true, max: 100 },
    { name: 'issuer', kind: 'text', required: true, max: 100 },
    { name: 'validFrom', kind: 'date', required: true },
    { name: 'validUntil', kind: 'date', required: false, after: 'validFrom' },
  ],
  honour: [
    { name: 'title', kind: 'text', required: true, max: 200 },
    { name: 'awardedBy', kind: 'text', required: true, max: 100 },
    { name: 'awardedAt', kind: 'date', required: true, notFuture: true },
    { name: 'level', kind: 'choice', required: true, options: honourLevels },
  ],
  'market-operation': [
    { name: 'year', kind: 'year', required: true, min: 1990, max: 2100, integer: true, notFuture: true },
    { name: 'revenue', kind: 'money', required: false, min: 0, max: MONEY_MAX },
    { name: 'taxPaid', kind: 'money', required: false, min: 0, max: MONEY_MAX },
    { name: 'employees', kind: 'number', required: false, min: 0, max: 10_000_000, integer: true },
    { name: 'description', kind: 'long-text', required: true, max: 2000 },
  ],
  'contract-performance': [
    { name: 'counterparty', kind: 'text', required: true, max: 200 },
    { name: 'contractName', kind: 'text', required: true, max: 200 },
    { name: 'amount', kind: 'money', required: false, min: 0, max: MONEY_MAX },
    { name: 'performedAt', kind: 'date', required: true, notFuture: true },
    { name: 'description', kind: 'long-text', required: true, max: 2000 },
  ],
  'public-welfare': [
    { name: 'activity', kind: 'text', required: true, max: 200 },
    { name: 'organiser', kind: 'text', required: true, max: 200 },
    { name: 'date', kind: 'date', required: true, notFuture: true },
    { name: 'hours', kind: 'number', required: false, min: 0, max: 10000 },
    { name: 'donationAmount', kind: 'money', required: false, min: 0, max: MONEY_MAX },
  ],
  'integrity-management': [
    { name: 'practice', kind: 'text', required: true, max: 200 },
    { name: 'description', kind: 'long-text', required: true, max: 2000 },
    { name: 'certifiedBy', kind: 'text', required: false, max: 200 },
  ],
} as const satisfies Record<DeclarationCategory, readonly DeclarationField[]>;

type Specs = typeof declarationFields;
type ValueOf<F> = F extends { kind: 'choice'; options: readonly (infer O)[] }
  ? O
  : F extends { kind: 'number' | 'money' | 'year' }
    ? number
    : string;
type Required<L extends readonly DeclarationField[]> = Extract<L[number], { required: true }>;
type Optional<L extends readonly DeclarationField[]> = Extract<L[number], { required: false }>;
/** The details object a category's fields make. */
export type DeclarationDetails<C extends DeclarationCategory> = {
  [F in Required<Specs[C]> as F['name']]: ValueOf<F>;
} & { [F in Optional<Specs[C]> as F['name']]?: ValueOf<F> };

function fieldSchema(f: DeclarationField): z.ZodMiniType {
  switch (f.kind) {
    case 'text':
    case 'long-text':
      return text(f.max);
    case 'date':
      return DateOnly;
    case 'choice':
      return z.enum(f.options as [string, ...string[]]);
    default: {
      const n = z.number().check(z.minimum(f.min), z.maximum(f.max));
      return f.integer ? n.check(z.int()) : n;
    }
  }
}

/** A category's details as a zod schema, built from its fields (dates in the future are checked by `declarationProblems`). */
function detailsSchema<C extends DeclarationCategory>(category: C): z.ZodMiniType<DeclarationDetails<C>> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of declarationFields[category] as readonly DeclarationField[])
    shape[f.name] = f.required ? fieldSchema(f) : z.optional(fieldSchema(f));
  return z.object(shape) as unknown as z.ZodMiniType<DeclarationDetails<C>>;
}

/** The details schema of each category. */
export const declarationDetails = {
  qualification: detailsSchema('qualification'),
  honour: detailsSchema('honour'),
  'market-operation': detailsSchema('market-operation'),
  'contract-performance': detailsSchema('contract-performance'),
  'public-welfare': detailsSchema('public-welfare'),
  'integrity-management': detailsSchema('integrity-management'),
};

/** Why a field's value is refused; forms word each code in their language. */
export type DeclarationProblemCode =
  | 'required'
  | 'too-long'
  | 'not-a-number'
  | 'not-whole'
  | 'too-small'
  | 'too-large'
  | 'invalid-date'
  | 'in-future'
  | 'not-after'
  | 'invalid-choice';

export interface DeclarationProblem {
  field: string;
  code: DeclarationProblemCode;
  /** The limit broken: the maximum length or value, the minimum value, the field a date must follow. */
  limit?: number | string;
}

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * Every problem with a category's details, field by field: the schema's limits and the rules of dates
 * a schema cannot know (not in the future as of `today`, YYYY-MM-DD; a validity end after its start).
 * Empty strings count as missing. Forms call it as the user types; the API calls it on every submit.
 */
export function declarationProblems(
  category: DeclarationCategory,
  details: Readonly<Record<string, unknown>>,
  today: string,
): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const fields = declarationFields[category] as readonly DeclarationField[];
  for (const f of fields) {
    const raw = details[f.name];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    const problem = (code: DeclarationProblemCode, limit?: number | string) =>
      problems.push({ field: f.name, code, ...(limit !== undefined ? { limit } : {}) });
    if (value === undefined || value === null || value === '') {
      if (f.required) problem('required');
      continue;
    }
    switch (f.kind) {
      case 'text':
      case 'long-text':
        if (typeof value !== 'string') problem('required');
        else if (value.length > f.max) problem('too-long', f.max);
        break;
      case 'choice':
        if (!f.options.includes(value as string)) problem('invalid-choice');
        break;
      case 'date': {
        if (typeof value !== 'string' || !isDate(value)) problem('invalid-date');
        else if (f.notFuture && value > today) problem('in-future');
        else if (f.after) {
          const start = details[f.after];
          if (typeof start === 'string' && isDate(start) && value <= start) problem('not-after', f.after);
        }
        break;
      }
      default: {
        if (typeof value !== 'number' || !Number.isFinite(value)) problem('not-a-number');
        else if (f.integer && !Number.isInteger(value)) problem('not-whole');
        else if (value < f.min) problem('too-small', f.min);
        else if (f.notFuture && value > Number(today.slice(0, 4))) problem('in-future');
        else if (value > f.max) problem('too-large', f.max);
      }
    }
  }
  return problems;
}

const common = {
  evidence: FileIds,
  promiseTrue: z.literal(true),
  authoriseSharing: z.literal(true),
};

export const CreateDeclarationRequest = z.discriminatedUnion('category', [
  z.object({ category: z.literal('qualification'), details: declarationDetails.qualification, ...common }),
  z.object({ category: z.literal('honour'), details: declarationDetails.honour, ...common }),
  z.object({ category: z.literal('market-operation'), details: declarationDetails['market-operation'], ...common }),
  z.object({
    category: z.literal('contract-performance'),
    details: declarationDetails['contract-performance'],
    ...common,
  }),
  z.object({ category: z.literal('public-welfare'), details: declarationDetails['public-welfare'], ...common }),
  z.object({
    category: z.literal('integrity-management'),
    details: declarationDetails['integrity-management'],
    ...common,
  }),
]);
export type CreateDeclarationRequest = z.infer<typeof CreateDeclarationRequest>;

export const ReviewDecision = z.object({
  decision: z.string(),
  reason: z.string(),
  reviewedAt: Timestamp,
  reviewer: z.string(),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** pending → verified / rejected; only verified declarations count in grades and reports. */
export const DeclarationState = z.enum(['pending', 'verified', 'rejected']);

export const Declaration = z.object({
  id: Id,
  subjectCode: z.string(),
  category: DeclarationCategory,
  details: z.record(z.string(), z.unknown()),
  evidence: z.array(EvidenceFile),
  state: DeclarationState,
  submittedAt: Timestamp,
  dueBy: DateOnly,
  review: z.nullable(ReviewDecision),
});
export type Declaration = z.infer<typeof Declaration>;

export const ReviewDeclarationRequest = z.object({
  decision: z.enum(['verified', 'rejected']),
  reason: text(2000),
});
export type ReviewDeclarationRequest = z.infer<typeof ReviewDeclarationRequest>;

export const SubjectListQuery = z.object({
  subject: z.optional(z.string().check(z.maxLength(32))),
  state: z.optional(z.string().check(z.maxLength(32))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type SubjectListQuery = z.infer<typeof SubjectListQuery>;
