// The build's template minifier (vite.config.ts): it must keep every selector and value meaning
// what it meant, or the widgets ship broken styles that no browser test (run from sources) would see.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyTemplates } from '../../../vite.config.js';

describe('minifyCss', () => {
  it('drops whitespace and comments a CSS parser ignores', () => {
    const css = `
      /* the host */
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      th,
      td > span {
        padding: 0.25em 0.5em;
      }
      @media (forced-colors: active) {
        .chip { border: 1px solid CanvasText; }
      }`;
    assert.equal(
      minifyCss(css).trim(),
      ':host{display:inline-block;vertical-align:middle}th,td>span{padding:0.25em 0.5em}@media (forced-colors:active){.chip{border:1px solid CanvasText}}',
    );
  });

  it('keeps the space before a colon (a descendant combinator) and between values', () => {
    assert.equal(
      minifyCss(":host(:not([variant='full'])) :focus-visible { outline: 3px solid red; }").trim(),
      ":host(:not([variant='full'])) :focus-visible{outline:3px solid red}",
    );
    assert.equal(minifyCss('a { margin: calc(1px + 2px) auto; }').trim(), 'a{margin:calc(1px + 2px) auto}');
  });

  it('leaves interpolation boundaries to the caller: a value split around ${…} keeps its spaces', () => {
    // `border: ${width} solid ${colour};` reaches it as the parts around the interpolations.
    assert.deepEqual(['\n  border: ', ' solid ', ';\n'].map(minifyCss), [' border:', ' solid ', ';']);
  });
});

describe('minifyTemplates', () => {
  it('minifies the static text of css and html templates, nested ones too, and leaves expressions and other strings alone', () => {
    const code = [
      'const styles = css`',
      '  :host {',
      '    color: ${t.colorText};',
      '  }`;',
      'const view = (x) => html`<p>',
      '    ${x.items.map((i) => html`<li>',
      '      ${i}</li>`)}',
      '    ${{ a: "`{ not: a template }`" }.a}',
      '  </p>`;',
      'const plain = `keep\n  this`;',
    ].join('\n');
    const out = minifyTemplates(code);
    assert.match(out, /css` :host\{color:\$\{t\.colorText\}\}`/);
    assert.match(out, /html`<p> \$\{x\.items\.map\(\(i\) => html`<li> \$\{i\}<\/li>`\)\} \$\{/);
    assert.ok(out.includes('"`{ not: a template }`"'), 'a string inside an expression is untouched');
    assert.ok(out.endsWith(' </p>`;\nconst plain = `keep\n  this`;'), 'an untagged template is untouched');
  });
});
