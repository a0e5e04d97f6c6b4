// Plain data (object literals, or pure calls that build them, so a bundler drops the tables nobody
// reads): the labels of the coded values in both UI languages. `defaultPolicy.labels` is made of these tables; a
// widget imports only the ones it shows, without the rest of the policy.
import type { LocalizedText } from './common.js';
import type { CommitmentType } from './commitments.js';
import type { DeclarationCategory } from './declarations.js';
import type { IneligibleReason, RepairPath } from './repairs.js';
import type { Grade, ListKind, RecordClass, RecordKind } from './subjects.js';
import { gradeNamesZh, listNamesZh } from './labels.zh-CN.js';
import { gradeNamesEn, listNamesEn } from './labels.en.js';
import { gradeDescriptions } from './grade-descriptions.js';

const both = <K extends string>(zh: Record<K, string>, en: Record<K, string>, key: K): LocalizedText => ({
  'zh-CN': zh[key],
  en: en[key],
});
const grades: Grade[] = ['A', 'B', 'C', 'D'];
const lists: ListKind[] = ['red', 'key-attention', 'black'];

/** Each grade in words, with what it means for supervision. */
export const gradeLabels = /* @__PURE__ */ (() =>
  Object.fromEntries(
    grades.map((g) => [g, { label: both(gradeNamesZh, gradeNamesEn, g), description: gradeDescriptions[g] }]),
  ))() as Record<Grade, { label: LocalizedText; description: LocalizedText }>;

/** The credit lists. */
export const listLabels = /* @__PURE__ */ (() =>
  Object.fromEntries(lists.map((l) => [l, both(listNamesZh, listNamesEn, l)])))() as Record<ListKind, LocalizedText>;

/** Classes of dishonesty records. */
export const recordClassLabels: Record<RecordClass, LocalizedText> = {
  minor: { 'zh-CN': '轻微失信', en: 'Minor' },
  ordinary: { 'zh-CN': '一般失信', en: 'Ordinary' },
  serious: { 'zh-CN': '严重失信', en: 'Serious' },
};

/** Kinds of dishonesty records. */
export const recordKindLabels: Record<RecordKind, LocalizedText> = {
  'administrative-penalty': {
    'zh-CN': '行政处罚',
    en: 'Administrative penalty',
  },
  'commitment-breach': {
    'zh-CN': '违背信用承诺',
    en: 'Breach of a credit commitment',
  },
  'false-commitment': { 'zh-CN': '虚假承诺', en: 'False commitment' },
  'court-judgement-default': {
    'zh-CN': '失信被执行人',
    en: 'Judgement defaulter',
  },
  'tax-violation': { 'zh-CN': '重大税收违法', en: 'Major tax violation' },
  'food-drug-safety': {
    'zh-CN': '食品药品安全严重违法',
    en: 'Serious food or drug safety violation',
  },
  other: { 'zh-CN': '其他失信行为', en: 'Other dishonesty' },
};

/** Types of credit commitment. */
export const commitmentTypeLabels: Record<CommitmentType, LocalizedText> = {
  'approval-substitute': { 'zh-CN': '审批替代', en: 'Replaces an approval' },
  'missing-materials': {
    'zh-CN': '容缺受理',
    en: 'Acceptance with missing materials',
  },
  certification: { 'zh-CN': '证明事项', en: 'Replaces a certificate' },
  'credit-repair': { 'zh-CN': '信用修复', en: 'Credit repair' },
  'industry-self-discipline': {
    'zh-CN': '行业自律',
    en: 'Industry self-discipline',
  },
  voluntary: { 'zh-CN': '主动承诺', en: 'Voluntary' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Categories of self-declared information. */
export const declarationCategoryLabels: Record<DeclarationCategory, LocalizedText> = {
  qualification: { 'zh-CN': '资质证照', en: 'Qualifications and licences' },
  honour: { 'zh-CN': '荣誉表彰', en: 'Honours' },
  'market-operation': { 'zh-CN': '市场经营', en: 'Market operation' },
  'contract-performance': { 'zh-CN': '合同履约', en: 'Contract performance' },
  'public-welfare': { 'zh-CN': '社会公益', en: 'Public welfare' },
  'integrity-management': { 'zh-CN': '诚信管理', en: 'Integrity management' },
};

/** Steps of credit repair. */
export const repairPathLabels: Record<RepairPath, LocalizedText> = {
  commitment: { 'zh-CN': '信用修复承诺', en: 'Repair commitment' },
  performance: { 'zh-CN': '履行处罚决定的证明', en: 'Proof the penalty was carried out' },
  training: { 'zh-CN': '信用修复专题培训', en: 'Repair training course' },
  'credit-report': { 'zh-CN': '信用报告', en: 'Credit report' },
  'public-welfare': { 'zh-CN': '社会公益服务', en: 'Public-welfare service' },
};

/** Why a record cannot be repaired now. */
export const ineligibleReasonLabels: Record<IneligibleReason, LocalizedText> = {
  'not-published': { 'zh-CN': '该记录不在公示期内', en: 'The record is not published' },
  'not-repairable': { 'zh-CN': '该类失信信息不可修复', en: 'This kind of record cannot be repaired' },
  'minimum-period': { 'zh-CN': '尚未满最短公示期限', en: 'The minimum publicity period has not passed' },
  'already-under-repair': { 'zh-CN': '已有信用修复申请正在审核', en: 'A repair application is already under review' },
  'under-objection': { 'zh-CN': '该记录的异议正在核查', en: 'An objection to the record is being verified' },
  'not-own-record': { 'zh-CN': '不是本主体的记录', en: "Not the subject's own record" },
};
