import type { Grade, GradeFactor, ListKind, RecordClass } from './subjects.js';
import { defaultPolicy, type Policy } from './policy.js';

/** What the grade is computed from: counts the server reads from the subject's records. */
export interface ScoringInput {
  lists: readonly ListKind[];
  /** Published records; those under objection are left out by the caller's flag. */
  records: readonly { class: RecordClass; underObjection: boolean }[];
  commitmentsKept: number;
  commitmentsBreached: number;
  declarationsVerified: number;
  /** Verified qualifications past their validity end: listed, no longer counted, from the day after it. */
  declarationsExpired?: number;
}

export interface ScoringResult {
  grade: Grade;
  score: number;
  factors: GradeFactor[];
  model: string;
}

const gradeOrder: Grade[] = ['A', 'B', 'C', 'D'];

/**
 * The white-box grade: a base score moved by each factor, every factor returned with its points.
 * Records under objection do not count while they are verified (Guizhou's plan).
 */
export function scoreSubject(input: ScoringInput, policy: Policy = defaultPolicy): ScoringResult {
  const { scoring, labels } = policy;
  const p = scoring.points;
  const factors: GradeFactor[] = [];
  const add = (code: string, label: GradeFactor['label'], count: number, points: number) => {
    if (count > 0) factors.push({ code, label, count, points });
  };

  factors.push({ code: 'base', label: { 'zh-CN': '基础分', en: 'Base score' }, count: 1, points: scoring.base });
  for (const list of ['red', 'key-attention', 'black'] as const) {
    const n = input.lists.filter((l) => l === list).length ? 1 : 0;
    const points = list === 'red' ? p.redList : list === 'black' ? p.blackList : p.keyAttentionList;
    add(`list-${list}`, labels.lists[list], n, points);
  }
  for (const cls of ['serious', 'ordinary', 'minor'] as const) {
    const n = input.records.filter((r) => r.class === cls && !r.underObjection).length;
    add(`record-${cls}`, labels.recordClasses[cls], n, n * p.record[cls]);
  }
  const suspended = input.records.filter((r) => r.underObjection).length;
  add(
    'record-under-objection',
    { 'zh-CN': '异议核查中的记录(暂不计分)', en: 'Records under objection (not counted)' },
    suspended,
    0,
  );
  add(
    'commitment-kept',
    { 'zh-CN': '践行信用承诺', en: 'Commitments kept' },
    input.commitmentsKept,
    Math.min(input.commitmentsKept * p.commitmentKept, p.maxCommitmentBonus),
  );
  add(
    'commitment-breached',
    { 'zh-CN': '违背信用承诺', en: 'Commitments breached' },
    input.commitmentsBreached,
    input.commitmentsBreached * p.commitmentBreached,
  );
  add(
    'declaration-verified',
    { 'zh-CN': '自主申报信息(已核实)', en: 'Verified self-declarations' },
    input.declarationsVerified,
    Math.min(input.declarationsVerified * p.declarationVerified, p.maxDeclarationBonus),
  );
  add(
    'declaration-expired',
    { 'zh-CN': '资质证照已过有效期(不再计分)', en: 'Qualifications past their validity (no longer counted)' },
    input.declarationsExpired ?? 0,
    0,
  );

  const score = Math.max(
    0,
    Math.min(
      100,
      factors.reduce((sum, f) => sum + f.points, 0),
    ),
  );
  let grade = gradeOrder.find((g) => score >= scoring.thresholds[g]) ?? 'D';
  if (input.lists.includes('black') && gradeOrder.indexOf(grade) < gradeOrder.indexOf(scoring.blackListCeiling)) {
    grade = scoring.blackListCeiling;
  }
  return { grade, score, factors, model: scoring.model };
}
