// XSS through every widget, in Chromium against the real server: a corpus of payloads put into every string
// the API returns (a fetch that rewrites the real server's answers) and typed into every field of the forms.
// A payload that runs calls window.__xss; a payload that becomes markup leaves an element or an `on…`
// attribute in the widget's tree. Both must stay at 0, and the payload must be shown as text.
//
// A new widget is one more line in `widgets` below: its tag, how to render it, and whether it needs a session.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/answer-summary.js';
import '../../src/entries/commitment-form.js';
import '../../src/entries/file-upload.js';
import '../../src/entries/objection-form.js';
import '../../src/entries/repair-application.js';
import '../../src/entries/status-badge.js';
import '../../src/entries/status-tracker.js';
import '../../src/entries/submission-list.js';
import { createClient } from '@credit-kit/sdk';
import { configure } from '../../src/internal/config.js';
import { eventually } from '../../src/internal/test/helpers.js';
import { freshSubject, mintSession, useRealServer, type RealServer } from '../../src/internal/test/real-server.js';

declare global {
  interface Window {
    __xss: (id: number) => void;
  }
}

const hits: number[] = [];
window.__xss = (id) => hits.push(id);

/** Payloads that run `__xss(n)` if they ever become markup, script or a URL, in their usual disguises. */
export const PAYLOADS = [
  `<img src=x onerror="__xss(1)">`,
  `<script>__xss(2)</script>`,
  `"><svg onload=__xss(3)>`,
  `'><iframe srcdoc="<script>parent.__xss(4)</script>">`,
  `javascript:__xss(5)`,
  `<a href="javascript:__xss(6)">x</a>`,
  `</style><img src=x onerror=__xss(7)>`,
  `<details open ontoggle=__xss(8)>`,
  `\${__xss(9)}{{__xss(9)}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss(10)>`,
];

/** Markup a payload would leave behind if it were parsed as HTML. */
const INJECTED =
  'img[src="x"], script:not([type="module"]), iframe, svg[onload], details[ontoggle], mglyph, a[href^="javascript"]';

/** Every element of `root`'s composed tree, shadow roots included. */
function composed(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...composed(el.shadowRoot));
  }
  return out;
}

