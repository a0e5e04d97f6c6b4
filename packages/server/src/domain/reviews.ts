import type { ReviewDecision } from '@credit-kit/contract';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { invalidTransition, notFound } from '../http/problem.js';

type ReviewedTable = 'declarations' | 'repairs' | 'objections';
const thing = { declarations: 'Declaration', repairs: 'Repair', objections: 'Objection' } as const;

export function reviewDecision(principal: Principal, decision: string, reason: string, at: Date): ReviewDecision {
  const reviewer = principal.kind === 'secret' || principal.kind === 'publishable' ? principal.key.name : principal.id;
  return { decision, reason, reviewedAt: at.toISOString(), reviewer };
}

/**
 * Moves a submission out of its pending state in one conditional update, so two reviewers racing each
 * other cannot both succeed; a submission in another state is an invalid transition.
 */
export async function applyReview<Row>(
  q: Queryable,
  table: ReviewedTable,
  id: string,
  pending: string,
  next: string,
  review: ReviewDecision,
): Promise<Row> {
  const { rows } = await q.query<Row>(
    `update ${table} set state = $3, review = $4::jsonb where id = $1 and state = $2 returning *`,
    [id, pending, next, JSON.stringify(review)],
  );
  if (rows[0]) return rows[0];
  const existing = await q.query<{ state: string }>(`select state from ${table} where id = $1`, [id]);
  if (!existing.rows[0]) throw notFound(thing[table]);
  throw invalidTransition({
    'zh-CN': `已审核过,当前状态为 ${existing.rows[0].state}`,
    en: `Already reviewed: the ${table.slice(0, -1)} is ${existing.rows[0].state}`,
  });
}
