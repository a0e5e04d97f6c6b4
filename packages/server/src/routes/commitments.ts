import {
  addMonths,
  maskName,
  maskSubjectCode,
  routes,
  type Commitment,
  type CommitmentTemplate,
  type PublicCommitment,
  type ReceiptPayload,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import {
  findTemplate,
  loadCommitment,
  nextSerial,
  toCommitment,
  toPublicCommitment,
  type CommitmentRow,
} from '../domain/commitments.js';
import { listPage } from '../domain/pages.js';
import { assertAuthority } from '../domain/authority.js';
import { insertRecord } from '../domain/records.js';
import { areaCodeOf, committerKindOf, subjectKindOf } from '../domain/subjects.js';
import { insertAudited, write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, invalidTransition, notFound } from '../http/problem.js';
import { ownSubject, sessionSubject } from './access.js';

export const RECEIPT_ISSUER = 'credit-kit';

const sameReceipt = (a: ReceiptPayload, b: ReceiptPayload) =>
  (Object.keys(b) as (keyof ReceiptPayload)[]).every((k) => a[k] === b[k]) &&
  Object.keys(a).length === Object.keys(b).length;

export const commitmentEndpoints = [
  endpoint(routes.listTemplates, async ({ deps, query }) =>
    listPage<{ seq: number; body: CommitmentTemplate }, CommitmentTemplate>(
      deps.db,
      'select t.seq, t.body from templates t',
      't',
      [],
      query,
      (r) => r.body,
    ),
  ),

  endpoint(routes.getTemplate, async ({ deps, params }) => {
    const template = await findTemplate(deps.db, params.id);
    if (!template) throw notFound('Template');
    return template;
  }),

  endpoint(routes.createCommitment, async ({ deps, principal, body }) => {
    const subject = ownSubject(principal);
    if (body.committer.code !== subject)
      throw new ApiError('forbidden', {
        'zh-CN': '只能以本主体的名义签署承诺',
        en: 'A session can only sign for its own subject',
      });
    const template = await findTemplate(deps.db, body.templateId);
    if (!template) throw notFound('Template');
    if (body.agreedTextHash !== template.textHash)
      throw new ApiError('conflict', {
        'zh-CN': '承诺书文本已更新,请重新阅读后签署当前文本',
        en: 'The template text has changed since it was shown; show it again and sign the current text',
      });
    const subjectKind = subjectKindOf(subject);
    if (!subjectKind) throw new ApiError('forbidden', 'The session is not for a valid subject code');
    const kind = committerKindOf(subjectKind);
    if (body.committer.kind !== kind) {
      const prefix = body.committer.code.slice(0, 2);
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '承诺人类别与代码不符', en: 'The committer kind does not match the code' },
        {
          errors: [
            {
              path: 'committer.kind',
              code: 'kind-mismatch',
              message: {
                'zh-CN': `代码 ${prefix}… 对应的承诺人类别为 ${kind}`,
                en: `The code ${prefix}… belongs to a committer of kind ${kind}`,
              },
            },
          ],
        },
      );
    }
    if (!template.committerKinds.includes(body.committer.kind)) {
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '该承诺模板不适用于此类承诺人', en: 'This template is not for this kind of committer' },
        {
          errors: [
            {
              path: 'committer.kind',
              code: 'not-allowed',
              message: {
                'zh-CN': `适用于:${template.committerKinds.join('、')}`,
                en: `Allowed: ${template.committerKinds.join(', ')}`,
              },
            },
          ],
        },
      );
    }
    const now = deps.clock.now();
    const today = businessDate(now);
    const signedAt = now.toISOString();
    const area = areaCodeOf(subject, subjectKind);
    const code = `${area}${today.replaceAll('-', '')}${String(await nextSerial(deps.db, area, today)).padStart(6, '0')}`;
    // The receipt travels: a person's number and the signer's name are masked in it, the code binds it to the record.
    const payload: ReceiptPayload = {
      v: 1,
      code,
      subjectCode: maskSubjectCode(subject),
      templateId: template.id,
      templateVersion: template.version,
      textHash: template.textHash,
      signer: maskName(body.signerName),
      signedAt,
      iss: RECEIPT_ISSUER,
    };
    const commitment: Commitment = {
      code,
      templateId: template.id,
      templateVersion: template.version,
      type: template.type,
      matter: template.matter,
      authority: template.authority,
      committer: {
        kind: body.committer.kind,
        code: subject,
        name: body.committer.name,
        legalRepresentative: body.committer.legalRepresentative ?? null,
        contactPhone: body.committer.contactPhone,
      },
      signerName: body.signerName,
      signedAt,
      validUntil: addMonths(today, template.validityMonths),
      disclosure: template.disclosure,
      state: 'signed',
      fulfilment: null,
      receipt: { jws: deps.receipts.sign(payload), kid: deps.receipts.currentKid, payload },
    };
    const { state: _state, fulfilment: _fulfilment, ...stored } = commitment;
    await insertAudited(
      deps,
      principal,
      `insert into commitments (code, subject_code, template_id, matter_code, state, valid_until, signed_at, body)
       values ($1, $2, $3, $4, 'signed', $5, $6, $7::jsonb) returning 1`,
      [
        code,
        subject,
        template.id,
        template.matter.code,
        commitment.validUntil,
        signedAt,
        JSON.stringify({ ...stored, signature: body.signature ?? null }),
      ],
      {
        action: 'commitment.sign',
        entity: 'commitment',
        entityId: code,
        data: { templateId: template.id, textHash: template.textHash },
      },
      [subject],
    );
    return commitment;
  }),

  endpoint(routes.getCommitment, async ({ deps, principal, params }) => {
    const row = await loadCommitment(deps.db, params.code);
    if (!row) throw notFound('Commitment');
    if (principal.kind === 'secret' || sessionSubject(principal) === row.subject_code) return toCommitment(row);
    if (row.body.disclosure !== 'public') throw notFound('Commitment');
    return toPublicCommitment(row);
  }),

  endpoint(routes.listCommitments, async ({ deps, query }) =>
    listPage<CommitmentRow, PublicCommitment>(
      deps.db,
      'select c.seq, c.code, c.subject_code, c.state, c.body, c.fulfilment from commitments c',
      'c',
      [
        [`c.body->>'disclosure' = ?`, 'public'],
        ['c.subject_code = ?', query.subject],
        ['c.matter_code = ?', query.matter],
      ],
      query,
      toPublicCommitment,
    ),
  ),

  endpoint(routes.verifyReceipt, async ({ deps, body }) => {
    const check = deps.receipts.check(body.jws);
    if (!check.valid) return { valid: false, reason: check.reason, payload: check.payload, state: null };
    const row = await loadCommitment(deps.db, check.payload.code);
    if (!row) return { valid: false, reason: 'unknown-commitment' as const, payload: check.payload, state: null };
    if (!sameReceipt(row.body.receipt.payload, check.payload))
      return { valid: false, reason: 'mismatch' as const, payload: check.payload, state: row.state };
    return { valid: true, reason: null, payload: check.payload, state: row.state };
  }),

  endpoint(routes.recordFulfilment, async ({ deps, principal, params, body }) => {
    if (body.result === 'breached' && !body.impact) {
      throw new ApiError(
        'validation_failed',
        {
          'zh-CN': '未履约须注明社会影响程度,以确定失信记录等级',
          en: 'A breach needs its social impact to grade the record',
        },
        {
          errors: [
            {
              path: 'impact',
              code: 'required',
              message: { 'zh-CN': '轻微、一般或严重', en: 'minor, ordinary or serious' },
            },
          ],
        },
      );
    }
    if (body.falseCommitment && body.result !== 'breached') {
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '虚假承诺属于未履约', en: 'A false commitment is a breach' },
        {
          errors: [
            {
              path: 'falseCommitment',
              code: 'needs-breach',
              message: { 'zh-CN': '只有未履约的承诺才能认定为虚假承诺', en: 'Only a breached commitment can be false' },
            },
          ],
        },
      );
    }
    const now = deps.clock.now();
    const today = businessDate(now);
    const updated = await write(deps, principal, async (tx) => {
      const row = await loadCommitment(tx, params.code, true);
      if (!row) throw notFound('Commitment');
      assertAuthority(principal, row.body.authority, 'record-fulfilment');
      if (row.state !== 'signed')
        throw invalidTransition({
          'zh-CN': `该承诺的履约情况已记录(${row.state})`,
          en: `The commitment's fulfilment was already recorded (${row.state})`,
        });
      let recordId: string | null = null;
      if (body.result === 'breached') {
        // Checked above: a breach names its impact.
        const impact = body.impact ?? 'ordinary';
        const falseCommitment = body.falseCommitment ?? false;
        const record = await insertRecord(
          tx,
          deps.policy,
          {
            subjectCode: row.subject_code,
            kind: falseCommitment ? 'false-commitment' : 'commitment-breach',
            class: impact,
            title: `${falseCommitment ? '虚假承诺' : '违背信用承诺'}:${row.body.matter.name}`,
            authority: row.body.authority,
            decisionNumber: `承诺编码 ${row.code}`,
            basis: body.reason,
            decidedAt: today,
          },
          today,
        );
        recordId = record.id;
      }
      const fulfilment = {
        result: body.result,
        falseCommitment: body.falseCommitment ?? false,
        reason: body.reason,
        recordedAt: now.toISOString(),
        recordId,
      };
      await tx.query('update commitments set state = $2, fulfilment = $3::jsonb where code = $1', [
        row.code,
        body.result,
        JSON.stringify(fulfilment),
      ]);
      return {
        result: { ...row, state: body.result, fulfilment },
        audit: {
          action: 'commitment.fulfilment',
          entity: 'commitment',
          entityId: row.code,
          data: { ...body, recordId },
        },
        subjects: [row.subject_code],
      };
    });
    return toCommitment(updated);
  }),
];
