// Every story renders inside the page-wide settings chosen in the toolbar (language, theme,
// elderly mode) and talks to the msw-mocked API built from the contract fixtures.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { html } from 'lit';
import { configure as configureTesting } from 'storybook/test';
import { configure } from '@credit-kit/widgets';
import manifest from '@credit-kit/widgets/custom-elements.json' with { type: 'json' };
import { handlers, mockBaseUrl, mockPublishableKey } from '../stories/mocks/api.js';

setCustomElementsManifest(manifest);

// Play functions wait for what appears, never for how fast: after a 500 or a dropped connection the
// SDK retries with a backoff of a second or more, which `waitFor`'s default of 1 s does not cover.
configureTesting({ asyncUtilTimeout: 10_000 });

type Theme = 'default' | 'dark' | 'high-contrast';

const pageBackground: Record<Theme, string> = { default: '#ffffff', dark: '#0f1114', 'high-contrast': '#ffffff' };
/** The widgets take the page's typeface; the stories sit on a page with a typical portal's. */
const portalFont = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Applies the toolbar's globals page-wide, as a portal would with `configure()` and `lang`. */
const withPageSettings: Decorator = (story, { globals, id }) => {
  const locale = globals.locale === 'en' ? 'en' : 'zh-CN';
  const theme = (globals.theme ?? 'default') as Theme;
  // A base URL per story gives each story its own SDK client and status cache, like a fresh page;
  // the msw handlers match any prefix before /v1.
  const baseUrl = `${mockBaseUrl}/${id}`;
  configure({ baseUrl, publishableKey: mockPublishableKey, locale, theme, elderly: globals.elderly === 'on' });
  return html`<div
    lang=${locale}
    style="padding: 1rem; background: ${pageBackground[theme]}; font-family: ${portalFont}"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  // Each story starts from an empty page storage: a form's draft saved by one story is not the next's.
  beforeEach: () => {
    localStorage.clear();
    sessionStorage.clear();
  },
  loaders: [mswLoader()],
  decorators: [withPageSettings],
  globalTypes: {
    locale: {
      description: '界面语言 / UI language',
      toolbar: {
        title: '语言',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: '主题 / Theme',
      toolbar: { title: '主题', icon: 'contrast', items: ['default', 'dark', 'high-contrast'], dynamicTitle: true },
    },
    elderly: {
      description: '适老化模式 / Elderly-friendly mode',
      toolbar: {
        title: '适老化',
        icon: 'accessibility',
        items: [
          { value: 'off', title: '标准' },
          { value: 'on', title: '适老化' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'default', elderly: 'off' },
  parameters: {
    msw: { handlers },
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
