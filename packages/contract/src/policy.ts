import * as z from 'zod/mini';
import { LocalizedText } from './common.js';
import { CommitmentType } from './commitments.js';
import { DeclarationCategory } from './declarations.js';
import { RepairPath } from './repairs.js';
import { defaultCalendar } from './calendar.js';
import { Grade, ListKind, RecordClass, RecordKind } from './subjects.js';
import {
  commitmentTypeLabels,
  declarationCategoryLabels,
  gradeLabels,
  listLabels,
  recordClassLabels,
  recordKindLabels,
  repairPathLabels,
} from './labels.js';

const months = z.number().check(z.int(), z.minimum(0), z.maximum(120));
const days = z.number().check(z.int(), z.minimum(0), z.maximum(365));

export const SanctionMeasure = z.object({
  id: z.string(),
  scope: z.enum(['organisation', 'natural-person', 'all']),
  kind: z.enum(['sanction', 'incentive', 'attention']),
  label: LocalizedText,
  /** The kinds of matter (事项) a check applies it to, from the policy's `matters`; `*` for every matter. */
  matters: z.array(z.string()),
});
export type SanctionMeasure = z.infer<typeof SanctionMeasure>;

/** A kind of matter a credit check is made for (政府采购, 评先评优, …): which measures apply depends on it. */
export const MatterKind = z.object({ id: z.string(), label: LocalizedText });
export type MatterKind = z.infer<typeof MatterKind>;

/**
 * Everything that differs between regions and regimes is data, not code: a deployment overrides it.
 * Defaults follow 国办发〔2025〕22号 and the NDRC 《信用修复管理办法》 in force since 2026-04-01.
 */
