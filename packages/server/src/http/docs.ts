// The API reference at /docs: Swagger UI (swagger-ui-dist, served from this server, no CDN) rendering
// /v1/openapi.json: every route with its parameters, request and response schemas, generated examples,
// and the problem responses it declares. The page runs only its own script files under a strict CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Scripts, styles and API calls from this origin only; no inline script or style, no eval. */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The docs page: Swagger UI's files and its start-up script, with the document's title. */
export function renderDocs(doc: { info: { title: string; version: string } }): string {
  const title = `${escape(doc.info.title)} ${escape(doc.info.version)}`;
  // Swagger UI speaks English, as do the document's summaries: the page says so.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · API reference</title>
<meta name="description" content="Reference of the credit-kit API: every route with its schemas, examples and errors.">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"><link rel="stylesheet" href="/docs/assets/docs.css"></head>
<body><main><h1>${escape(doc.info.title)} reference</h1><div id="docs">
<noscript><p>The reference needs JavaScript. The document itself: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p></noscript></div></main>
<script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/assets/docs.js"></script>
</body></html>`;
}

/** Starts Swagger UI on the page's `#docs` with the server's own document. */
const DOCS_JS = `SwaggerUIBundle({
  url: '/v1/openapi.json',
  dom_id: '#docs',
  deepLinking: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  validatorUrl: null,
});
`;

const DOCS_CSS = `body{margin:0;font-family:sans-serif}main{max-width:1460px;margin:0 auto;padding:0 20px}
main>h1{font-size:1rem;font-weight:normal;color:#3b4151;margin:16px 0 0}`;

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

let assets: Map<string, { body: string; type: string }> | undefined;

/** The page's files by name, with their media types: Swagger UI's, read once per process, and the page's own. */
export function docsAssets(): Map<string, { body: string; type: string }> {
  if (assets) return assets;
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const file = (name: string) => readFileSync(join(swaggerDir, name), 'utf8');
  assets = new Map([
    ['swagger-ui-bundle.js', { body: file('swagger-ui-bundle.js'), type: js }],
    ['swagger-ui.css', { body: file('swagger-ui.css'), type: css }],
    ['docs.js', { body: DOCS_JS, type: js }],
    ['docs.css', { body: DOCS_CSS, type: css }],
  ]);
  return assets;
}
