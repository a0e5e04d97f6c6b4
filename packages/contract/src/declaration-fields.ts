// The fields of each self-declaration category with their limits, and the check of a declaration's
// details against them: plain data and functions without schemas, for the API and for browsers.

/** The six categories of self-declared information (资质证照 / 荣誉表彰 / 市场经营 / 合同履约 / 社会公益 / 诚信管理), in the order the policy documents list them. */
export const declarationCategories = [
  'qualification',
  'honour',
  'market-operation',
  'contract-performance',
  'public-welfare',
  'integrity-management',
] as const;
type Category = (typeof declarationCategories)[number];

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
} as const satisfies Record<Category, readonly DeclarationField[]>;

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
  category: Category,
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
