import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../entries/file-upload.js';
import { configure } from '../../internal/config.js';
import { isCallTo } from '../../internal/test/fake-api.js';
import {
  $,
  $$,
  button,
  eventually,
  expectElderlySizes,
  expectFitsNarrowScreen,
  focused,
  modes,
  pdfFile,
  untilText,
  visibleText,
} from '../../internal/test/helpers.js';
import { freshSubject, mintSession, useRealServer } from '../../internal/test/real-server.js';
import { sha256Hex } from '../../internal/file-limits.js';
import type { CreditFileUpload } from './file-upload.js';

const subject = () => freshSubject('FU');

async function open(mode: (typeof modes)[number] = modes[0], token?: string) {
  const el = await fixture<CreditFileUpload>(
    html`<credit-file-upload
      label=${mode.locale === 'en' ? 'Evidence' : '证明材料'}
      required
      locale=${mode.locale}
      ?elderly=${mode.elderly}
      session-token=${token ?? (await mintSession(subject(), '贵州上传测试有限公司'))}
    ></credit-file-upload>`,
  );
  await untilText(el, mode.locale === 'en' ? 'PDF, JPG, PNG' : 'PDF、JPG、PNG');
  return el;
}

describe('<credit-file-upload> against the real server', function () {
  this.timeout(60_000);
  beforeEach(async () => {
    await useRealServer();
  });

  for (const mode of modes) {
    it(`uploads a file with its size and checksum, and is accessible (${mode.name})`, async () => {
      const el = await open(mode);
      expect(visibleText(el)).to.contain(mode.locale === 'en' ? 'up to 10 MB each' : '单个文件不超过 10 MB');
      await expect(el).to.be.accessible();
      const file = pdfFile(mode.locale === 'en' ? 'licence.pdf' : '营业执照.pdf');
      const changed = oneEvent(el, 'credit-files-change');
      await el.addFiles([file]);
      expect((await changed).detail.uploading).to.deep.equal([file.name]);
      await untilText(el, mode.locale === 'en' ? 'Uploaded' : '已上传');
      const [stored] = el.value;
      expect(stored!.name).to.equal(file.name);
      expect(stored!.sha256).to.equal(await sha256Hex(file));
      expect(visibleText(el)).to.contain(stored!.sha256).and.contain(file.name).and.contain(`${file.size} B`);
      expect($(el, '[role="status"]').textContent).to.contain(file.name);
      await expect(el).to.be.accessible();
      if (mode.elderly) expectElderlySizes(el);
      await expectFitsNarrowScreen(el);
    });
  }

  it('refuses a wrong type, an empty file and an oversized file before sending anything, saying why', async () => {
    let posts = 0;
    configure({
      fetch: (input, init) => {
        if (isCallTo(input, '/v1/files')) posts++;
        return fetch(input, init);
      },
    });
    const el = await open();
    await el.addFiles([new File(['MZ'], '安装程序.exe', { type: 'application/x-msdownload' })]);
    expect(visibleText(el)).to.contain('“安装程序.exe”的格式不支持,请上传 PDF、JPG、PNG 格式的文件');
    await el.addFiles([new File([], '空白.pdf', { type: 'application/pdf' })]);
    expect(visibleText(el)).to.contain('“空白.pdf”是空文件');
    el.limits = { maxBytes: 1024, contentTypes: ['application/pdf'], maxPerSubmission: 1 };
    await el.updateComplete;
    await el.addFiles([new File([new Uint8Array(4096)], '扫描件.pdf', { type: 'application/pdf' })]);
    expect(visibleText(el)).to.contain('“扫描件.pdf”大小为 4 KB,超过单个文件 1 KB 的上限');
    expect(posts).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a failed upload, retries it, and removes a file with the keyboard', async () => {
    let failNext = true;
    configure({
      maxRetries: 0,
      fetch: (input, init) => {
        if (isCallTo(input, '/v1/files') && failNext) {
          failNext = false;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return fetch(input, init);
      },
    });
    const el = await open();
    await el.addFiles([pdfFile('合同.pdf')]);
    await untilText(el, '上传失败');
    expect(visibleText(el)).to.contain('网络');
    expect($(el, '[role="status"]').textContent).to.contain('“合同.pdf”上传失败');
    await expect(el).to.be.accessible();
    button(el, '重新上传').click();
    await untilText(el, '已上传');
    expect(el.value).to.have.length(1);

    const remove = $$<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-label') === '移除“合同.pdf”')!;
    remove.focus();
    const changed = oneEvent(el, 'credit-files-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.files).to.deep.equal([]);
    await eventually(() => !visibleText(el).includes('已上传'));
    expect(focused(el)?.id, 'focus returns to the choose button').to.equal('choose');
    expect($(el, '[role="status"]').textContent).to.contain('已移除“合同.pdf”');
  });

  it('takes dropped files', async () => {
    const el = await open();
    const data = new DataTransfer();
    data.items.add(pdfFile('荣誉证书.pdf'));
    $(el, '[part~="dropzone"]').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await untilText(el, '已上传');
    expect(el.value.map((f) => f.name)).to.deep.equal(['荣誉证书.pdf']);
  });

  it('shows files restored from a draft as uploaded, and the picker is reached by the keyboard', async () => {
    const el = await open();
    el.files = [
      {
        id: 'fil_restored',
        name: '旧文件.pdf',
        contentType: 'application/pdf',
        size: 2048,
        sha256: 'a'.repeat(64),
        uploadedAt: '2026-11-30T08:00:00Z',
      },
    ];
    await el.updateComplete;
    expect(visibleText(el)).to.contain('旧文件.pdf').and.contain('2 KB').and.contain('已上传');
    el.focus();
    expect(focused(el)?.id).to.equal('choose');
    expect($(el, '#choose').getAttribute('aria-labelledby')).to.equal('files-label choose');
  });
});
