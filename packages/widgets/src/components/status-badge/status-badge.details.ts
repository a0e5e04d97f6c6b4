import type { Locale, Status } from '@credit-kit/contract';
import { gradeDescriptions } from '@credit-kit/contract/plain';
import { css, html, type TemplateResult } from 'lit';
import * as t from '../../internal/theme.styles.js';

// The badge's rarer views, loaded on first use: the factor table (评价依据, shown on request) and the
// full variant's card, with their styles.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// The strings of these views in both languages, as the other rare paths keep theirs (error-text.ts).
const strings = {
  'zh-CN': {
    score: (n: number) => `信用评分 ${n} 分`,
    publishedRecords: (n: number) => `公示中的失信记录 ${n} 条`,
    factorsCaption: '评价依据:各项因素及其分值',
    factor: '因素',
    factorCount: '数量',
    factorPoints: '分值',
    total: '合计',
    model: (model: string) => `评价模型:${model}`,
    updatedAt: (date: string) => `更新时间:${date}`,
  },
  en: {
    score: (n: number) => `Score ${n}`,
    publishedRecords: (n: number) => plural(n, 'published dishonesty record'),
    factorsCaption: 'How the grade was reached: each factor and its points',
    factor: 'Factor',
    factorCount: 'Count',
    factorPoints: 'Points',
    total: 'Total',
    model: (model: string) => `Scoring model: ${model}`,
    updatedAt: (date: string) => `Updated ${date}`,
  },
} satisfies Record<Locale, unknown>;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The factors that produced the grade, with their points and the total. */
export function factorTable(s: Status, locale: Locale): TemplateResult {
  const text = strings[locale];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(s.updatedAt),
  );
  return html`<table>
      <caption>
        ${text.factorsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.factor}</th>
          <th scope="col" class="num">${text.factorCount}</th>
          <th scope="col" class="num">${text.factorPoints}</th>
        </tr>
      </thead>
      <tbody>
        ${s.factors.map(
          (f) =>
            html`<tr>
              <th scope="row">${f.label[locale]}</th>
              <td class="num">${f.count}</td>
              <td class="num">${signed(f.points)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${text.total}</th>
          <td></td>
          <td class="num">${s.score}</td>
        </tr>
      </tfoot>
    </table>
    <p class="muted">${text.model(s.model)} · ${text.updatedAt(date)}</p>`;
}

/** The pieces the badge renders itself (they carry its state and events), placed on the full card. */
export interface CardParts {
  grade: TemplateResult;
  marks: unknown;
  commitments: TemplateResult;
  toggle: TemplateResult;
  factors: unknown;
}

/** The full variant: the subject's name and code, the grade with its meaning, the score and records. */
export function fullCard(s: Status, locale: Locale, parts: CardParts): TemplateResult {
  const text = strings[locale];
  return html`<p class="subject">${s.name}<span class="muted">${s.code}</span></p>
    ${parts.grade}
    <p class="muted">${gradeDescriptions[s.grade][locale]}</p>
    ${parts.marks}${parts.commitments}
    <p class="muted">${text.score(s.score)} · ${text.publishedRecords(s.publishedRecords)}</p>
    ${parts.toggle}${parts.factors}`;
}

/** Styles of the card and the table: the badge adds them to its shadow root once this module has loaded. */
export const detailsStyles = css`
  :host([variant='full']) [part~='base'] {
    display: block;
    padding: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    background: ${t.colorSurface};
  }
  :host([variant='full']) [part~='marks'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block: 0.5em;
  }
  :host([variant='full']) [part~='toggle'] {
    margin-top: 0.5em;
    padding: 0;
  }
  .subject {
    font-weight: 600;
  }
  .subject .muted {
    font-weight: normal;
    margin-inline-start: 0.5em;
  }
  p {
    margin: 0.25em 0;
  }
  [part~='factors'] {
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 36em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: ${t.borderWidth} solid;
    border-bottom-color: ${t.colorBorder};
    text-align: start;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tfoot {
    font-weight: 700;
  }
`;
