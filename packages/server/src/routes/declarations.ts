import { addWorkingDays, routes, type Declaration, type EvidenceFile, type ReviewDecision } from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { loadEvidence } from '../domain/files.js';
import { applyReview, reviewDecision } from '../domain/reviews.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { newId } from '../ids.js';
import { ownerOf, sessionSubject } from './access.js';
import { submissionReads, withEvidence } from './submissions.js';

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

const present = withEvidence<DeclarationRow, Declaration>((r) => r.evidence, toDeclaration);

export const declarationEndpoints = [
  endpoint(routes.createDeclaration, async ({ deps, principal, body }) => {
    const subject = sessionSubject(principal)!;
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
      const created = rows[0]!;
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
    return (await present(deps.db, [row]))[0]!;
  }),
];
