// The credit report on the portal against the real server: the subject downloads its report in the
// 信用报告 tab, uploads it as a repair material in one click and applies with it, and the department
// reviewing the application checks the attached file through the SDK. The PDF's QR code opens the portal's verification
// page, which says genuine and current, and superseded once the repair is approved.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { addMonths, makeUscc } from '@credit-kit/contract';
import { createClient, verifyReport } from '@credit-kit/sdk';
import type { Page } from 'playwright-core';
import { screenshot, startPortal, type Portal } from './harness.js';

const { pdfQrCodes, pdfText } = (await import(new URL('../../scripts/poppler.mjs', import.meta.url).href)) as {
  pdfText: (pdf: Uint8Array) => string;
  pdfQrCodes: (pdf: Uint8Array) => string[];
};

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

const today = () => new Date().toISOString().slice(0, 10);

/** The portal signed in as a company of its own with one ordinary record decided five months ago. */
async function signedInWithRecord(): Promise<{
  page: Page;
  code: string;
  name: string;
  title: string;
  session: { token: string };
}> {
  const body = `MR${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  const code = makeUscc({ areaCode: '520102', organisationBody: body });
  const name = `贵阳报告测试${body}有限公司`;
  const title = `未按期公示年度报告${body}`;
  await portal.department.records.create({
    subjectCode: code,
    subjectName: name,
    kind: 'administrative-penalty',
    class: 'ordinary',
    title,
    decisionNumber: `筑市监罚〔2026〕${body}号`,
    basis: '《企业信息公示暂行条例》第十条',
    decidedAt: addMonths(today(), -5),
  });
  const session = await portal.department.sessions.create({
    subjectCode: code,
    subjectName: name,
    committerKind: 'organisation',
  });
  const stored = JSON.stringify({ token: session.token, subject: session.subject, expiresAt: session.expiresAt });
  const page = await portal.open(
    '/',
    'zh-CN',
    (p) => void p.addInitScript((value) => sessionStorage.setItem('portal-session', value), stored),
  );
  return { page, code, name, title, session };
}

/** The verification page the URL opens, and its verdict once shown. */
async function verdictAt(url: string): Promise<{ verdict: string | null; text: string; page: Page }> {
  const page = await portal.open(new URL(url).pathname + new URL(url).search);
  const result = page.locator('credit-report-verify [part~="result"]');
  await result.waitFor();
  return { verdict: await result.getAttribute('data-verdict'), text: await result.innerText(), page };
}

test('the subject downloads its report and attaches it to a repair application; the department sees it verified; the QR code checks it', async () => {
  const { page, code, name, title, session } = await signedInWithRecord();

  // 1. 信用报告: the report of the signed-in subject, downloaded as a PDF.
  await page.locator('#tab-report').click();
  const report = page.locator('credit-report');
  await report.getByText(name).first().waitFor();
  const downloading = page.waitForEvent('download');
  await report.getByRole('button', { name: '下载 PDF' }).click();
  const download = await downloading;
  const pdf = new Uint8Array(await readFile(await download.path()));
  const text = pdfText(pdf).replace(/\s+/g, '');
  const number = /报告编号(XYBG\d{8}[0-9A-Z]{8})/.exec(text)?.[1];
  assert.ok(number, 'the PDF carries its number');
  assert.ok(text.includes(name) && text.includes(title), 'the PDF names the subject and its record');
  assert.equal(download.suggestedFilename(), `信用报告-${number}.pdf`);
  await screenshot(page, 'credit-report', 'zh-CN');

  // 2. The report uploaded as a repair material in one click (<credit-report>), then the application
  //    filed with it through the SDK on the subject's session.
  const attachedEvent = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('credit-report-attach', (e) => resolve((e as CustomEvent).detail.file.id), {
          once: true,
        }),
      ),
  );
  await report.getByRole('button', { name: '用作信用修复申请材料' }).click();
  const fileId = await attachedEvent;
  await report.getByText('上传为信用修复申请材料').waitFor();
  const subject = createClient({ baseUrl: portal.url, sessionToken: session.token });
  const [record] = await subject.records.list(code).toArray();
  const proof = await subject.files.upload(new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), {
    name: '整改证明.pdf',
  });
  await subject.repairs.create({
    recordId: record!.id,
    correction: '已按规定补报年度报告,并完善了信息公示制度。',
    promiseTrue: true,
    materials: [
      { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
      { path: 'performance', files: [proof.id] },
      { path: 'credit-report', files: [fileId] },
    ],
  });

  // 3. The department's review, through the SDK: the attached file is the report the platform issued,
  //    still current, and its JSON verifies offline.
  const [repair] = await portal.department.repairs.list({ subject: code }).toArray();
  assert.ok(repair, 'the application reached the department');
  const material = repair.materials.find((m) => m.path === 'credit-report');
  assert.equal(material?.files.length, 1);
  const attached = await portal.department.files.download(material.files[0]!.id);
  const check = await portal.department.reports.checkPdf(attached);
  assert.deepEqual([check?.number, check?.issued, check?.state, check?.pdf], [number, true, 'current', 'match']);
  const signed = await portal.department.reports.get(code);
  assert.equal((await verifyReport(signed, { jwks: await portal.department.receipts.jwks() })).valid, true);

  // 4. The QR code on every page opens the verification page of this report: genuine and current.
  const codes = pdfQrCodes(pdf);
  assert.ok(codes.length >= 1 && codes.every((url) => url === codes[0]), 'the same QR code on every page');
  const url = codes[0]!;
  assert.equal(new URL(url).searchParams.get('number'), number);
  const first = await verdictAt(url);
  assert.equal(first.verdict, 'current');
  assert.ok(first.text.includes('真实有效'), first.text);
  await screenshot(first.page, 'credit-report-verify', 'zh-CN');

  // 5. The department approves the repair: the same QR code now says the report is superseded.
  await portal.department.repairs.review(repair.id, { decision: 'approved', reason: '材料齐全,准予修复' });
  const later = await verdictAt(url);
  assert.equal(later.verdict, 'superseded');
  assert.ok(later.text.includes('已被取代'), later.text);
});
