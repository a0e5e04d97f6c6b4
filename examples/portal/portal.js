// The example portal: loads its config from its backend, then the credit-kit widgets, and wires
// the page. Plain ES modules, no build step, no inline code (the page runs under a strict CSP).
import { applyStrings, strings } from './portal-i18n.js';
import { setupAccount } from './portal-account.js';
import { setupColumn } from './portal-column.js';
import { setupLookup } from './portal-lookup.js';
import { setupServices } from './portal-services.js';

const config = await (await fetch('/portal-config.json')).json();
const kit = await import(config.widgetsUrl);

// `?lang=en` or the last choice; Simplified Chinese by default.
const asked = new URLSearchParams(location.search).get('lang');
let locale =
  asked === 'en' || asked === 'zh-CN' ? asked : localStorage.getItem('portal-locale') === 'en' ? 'en' : 'zh-CN';
let elderly = localStorage.getItem('portal-elderly') === 'on';

const apiBaseUrl = config.apiBaseUrl || location.origin;
kit.configure({ baseUrl: apiBaseUrl, publishableKey: config.publishableKey, locale, elderly });
const client = kit.createClient({ baseUrl: apiBaseUrl, publishableKey: config.publishableKey, locale });

/** Everything that re-renders its text when the language changes. */
const onLocale = [];
const portal = {
  config,
  kit,
  client,
  get locale() {
    return locale;
  },
  get t() {
    return strings[locale];
  },
  onLocale,
};

function applyLocale() {
  applyStrings(locale);
  kit.configure({ locale });
  for (const rerender of onLocale) rerender();
}

function applyElderly() {
  document.documentElement.classList.toggle('elderly', elderly);
  document.getElementById('elderly-toggle').setAttribute('aria-pressed', String(elderly));
  kit.configure({ elderly });
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  locale = locale === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem('portal-locale', locale);
  applyLocale();
});
document.getElementById('elderly-toggle').addEventListener('click', () => {
  elderly = !elderly;
  localStorage.setItem('portal-elderly', elderly ? 'on' : 'off');
  applyElderly();
});

const account = setupAccount(portal);
setupColumn(portal);
setupLookup(portal);
setupServices(portal, account);
applyLocale();
applyElderly();
document.body.dataset.ready = 'true';
