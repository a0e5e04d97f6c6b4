import type { Principal } from '../context.js';
import { ApiError } from '../http/problem.js';

/** The rule a refusal names: whoever decided a record or a listing is the one who repairs, corrects or ends it. */
export const WHO_DECIDES = 'who-decides';

/**
 * The authorities a caller acts for: a secret key's own and those granted to it; a staff session's one
 * authority; none for anyone else.
 */
export function authoritiesOf(p: Principal): string[] {
  if (p.kind === 'staff') return [p.staff.authority];
  if (p.kind !== 'secret') return [];
  const own = p.key.authority ?? p.key.name;
  return [own, ...p.key.grants];
}

/** The authority a secret key acts for by default (its own), or a staff session's. */
export const ownAuthority = (p: Principal): string | undefined =>
  p.kind === 'staff' ? p.staff.authority : p.kind === 'secret' ? (p.key.authority ?? p.key.name) : undefined;

const acts = {
  'review-repair': ['审核其信用修复申请', 'review its repair applications'],
  'review-objection': ['核查针对它的异议', 'decide objections against it'],
  'record-fulfilment': ['记录该承诺的履约情况', "record this commitment's fulfilment"],
  'file-record': ['以该部门名义认定失信记录', 'file records in its name'],
  notice: ['以该部门名义发出事前告知', 'give prior notice in its name'],
  list: ['以该部门名义列入名单', 'list subjects in its name'],
  delist: ['将主体移出该名单', 'delist the subject'],
  'staff-session': ['为其工作人员签发或注销工作人员会话', 'mint or revoke staff sessions for its staff'],
} as const;
export type AuthorityAct = keyof typeof acts;

/**
 * Refuses (403 `wrong_authority`, rule `who-decides`) unless the caller acts for `authority`: 谁认定、谁修复.
 */
export function assertAuthority(p: Principal, authority: string, act: AuthorityAct): void {
  if (authoritiesOf(p).includes(authority)) return;
  const [zh, en] = acts[act];
  throw new ApiError(
    'wrong_authority',
    {
      'zh-CN': `该事项由${authority}认定,只有该部门或其授权的部门可以${zh}(谁认定、谁修复)`,
      en: `${authority} decided this: only it, or an authority it delegated to, may ${en} (whoever decided, repairs)`,
    },
    { rule: WHO_DECIDES },
  );
}

/** The authority a new decision is filed under: the one asked for, if the caller acts for it, else its own. */
export function decidingAuthority(p: Principal, requested: string | undefined, act: AuthorityAct): string {
  const authority = requested ?? ownAuthority(p);
  if (authority === undefined) throw new Error('a decision needs a secret key');
  assertAuthority(p, authority, act);
  return authority;
}
