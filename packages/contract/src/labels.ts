// Plain data (object literals, no schemas or calls, so a bundler drops the tables nobody reads): the
// labels of the coded values in both UI languages. `defaultPolicy.labels` is made of these tables; a
// widget imports only the ones it shows, without the rest of the policy.
import type { LocalizedText } from './common.js';
import type { CommitmentType } from './commitments.js';
import type { DeclarationCategory } from './declarations.js';
import type { RepairPath } from './repairs.js';
import type { Grade, ListKind, RecordClass, RecordKind } from './subjects.js';

/** Each grade in words, with what it means for supervision. */
export const gradeLabels: Record<Grade, { label: LocalizedText; description: LocalizedText }> = {
  A: { label: { 'zh-CN': 'A级 诚信', en: 'A · Trustworthy' }, description: { 'zh-CN': '信用良好,低风险,减少抽查频次', en: 'Good credit, low risk: fewer random inspections' } },
  B: { label: { 'zh-CN': 'B级 良好', en: 'B · Normal' }, description: { 'zh-CN': '信用一般,按常规比例抽查', en: 'Normal credit: routine inspections' } },
  C: { label: { 'zh-CN': 'C级 关注', en: 'C · Attention' }, description: { 'zh-CN': '信用较差,适当提高抽查比例', en: 'Attention: more frequent inspections' } },
  D: { label: { 'zh-CN': 'D级 失信', en: 'D · Poor' }, description: { 'zh-CN': '信用差,高风险,列为重点监管对象', en: 'Poor credit, high risk: key supervision' } },
};

/** The credit lists. */
export const listLabels: Record<ListKind, LocalizedText> = {
  red: { 'zh-CN': '守信激励对象(红名单)', en: 'Red list (trustworthy)' },
  'key-attention': { 'zh-CN': '重点关注名单', en: 'Key-attention list' },
  black: { 'zh-CN': '失信联合惩戒对象(黑名单)', en: 'Joint-sanction blacklist' },
};

/** Classes of dishonesty records. */
export const recordClassLabels: Record<RecordClass, LocalizedText> = {
  minor: { 'zh-CN': '轻微失信', en: 'Minor' },
  ordinary: { 'zh-CN': '一般失信', en: 'Ordinary' },
  serious: { 'zh-CN': '严重失信', en: 'Serious' },
};

/** Kinds of dishonesty records. */
export const recordKindLabels: Record<RecordKind, LocalizedText> = {
  'administrative-penalty': { 'zh-CN': '行政处罚', en: 'Administrative penalty' },
  'commitment-breach': { 'zh-CN': '违背信用承诺', en: 'Breach of a credit commitment' },
  'false-commitment': { 'zh-CN': '虚假承诺', en: 'False commitment' },
  'court-judgement-default': { 'zh-CN': '失信被执行人', en: 'Judgement defaulter' },
  'tax-violation': { 'zh-CN': '重大税收违法', en: 'Major tax violation' },
  'food-drug-safety': { 'zh-CN': '食品药品安全严重违法', en: 'Serious food or drug safety violation' },
  other: { 'zh-CN': '其他失信行为', en: 'Other dishonesty' },
};

/** Types of credit commitment. */
export const commitmentTypeLabels: Record<CommitmentType, LocalizedText> = {
  'approval-substitute': { 'zh-CN': '审批替代', en: 'Replaces an approval' },
  'missing-materials': { 'zh-CN': '容缺受理', en: 'Acceptance with missing materials' },
  certification: { 'zh-CN': '证明事项', en: 'Replaces a certificate' },
  'credit-repair': { 'zh-CN': '信用修复', en: 'Credit repair' },
  'industry-self-discipline': { 'zh-CN': '行业自律', en: 'Industry self-discipline' },
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
  training: { 'zh-CN': '信用修复专题培训', en: 'Repair training course' },
  'credit-report': { 'zh-CN': '信用报告', en: 'Credit report' },
  'public-welfare': { 'zh-CN': '社会公益服务', en: 'Public-welfare service' },
};
