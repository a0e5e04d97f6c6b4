import * as z from 'zod/mini';
import { DateOnly, Id, LocalizedText, Timestamp, text } from './common.js';
import { ListKind, SubjectCode } from './subjects.js';

/** The lists that sanction, before which the subject must be given written prior notice (事前告知). */
export const SanctionListKind = z.enum(['key-attention', 'black']);
export type SanctionListKind = z.infer<typeof SanctionListKind>;

/**
 * 事前告知书: what an authority tells a subject before listing it on a sanction list — the basis
 * records, the reasons, the measures that will apply, the right to object and how, the way to repair
 * and the deadline to respond.
 */
export const CreateNoticeRequest = z.object({
  subjectCode: SubjectCode,
  list: SanctionListKind,
  /** The records the listing rests on: the subject's own, in force, of a class the policy accepts for the list. */
  basisRecordIds: z.array(Id).check(z.minLength(1), z.maxLength(20)),
  reasons: text(2000),
  /** Measures from the catalogue that will apply; the policy's for the list by default. */
  measures: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(30))),
  /** The right to object (陈述、申辩), and how and where. */
  objection: text(1000),
  /** How the subject can repair its credit and leave the list. */
  repair: text(1000),
  /** Working days to respond; the policy's by default. */
  respondWorkingDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
  /** When it was delivered (a notice served on paper earlier); today by default. */
  deliveredOn: z.optional(DateOnly),
  /** The deciding authority: the key's own by default, or one that delegated to it. */
  authority: z.optional(text(100)),
});
export type CreateNoticeRequest = z.infer<typeof CreateNoticeRequest>;

export const NoticeMeasure = z.object({ id: z.string(), label: LocalizedText });

/** delivered → listed (the listing was decided) or withdrawn. */
export const NoticeState = z.enum(['delivered', 'listed', 'withdrawn']);

export const Notice = z.object({
  id: Id,
  subjectCode: z.string(),
  list: SanctionListKind,
  authority: z.string(),
  basisRecordIds: z.array(z.string()),
  reasons: z.string(),
  measures: z.array(NoticeMeasure),
  objection: z.string(),
  repair: z.string(),
  deliveredOn: DateOnly,
  /** The last day to respond; listing is refused until the day after. */
  respondBy: DateOnly,
  state: NoticeState,
  createdAt: Timestamp,
});
export type Notice = z.infer<typeof Notice>;

export const NoticeListQuery = z.object({
  subject: z.optional(z.string().check(z.maxLength(32))),
  state: z.optional(NoticeState),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type NoticeListQuery = z.infer<typeof NoticeListQuery>;

/** Lists a subject (列入名单): a sanction list only on a notice whose deadline has passed. */
export const CreateListingRequest = z.object({
  subjectCode: SubjectCode,
  list: ListKind,
  /** Required for the key-attention list and the blacklist. */
  noticeId: z.optional(Id),
  reason: text(2000),
  /** First day on the list; today by default. */
  since: z.optional(DateOnly),
  /** Last day on the list, when fixed in advance. */
  until: z.optional(DateOnly),
  /** The deciding authority: the key's own by default (for a sanction list, the notice's). */
  authority: z.optional(text(100)),
});
export type CreateListingRequest = z.infer<typeof CreateListingRequest>;

/** 移出名单: the listing authority ends a membership, with its reason. */
export const DelistRequest = z.object({ reason: text(2000) });
export type DelistRequest = z.infer<typeof DelistRequest>;

export const ListMembershipQuery = z.object({
  subject: z.optional(z.string().check(z.maxLength(32))),
  list: z.optional(ListKind),
  /** `true`: in force today; `false`: ended. */
  active: z.optional(z.enum(['true', 'false'])),
  /** `true`: memberships whose basis records were all cleared and that wait for the authority to end them. */
  reviewNeeded: z.optional(z.enum(['true', 'false'])),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type ListMembershipQuery = z.infer<typeof ListMembershipQuery>;
