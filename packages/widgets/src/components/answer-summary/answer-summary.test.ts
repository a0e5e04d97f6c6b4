import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../entries/answer-summary.js';
import { $$, expectFitsNarrowScreen, modes, visibleText } from '../../internal/test/helpers.js';
import type { AnswerRow, CreditAnswerSummary } from './answer-summary.js';

const rows: AnswerRow[] = [
  { label: '申报类别', value: '荣誉表彰', field: 'category' },
  { label: '荣誉名称', value: '贵州省“守合同重信用”企业<script>alert(1)</script>', field: 'title' },
  { label: '证明材料', value: ['证书.pdf(12 KB)', '公示文件.pdf(40 KB)'], field: 'evidence' },
  { label: '备注', value: '' },
];

describe('<credit-answer-summary>', () => {
  for (const mode of modes) {
    it(`lists each answer with a change button that names it (${mode.name})`, async () => {
      const el = await fixture<CreditAnswerSummary>(
        html`<credit-answer-summary
          .rows=${rows}
          locale=${mode.locale}
          ?elderly=${mode.elderly}
        ></credit-answer-summary>`,
      );
      const text = visibleText(el);
      expect(text).to.contain('<script>alert(1)</script>');
      expect(text).to.contain('证书.pdf(12 KB)').and.contain('公示文件.pdf(40 KB)');
      expect(text).to.contain(mode.locale === 'en' ? 'Not given' : '未填写');
      const buttons = $$<HTMLButtonElement>(el, 'button');
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(
        mode.locale === 'en'
          ? ['Change 申报类别', 'Change 荣誉名称', 'Change 证明材料']
          : ['修改申报类别', '修改荣誉名称', '修改证明材料'],
      );
      const change = oneEvent(el, 'credit-answer-change');
      buttons[1]!.click();
      expect((await change).detail).to.deep.equal({ field: 'title' });
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
    });
  }
});
