import {
  addWorkingDays,
  declarationProblems,
  routes,
  type DeclarationProblem,
  type LocalizedText,
  type Declaration,
  type EvidenceFile,
  type ReviewDecision,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { loadEvidence } from '../domain/files.js';
import { applyReview, reviewDecision } from '../domain/reviews.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, type Text } from '../http/problem.js';
import { newId } from '../ids.js';
import { ownerOf, ownSubject } from './access.js';
import { submissionReads, withEvidence } from './submissions.js';
import { onlyRow } from '../db/db.js';

interface DeclarationRow {
  seq: number;
  id: string;
  subject_code: string;
  category: Declaration['category'];
  details: Record<string, unknown>;
  evidence: string[];
  state: Declaration['state'];
  submitted_at: string;
  due_by: string;
  review: ReviewDecision | null;
}

const toDeclaration = (r: DeclarationRow, files: Map<string, EvidenceFile>): Declaration => ({
  id: r.id,
  subjectCode: r.subject_code,
  category: r.category,
  details: r.details,
  evidence: r.evidence.flatMap((id) => files.get(id) ?? []),
  state: r.state,
  submittedAt: r.submitted_at,
  dueBy: r.due_by,
  review: r.review,
});

/** What each problem code of `declarationProblems` says in an API field error. */
const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** What each problem code of `declarationProblems` says in an API field error, in both languages. */
const problemText = (p: DeclarationProblem): LocalizedText =>
  ({
    required: text('必填', 'Required'),
    'too-long': text(`不能超过 ${p.limit} 个字`, `At most ${p.limit} characters`),
    'not-a-number': text('须为数字', 'Must be a number'),
    'not-whole': text('须为整数', 'Must be a whole number'),
    'too-small': text(`不能小于 ${p.limit}`, `Must be at least ${p.limit}`),
    'too-large': text(`不能大于 ${p.limit}`, `Must be at most ${p.limit}`),
    'invalid-date': text('须为日期(年-月-日)', 'Must be a date (YYYY-MM-DD)'),
    'in-future': text('不能晚于今天', 'Cannot be in the future'),
    'not-after': text(`须晚于 ${p.limit}`, `Must be after ${p.limit}`),
    'invalid-choice': text('不是可选的值', 'Not one of the allowed values'),
  })[p.code];

const present = withEvidence<DeclarationRow, Declaration>((r) => r.evidence, toDeclaration);

export const declarationEndpoints = [
  endpoint(routes.createDeclaration, async ({ deps, principal, body }) => {
    const subject = ownSubject(principal);
    const today = businessDate(deps.clock.now());
    const errors: { path: string; code: string; message: Text }[] = declarationProblems(
      body.category,
      body.details,
      today,
    ).map((p) => ({
      path: `details.${p.field}`,
      code: p.code,
      message: problemText(p),
    }));
    // The policy names the categories whose declarations need at least one evidence file.
    if (body.evidence.length === 0 && deps.policy.declarations.evidenceRequired.includes(body.category))
      errors.push({
        path: 'evidence',
        code: 'evidence-required',
        message: text('该类别须上传证明材料', 'This category requires evidence files'),
      });
    if (errors.length) throw new ApiError('validation_failed', 'The declaration is not valid', { errors });
    const evidence = await loadEvidence(deps.db, body.evidence, ownerOf(principal));
    const now = deps.clock.now();
    const row = await write(deps, principal, async (tx) => {
      const { rows } = await tx.query<DeclarationRow>(
        `insert into declarations (id, subject_code, category, details, evidence, state, submitted_at, due_by)
         values ($1, $2, $3, $4::jsonb, $5::jsonb, 'pending', $6, $7) returning *`,
        [
          newId('dec'),
          subject,
          body.category,
          JSON.stringify(body.details),
          JSON.stringify(body.evidence),
          now.toISOString(),
          addWorkingDays(businessDate(now), deps.policy.deadlines.declarationWorkingDays, deps.policy),
        ],
      );
      const created = onlyRow(rows);
      return {
        result: created,
        audit: {
          action: 'declaration.submit',
          entity: 'declaration',
          entityId: created.id,
          data: { category: body.category, evidence: body.evidence },
        },
      };
    });
    return toDeclaration(row, new Map(evidence.map((f) => [f.id, f])));
  }),

  ...submissionReads<DeclarationRow, Declaration>({
    get: routes.getDeclaration,
    list: routes.listDeclarations,
    table: 'declarations',
    label: 'Declaration',
    present,
  }),

  endpoint(routes.reviewDeclaration, async ({ deps, principal, params, body }) => {
    const review = reviewDecision(principal, body.decision, body.reason, deps.clock.now());
    const row = await write(deps, principal, async (tx) => {
      const updated = await applyReview<DeclarationRow>(
        tx,
        'declarations',
        params.id,
        'pending',
        body.decision,
        review,
      );
      return {
        result: updated,
        audit: { action: 'declaration.review', entity: 'declaration', entityId: updated.id, data: body },
        subjects: [updated.subject_code],
      };
    });
    return onlyRow(await present(deps.db, [row]));
  }),
];
