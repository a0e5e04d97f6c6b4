import * as z from 'zod/mini';
import { CodeText, DateOnly, Id, Timestamp, text } from './common.js';
import { EvidenceFile, FileIds } from './files.js';
import { declarationCategories, declarationFields, type DeclarationField } from './declaration-fields.js';

/** 资质证照 / 荣誉表彰 / 市场经营 / 合同履约 / 社会公益 / 诚信管理. */
export const DeclarationCategory = z.enum(declarationCategories);
export type DeclarationCategory = z.infer<typeof DeclarationCategory>;

export * from './declaration-fields.js';

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
  subject: z.optional(CodeText()),
  state: z.optional(z.string().check(z.maxLength(32))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type SubjectListQuery = z.infer<typeof SubjectListQuery>;
