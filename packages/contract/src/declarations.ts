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

const money = z.number().check(z.minimum(0), z.maximum(1e13));

/** The fields each category asks for. */
export const declarationDetails = {
  qualification: z.object({
    certificateName: text(100),
    certificateNumber: text(100),
    issuer: text(100),
    validFrom: DateOnly,
    validUntil: z.optional(DateOnly),
  }),
  honour: z.object({
    title: text(200),
    awardedBy: text(100),
    awardedAt: DateOnly,
    level: z.enum(['national', 'provincial', 'municipal', 'county']),
  }),
  'market-operation': z.object({
    year: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
    revenue: z.optional(money),
    taxPaid: z.optional(money),
    employees: z.optional(z.number().check(z.int(), z.minimum(0))),
    description: text(2000),
  }),
  'contract-performance': z.object({
    counterparty: text(200),
    contractName: text(200),
    amount: z.optional(money),
    performedAt: DateOnly,
    description: text(2000),
  }),
  'public-welfare': z.object({
    activity: text(200),
    organiser: text(200),
    date: DateOnly,
    hours: z.optional(z.number().check(z.minimum(0), z.maximum(10000))),
    donationAmount: z.optional(money),
  }),
  'integrity-management': z.object({
    practice: text(200),
    description: text(2000),
    certifiedBy: z.optional(text(200)),
  }),
} as const;

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
