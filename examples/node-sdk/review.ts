// A department's daily script, run server-side with its SECRET key (never in a browser):
// review pending repair applications and objections, run a credit check (逢办必查) and feed back
// what was applied, and record that a commitment was breached.
//
//   CREDIT_API_URL=http://127.0.0.1:8787 CREDIT_SECRET_KEY=sk_… \
//     node --conditions=source --import tsx examples/node-sdk/review.ts
import { createClient, type CreditClient } from '@credit-kit/sdk';
import type { Check, Commitment, Objection, RecordClass, Repair } from '@credit-kit/contract';

export interface ReviewOutcome {
  repairs: Repair[];
  objections: Objection[];
}

/**
 * Decides every pending repair application and objection. The decision rule is the department's
 * own; this example approves repairs whose applicant describes a correction, revokes records whose
 * objection brings evidence and refuses the others.
 */
export async function reviewPending(client: CreditClient, reviewer = '市发展改革委信用科'): Promise<ReviewOutcome> {
  const repairs: Repair[] = [];
  for await (const repair of client.repairs.list({ state: 'submitted' })) {
    const approve = repair.correction.trim().length >= 10;
    repairs.push(
      await client.repairs.review(repair.id, {
        decision: approve ? 'approved' : 'rejected',
        reason: approve ? `${reviewer}:已纠正失信行为,材料齐全,准予修复` : `${reviewer}:未说明纠正失信行为的情况`,
      }),
    );
  }
  const objections: Objection[] = [];
  for await (const objection of client.objections.list({ state: 'verifying' })) {
    const hasEvidence = objection.evidence.length > 0;
    objections.push(
      await client.objections.review(objection.id, {
        decision: hasEvidence ? 'revoked' : 'refused',
        reason: hasEvidence ? `${reviewer}:经核实,该信息有误,予以撤销` : `${reviewer}:未提供证明材料,经核实信息无误`,
      }),
    );
  }
  return { repairs, objections };
}

/** 发起 → 响应 → 反馈: checks a subject for a matter and records which measures were applied. */
export async function checkAndFeedBack(
  client: CreditClient,
  subjectCode: string,
  matter: { code: string; name: string; kind: string },
  handler = '窗口工作人员',
): Promise<Check> {
  const check = await client.checks.create({ subjectCode, matter, handler });
  const applied = check.measures.filter((m) => m.enforceable).map((m) => m.id);
  const outcome = check.measures.some((m) => m.kind === 'sanction' && m.enforceable)
    ? 'approved-with-conditions'
    : check.measures.some((m) => m.id === 'green-channel')
      ? 'green-channel'
      : 'approved';
  const note = check.status ? `已按核查结果办理(${check.status.grade}级)` : '无不良信用记录,正常办理';
  return client.checks.feedback(check.id, { applied, outcome, note });
}

/** Records that a commitment was not kept; the API files a dishonesty record graded by `impact`. */
export function recordBreach(
  client: CreditClient,
  commitmentCode: string,
  reason: string,
  impact: RecordClass = 'ordinary',
): Promise<Commitment> {
  return client.commitments.recordFulfilment(commitmentCode, { result: 'breached', reason, impact });
}

async function main(): Promise<void> {
  const baseUrl = process.env.CREDIT_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
  const secretKey = process.env.CREDIT_SECRET_KEY;
  if (!secretKey) throw new Error("Set CREDIT_SECRET_KEY to the department's secret key (sk_…).");
  const client = createClient({ baseUrl, secretKey });

  const { repairs, objections } = await reviewPending(client);
  console.log(`信用修复申请:已审核 ${repairs.length} 件`);
  for (const r of repairs) console.log(`  ${r.id} ${r.state} ${r.review?.reason ?? ''}`);
  console.log(`异议申诉:已处理 ${objections.length} 件`);
  for (const o of objections) console.log(`  ${o.id} ${o.state} ${o.review?.reason ?? ''}`);

  const [first] = (await client.commitments.list({ limit: 1 })).data;
  if (first) {
    const check = await checkAndFeedBack(client, first.committer.code, { ...first.matter, kind: 'licence' });
    console.log(`信用核查 ${check.id}:${check.summary['zh-CN']},反馈 ${check.feedback?.outcome}`);
  }
  const breachCode = process.env.CREDIT_BREACH_COMMITMENT;
  if (breachCode) {
    const breached = await recordBreach(client, breachCode, '经现场核查,承诺内容与实际情况不符');
    console.log(`承诺 ${breached.code}:${breached.state},失信记录 ${breached.fulfilment?.recordId}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
