// 信用报告核验: the page a credit report's QR code opens (`?number=…`). Anyone may check a report here;
// the check needs no key, and the subject is shown masked.
const config = await (await fetch('/portal-config.json')).json();
const kit = await import(config.widgetsUrl);

const params = new URLSearchParams(location.search);
const locale = params.get('lang') === 'en' || localStorage.getItem('portal-locale') === 'en' ? 'en' : 'zh-CN';
document.documentElement.lang = locale;
if (locale === 'en') document.title = 'Check a credit report · Credit China (demo province)';
kit.configure({
  baseUrl: config.apiBaseUrl || location.origin,
  locale,
  elderly: localStorage.getItem('portal-elderly') === 'on',
});
const verify = document.querySelector('credit-report-verify');
const number = params.get('number');
if (number) verify.number = number;
document.body.dataset.ready = 'true';
