import type { Grade, GradeFactor, ListKind, RecordClass } from './subjects.js';
import { defaultPolicy, type Policy } from './policy.js';

/** What the grade is computed from: counts the server reads from the subject's records. */
export interface ScoringInput {
  lists: readonly ListKind[];
  /** Lists whose basis record is under objection: their sanctions are suspended, so they do not count meanwhile. */
  suspendedLists?: readonly ListKind[];
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
 * The white-box grade: a base score moved by each factor, every factor returned with its points, and
 * the factors always sum to the score. Records under objection, and lists resting on them, do not count
 * while they are verified (Guizhou's plan). The score is kept within 0–100 and a blacklisted subject
 * within its ceiling grade by factors of their own (`score-ceiling`, `score-floor`,
 * `black-list-ceiling`), never silently. A breached commitment counts once: through the dishonesty
 * record its breach files (graded by social impact); `commitment-breached` lists the breaches with the
 * policy's extra points, 0 by default.
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
  add(
    'list-suspended',
    { 'zh-CN': '所依据记录异议核查中的名单(暂不计分)', en: 'Lists whose basis is under objection (not counted)' },
    new Set(input.suspendedLists ?? []).size,
    0,
  );
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
    p.commitmentBreached === 0
      ? {
          'zh-CN': '违背信用承诺(已作为失信记录计分,不重复扣分)',
          en: 'Commitments breached (counted through their dishonesty records)',
        }
      : { 'zh-CN': '违背信用承诺', en: 'Commitments breached' },
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

  const raw = factors.reduce((sum, f) => sum + f.points, 0);
  if (raw > 100)
    factors.push({
      code: 'score-ceiling',
      label: { 'zh-CN': '超出满分100分的部分', en: 'Above the maximum of 100' },
      count: 1,
      points: 100 - raw,
    });
  if (raw < 0)
    factors.push({
      code: 'score-floor',
      label: { 'zh-CN': '低于0分的部分', en: 'Below the minimum of 0' },
      count: 1,
      points: -raw,
    });
  let score = Math.max(0, Math.min(100, raw));
  // A blacklisted subject is held below the threshold of the grade above its ceiling.
  const above = gradeOrder[gradeOrder.indexOf(scoring.blackListCeiling) - 1];
  if (input.lists.includes('black') && above !== undefined && score >= scoring.thresholds[above]) {
    const cap = Math.max(scoring.thresholds[scoring.blackListCeiling], scoring.thresholds[above] - 1);
    factors.push({
      code: 'black-list-ceiling',
      label: {
        'zh-CN': `严重失信主体最高评为${scoring.blackListCeiling}级`,
        en: `A blacklisted subject is graded ${scoring.blackListCeiling} at best`,
      },
      count: 1,
      points: cap - score,
    });
    score = cap;
  }
  const grade = gradeOrder.find((g) => score >= scoring.thresholds[g]) ?? 'D';
  return { grade, score, factors, model: scoring.model };
}