export const Policy = z.object({
  regime: z.string(),
  publicity: z.record(RecordClass, z.object({ minMonths: months, maxMonths: months, defaultMonths: months })),
  repair: z.object({
    /** Publicity that must have elapsed before a repair application is accepted. */
    minimumMonths: z.record(RecordClass, months),
    requiredPaths: z.record(RecordClass, z.array(RepairPath)),
    /** Materials accepted beside the required ones (labelled optional in forms). */
    optionalPaths: z.record(RecordClass, z.array(RepairPath)),
    nonRepairableKinds: z.array(RecordKind),
    reviewWorkingDays: days,
    syncWorkingDays: days,
    /** Where a subject applies (两书同达: said in every repair notice). */
    applyAt: LocalizedText,
  }),
  lists: z.object({
    /** Working days a subject has to respond to a prior notice before it can be listed. */
    noticeWorkingDays: days,
    /** Classes of record a sanction list may rest on. */
    basisClasses: z.object({ 'key-attention': z.array(RecordClass), black: z.array(RecordClass) }),
    /** When every basis record is revoked or repaired: end the membership at once, or flag it for the authority to decide. */
    onBasisCleared: z.enum(['end', 'review']),
  }),
  /** The kinds of matter checks are made for. */
  matters: z.array(MatterKind),
  deadlines: z.object({
    publicationWorkingDays: days,
    objectionWorkingDays: days,
    declarationWorkingDays: days,
  }),
  /** Self-declarations: the categories whose declarations are refused without an evidence file. */
  declarations: z.object({ evidenceRequired: z.array(DeclarationCategory) }),
  /** Credit reports (信用报告): how many days one stays current, and the platform named as their issuer. */
  reports: z.object({ validityDays: days, issuer: LocalizedText }),
  /** Non-working days beyond weekends (statutory holidays), YYYY-MM-DD. */
  holidays: z.array(z.iso.date()),
  /** Weekend days that are worked (调休), YYYY-MM-DD. */
  workdays: z.array(z.iso.date()),
  labels: z.object({
    grades: z.record(Grade, z.object({ label: LocalizedText, description: LocalizedText })),
    lists: z.record(ListKind, LocalizedText),
    recordClasses: z.record(RecordClass, LocalizedText),
    recordKinds: z.record(RecordKind, LocalizedText),
    commitmentTypes: z.record(CommitmentType, LocalizedText),
    declarationCategories: z.record(DeclarationCategory, LocalizedText),
    repairPaths: z.record(RepairPath, LocalizedText),
  }),
  scoring: z.object({
    model: z.string(),
    base: z.number(),
    /** Lowest score of each grade, best first. */
    thresholds: z.record(Grade, z.number()),
    points: z.object({
      redList: z.number(),
      keyAttentionList: z.number(),
      blackList: z.number(),
      record: z.record(RecordClass, z.number()),
      commitmentKept: z.number(),
      commitmentBreached: z.number(),
      declarationVerified: z.number(),
      /** Caps so no single positive factor can buy a grade. */
      maxCommitmentBonus: z.number(),
      maxDeclarationBonus: z.number(),
    }),
    /** A blacklisted subject is never graded above this. */
    blackListCeiling: Grade,
  }),
  files: z.object({ maxBytes: z.number(), contentTypes: z.array(z.string()), maxPerSubmission: z.number() }),
  measures: z.array(SanctionMeasure),
  /** Which measures each list and record class triggers. */
  measuresFor: z.object({
    lists: z.record(ListKind, z.array(z.string())),
    records: z.record(RecordClass, z.array(z.string())),
  }),
});
export type Policy = z.infer<typeof Policy>;

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const defaultPolicy: Policy = {
  regime: '国办发〔2025〕22号',
  publicity: {
    minor: { minMonths: 0, maxMonths: 3, defaultMonths: 3 },
    ordinary: { minMonths: 3, maxMonths: 12, defaultMonths: 12 },
    serious: { minMonths: 12, maxMonths: 36, defaultMonths: 36 },
  },
  repair: {
    minimumMonths: { minor: 0, ordinary: 3, serious: 12 },
    // Minor and ordinary records: the commitment and proof of performance; serious ones add training and a report.
    requiredPaths: {
      minor: ['commitment', 'performance'],
      ordinary: ['commitment', 'performance'],
      serious: ['commitment', 'performance', 'training', 'credit-report'],
    },
    optionalPaths: {
      minor: ['public-welfare'],
      ordinary: ['training', 'credit-report', 'public-welfare'],
      serious: ['public-welfare'],
    },
    nonRepairableKinds: ['food-drug-safety', 'false-commitment'],
    reviewWorkingDays: 10,
    syncWorkingDays: 3,
    applyAt: t(
      '“信用中国”网站信用修复栏目,或本门户“信用修复”服务,全程网上办理',
      'The credit repair section of Credit China (www.creditchina.gov.cn) or this portal, entirely online',
    ),
  },
  lists: {
    noticeWorkingDays: 5,
    basisClasses: { 'key-attention': ['ordinary', 'serious'], black: ['serious'] },
    onBasisCleared: 'end',
  },
  matters: [
    { id: 'procurement', label: t('政府采购', 'Government procurement') },
    { id: 'bidding', label: t('招标投标', 'Tendering and bidding') },
    { id: 'honours', label: t('评先评优', 'Honours and awards') },
    { id: 'subsidy', label: t('财政资金补助', 'Public funding and subsidies') },
    { id: 'licence', label: t('行政许可与审批', 'Licences and approvals') },
    { id: 'land-mining', label: t('土地和矿产资源', 'Land and mining rights') },
    { id: 'market-entry', label: t('市场准入与登记', 'Market entry and registration') },
    { id: 'employment', label: t('录用与任职', 'Employment and office') },
    { id: 'expert', label: t('评审专家遴选', 'Selection of review experts') },
    { id: 'supervision', label: t('日常监管与检查', 'Supervision and inspections') },
    { id: 'other', label: t('其他事项', 'Other matters') },
  ],
  deadlines: { publicationWorkingDays: 7, objectionWorkingDays: 10, declarationWorkingDays: 10 },
  // A certificate, an award, accounts, a contract and a donation or service record can each be shown;
  // an integrity practice may be the subject's own statement.
  declarations: {
    evidenceRequired: ['qualification', 'honour', 'market-operation', 'contract-performance', 'public-welfare'],
  },
  // A report is accepted for a month (tenders and repair reviews ask for a recent one).
  reports: { validityDays: 30, issuer: t('信用信息共享平台(示例)', 'Credit information sharing platform (example)') },
  holidays: defaultCalendar.holidays,
  workdays: defaultCalendar.workdays,
  labels: {
    grades: gradeLabels,
    lists: listLabels,
    recordClasses: recordClassLabels,
    recordKinds: recordKindLabels,
    commitmentTypes: commitmentTypeLabels,
    declarationCategories: declarationCategoryLabels,
    repairPaths: repairPathLabels,
  },
  scoring: {
    model: 'credit-kit-default-2026',
    base: 75,
    thresholds: { A: 90, B: 70, C: 50, D: 0 },
    points: {
      redList: 15,
      keyAttentionList: -15,
      blackList: -40,
      record: { minor: -3, ordinary: -10, serious: -25 },
      commitmentKept: 1,
      // A breach counts once, through the record it files: no extra points by default.
      commitmentBreached: 0,
      declarationVerified: 2,
      maxCommitmentBonus: 5,
      maxDeclarationBonus: 6,
    },
    blackListCeiling: 'D',
  },
  files: {
    maxBytes: 10 * 1024 * 1024,
    contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    maxPerSubmission: 20,
  },
  measures: [
    {
      id: 'more-inspections',
      matters: ['supervision'],
      scope: 'all',
      kind: 'sanction',
      label: t('提高抽查比例和频次', 'More frequent inspections'),
    },
    {
      id: 'no-honours',
      matters: ['honours'],
      scope: 'all',
      kind: 'sanction',
      label: t('限制参评评先评优', 'No honours or awards'),
    },
    {
      id: 'restrict-approvals',
      matters: ['licence', 'land-mining'],
      scope: 'organisation',
      kind: 'sanction',
      label: t('限制项目审批、土地和矿产资源使用', 'Restricted project approval, land and mining rights'),
    },
    {
      id: 'no-bidding',
      matters: ['bidding', 'procurement'],
      scope: 'organisation',
      kind: 'sanction',
      label: t('限制参与招标投标和政府采购', 'No bidding or government procurement'),
    },
    {
      id: 'no-subsidies',
      matters: ['subsidy'],
      scope: 'all',
      kind: 'sanction',
      label: t('限制享受财政资金补助', 'No public funding or subsidies'),
    },
    {
      id: 'market-ban',
      matters: ['market-entry', 'licence'],
      scope: 'organisation',
      kind: 'sanction',
      label: t('依法实施市场和行业禁入', 'Market or industry ban'),
    },
    {
      id: 'suspend-approvals',
      matters: ['licence'],
      scope: 'organisation',
      kind: 'sanction',
      label: t('暂停审批相关业务', 'Related approvals suspended'),
    },
    {
      id: 'no-officer-role',
      matters: ['market-entry', 'employment'],
      scope: 'natural-person',
      kind: 'sanction',
      label: t(
        '不得担任法定代表人、董事、监事、高级管理人员',
        'May not be a legal representative, director, supervisor or manager',
      ),
    },
    {
      id: 'no-public-employment',
      matters: ['employment'],
      scope: 'natural-person',
      kind: 'sanction',
      label: t('不得录用为公务员或事业单位工作人员', 'May not be hired by state organs'),
    },
    {
      id: 'cancel-expert',
      matters: ['expert'],
      scope: 'natural-person',
      kind: 'sanction',
      label: t('取消评审专家资格', 'Expert qualifications cancelled'),
    },
    {
      id: 'key-supervision',
      matters: ['supervision'],
      scope: 'all',
      kind: 'attention',
      label: t('列为重点监管对象', 'Key supervision'),
    },
    {
      id: 'green-channel',
      matters: ['licence', 'market-entry', 'subsidy', 'other'],
      scope: 'all',
      kind: 'incentive',
      label: t('开通绿色通道,优先办理', 'Green channel: priority handling'),
    },
    {
      id: 'missing-materials-acceptance',
      matters: ['licence', 'market-entry'],
      scope: 'all',
      kind: 'incentive',
      label: t('容缺受理', 'Acceptance with missing materials'),
    },
    {
      id: 'fewer-inspections',
      matters: ['supervision'],
      scope: 'all',
      kind: 'incentive',
      label: t('降低抽查比例和频次', 'Fewer random inspections'),
    },
  ],
  measuresFor: {
    lists: {
      red: ['green-channel', 'missing-materials-acceptance', 'fewer-inspections'],
      'key-attention': ['key-supervision', 'more-inspections'],
      black: [
        'more-inspections',
        'no-honours',
        'restrict-approvals',
        'no-bidding',
        'no-subsidies',
        'market-ban',
        'suspend-approvals',
        'no-officer-role',
        'no-public-employment',
        'cancel-expert',
      ],
    },
    records: { minor: [], ordinary: ['more-inspections'], serious: ['more-inspections', 'no-honours', 'no-subsidies'] },
  },
};

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** A deployment's policy: the defaults with its own periods, deadlines or labels laid over them. */
export function definePolicy(overrides: DeepPartial<Policy> = {}, base: Policy = defaultPolicy): Policy {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (Array.isArray(b) || typeof b !== 'object' || b === null || typeof a !== 'object' || a === null) return b;
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
    return out;
  };
  return merge(base, overrides) as Policy;
}