/** Whatever payload markup or event-handler attribute the widget's tree holds (none is allowed). */
function injected(el: Element): string[] {
  const all = [el, ...composed(el.shadowRoot ?? el)];
  return all.flatMap((node) => [
    ...(node.matches(INJECTED) ? [node.outerHTML.slice(0, 80)] : []),
    ...[...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${node.tagName} ${a.name}`),
  ]);
}

/** The text a person sees in the widget, shadow roots included. */
function text(el: Element): string {
  return [el, ...composed(el.shadowRoot ?? el)]
    .map((n) =>
      n.shadowRoot
        ? ''
        : [...n.childNodes]
            .filter((c) => c.nodeType === 3)
            .map((c) => c.textContent)
            .join(''),
    )
    .join(' ');
}

/** A fetch to the real server whose JSON answers carry `payload` in front of every string of text. */
function hostile(payload: string): typeof fetch {
  const poison = (value: unknown): unknown => {
    // Identifiers, codes, enum values, dates, hashes and signatures stay usable so the widget gets past its
    // look-ups; every string of free text (names, titles, reasons, labels, the commitment's wording) is replaced.
    if (typeof value === 'string') return /^[\w.:+/=-]*$/.test(value) ? value : `${payload}${value}`;
    if (Array.isArray(value)) return value.map(poison);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
    return value;
  };
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
    const body = poison(await response.json());
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

interface Tokens {
  own: string;
  withRecords: string;
}

interface WidgetCase {
  name: string;
  session?: boolean;
  /** `tokens.own`: a fresh subject's session; `tokens.withRecords`: a demo subject with published records. */
  render(server: RealServer, tokens: Tokens, payload: string): TemplateResult;
}

/** Every widget. A new one is one line here. */
const widgets: WidgetCase[] = [
  {
    name: 'status badge (full card, factors)',
    render: (s) => html`<credit-status-badge code=${s.demo.subjects.blacklisted} variant="full"></credit-status-badge>`,
  },
  {
    name: 'commitment form',
    session: true,
    render: (s, tokens) =>
      html`<credit-commitment-form
        template=${s.demo.templates.voluntary}
        session-token=${tokens.own}
      ></credit-commitment-form>`,
  },
  {
    name: 'submission list',
    session: true,
    render: (_s, tokens) =>
      html`<credit-submission-list
        kind="declarations"
        session-token=${tokens.own}
        .describe=${(item: { details: { practice: string } }) => ({ title: item.details.practice })}
      ></credit-submission-list>`,
  },
  {
    name: 'objection form',
    session: true,
    render: (_s, tokens) => html`<credit-objection-form session-token=${tokens.withRecords}></credit-objection-form>`,
  },
  {
    name: 'repair application',
    session: true,
    render: (_s, tokens) =>
      html`<credit-repair-application session-token=${tokens.withRecords}></credit-repair-application>`,
  },
  {
    name: 'file upload',
    render: (_s, _t, p) =>
      html`<credit-file-upload
        label=${p}
        error=${p}
        .files=${[{ id: 'file_x', name: p, contentType: 'application/pdf', size: 10, sha256: '0'.repeat(64), uploadedAt: '2026-09-01T00:00:00Z' }]}
      ></credit-file-upload>`,
  },
  {
    name: 'status tracker',
    render: (_s, _t, p) =>
      html`<credit-status-tracker
        .stages=${[
          { label: p, state: 'done', date: '2026-09-01', note: p },
          { label: p, state: 'current', note: p },
        ]}
      ></credit-status-tracker>`,
  },
  {
    name: 'answer summary',
    render: (_s, _t, p) =>
      html`<credit-answer-summary
        .rows=${[
          { label: p, value: p, field: p },
          { label: p, value: [p, p] },
        ]}
      ></credit-answer-summary>`,
  },
];

/** Waits until the widget shows `expected`, or (without it) has loaded: it shows text and nothing is loading. */
const settle = (el: Element, expected?: string) =>
  eventually(
    () =>
      expected
        ? text(el).includes(expected)
        : text(el).length > 0 && !el.shadowRoot!.querySelector('[aria-busy="true"], .loading'),
    `<${el.localName}> never showed ${expected ?? 'what it loads'}; it shows: ${text(el).slice(0, 200)}`,
  );

const tally = { renders: 0, typed: 0, executions: 0 };
after(() =>
  console.log(
    `xss: ${tally.renders} renders with payloads in API strings, ${tally.typed} payloads typed, ${tally.executions} executions`,
  ),
);

describe('XSS through every widget', function () {
  this.timeout(120_000);
  let server: RealServer;
  let tokens: Tokens;
  before(async function () {
    this.timeout(60_000);
    server = await useRealServer();
    const token = await mintSession(freshSubject('XA'), '贵州跨站测试有限公司');
    const { underSupervision } = server.demo.subjects;
    tokens = { own: token, withRecords: await mintSession(underSupervision, '南通市崇川区诚信物流有限公司') };
    // Something for the submission list to list.
    await createClient({
      baseUrl: server.url,
      publishableKey: server.demo.publishableKey,
      sessionToken: token,
    }).declarations.create({
      category: 'integrity-management',
      details: { practice: '信用管理制度', description: '按季度开展信用自查' },
      evidence: [],
      promiseTrue: true,
      authoriseSharing: true,
    });
  });
  afterEach(() => fixtureCleanup());

  for (const widget of widgets) {
    it(`${widget.name}: payloads in every API string are shown as text, never run`, async () => {
      for (const payload of PAYLOADS) {
        configure({ fetch: hostile(payload) });
        const el = await fixture(widget.render(server, tokens, payload));
        await settle(el, payload.slice(0, 12));
        tally.renders++;
        expect(injected(el), `${widget.name}: markup from ${payload}`).to.deep.equal([]);
        expect(text(el), `${widget.name} shows ${payload} as text`).to.contain(payload.slice(0, 12));
        fixtureCleanup();
      }
      await new Promise((r) => setTimeout(r, 200));
      tally.executions += hits.length;
      expect(hits, `${widget.name}: payloads that ran`).to.deep.equal([]);
      configure({ fetch: undefined });
    });
  }

  it('payloads typed into every field of the forms are kept as text, never run', async () => {
    configure({ fetch: undefined });
    for (const widget of widgets.filter((w) => w.session)) {
      const el = await fixture(widget.render(server, tokens, 'x'));
      await settle(el);
      const fields = composed(el.shadowRoot!).filter(
        (n): n is HTMLInputElement | HTMLTextAreaElement =>
          (n instanceof HTMLInputElement && ['text', 'tel', 'search', ''].includes(n.type)) ||
          n instanceof HTMLTextAreaElement,
      );
      for (const [i, field] of fields.entries()) {
        const payload = PAYLOADS[i % PAYLOADS.length]!;
        field.focus();
        await sendKeys({ type: payload });
        tally.typed++;
        field.blur();
      }
      await settle(el);
      expect(injected(el), `${widget.name}: markup from typed payloads`).to.deep.equal([]);
      fixtureCleanup();
    }
    await new Promise((r) => setTimeout(r, 200));
    tally.executions += hits.length;
    expect(hits).to.deep.equal([]);
  });
});