/** One problem of a region's policy, at its dotted path (`publicity.minor.maxMonths`). */
export interface PolicyIssue {
  path: string;
  message: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys of `overrides` that the policy does not have (a typo would otherwise be ignored silently). */
function unknownKeys(overrides: unknown, base: unknown, path: string[] = []): PolicyIssue[] {
  if (!isPlainObject(overrides) || !isPlainObject(base)) return [];
  return Object.entries(overrides).flatMap(([key, value]) =>
    key in base
      ? unknownKeys(value, base[key], [...path, key])
      : [{ path: [...path, key].join('.'), message: 'not a field of the policy' }],
  );
}

/** Rules between fields that the schema alone does not hold. */
function consistency(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const cls of RecordClass.options) {
    const p = policy.publicity[cls];
    if (!(p.minMonths <= p.defaultMonths && p.defaultMonths <= p.maxMonths))
      issues.push({
        path: `publicity.${cls}`,
        message: `needs minMonths ≤ defaultMonths ≤ maxMonths (${p.minMonths}, ${p.defaultMonths}, ${p.maxMonths})`,
      });
    if (policy.repair.minimumMonths[cls] > p.maxMonths)
      issues.push({
        path: `repair.minimumMonths.${cls}`,
        message: `longer than the longest publicity of the class (${p.maxMonths} months)`,
      });
  }
  const measureIds = new Set(policy.measures.map((m) => m.id));
  const matterIds = new Set(policy.matters.map((m) => m.id));
  policy.measures.forEach((m, i) =>
    m.matters.forEach((matter, j) => {
      if (matter !== '*' && !matterIds.has(matter))
        issues.push({ path: `measures.${i}.matters.${j}`, message: `no matter kind ${matter} in matters` });
    }),
  );
  for (const [group, table] of Object.entries(policy.measuresFor) as [string, Record<string, string[]>][])
    for (const [key, ids] of Object.entries(table))
      ids.forEach((id, i) => {
        if (!measureIds.has(id))
          issues.push({ path: `measuresFor.${group}.${key}.${i}`, message: `no measure ${id} in measures` });
      });
  const t = policy.scoring.thresholds;
  if (!(t.A > t.B && t.B > t.C && t.C >= t.D))
    issues.push({ path: 'scoring.thresholds', message: 'must fall from A to D' });
  return issues;
}

/**
 * A region's policy from its JSON (a partial policy laid over the defaults, as `definePolicy` does),
 * validated: unknown fields, wrong types and inconsistent values are reported with their paths.
 */
export function parsePolicy(
  overrides: unknown,
  base: Policy = defaultPolicy,
): { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] } {
  if (!isPlainObject(overrides)) return { ok: false, issues: [{ path: '(root)', message: 'must be a JSON object' }] };
  const unknown = unknownKeys(overrides, base);
  if (unknown.length) return { ok: false, issues: unknown };
  const result = z.safeParse(Policy, definePolicy(overrides as DeepPartial<Policy>, base));
  if (!result.success)
    return {
      ok: false,
      issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message })),
    };
  const issues = consistency(result.data);
  return issues.length ? { ok: false, issues } : { ok: true, policy: result.data };
}
