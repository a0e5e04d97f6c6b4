type OpenApi = {
  info: { title: string; version: string; description?: string };
  paths: Record<
    string,
    Record<string, { operationId: string; summary: string; tags: string[]; security: Record<string, unknown>[] }>
  >;
};

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A CSP that allows nothing but the page's own stylesheet: the docs page runs no script at all. */
export const DOCS_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The human docs page: every operation of the OpenAPI document, grouped by tag, rendered on the server. */
export function renderDocs(doc: OpenApi): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const access = op.security.length ? op.security.map((s) => Object.keys(s)[0]).join(' · ') : 'public';
      const row = `<tr><td><span class="m m-${method}">${method.toUpperCase()}</span></td><td><code>${escape(path)}</code></td><td>${escape(op.summary)}</td><td class="a">${escape(access)}</td></tr>`;
      const tag = op.tags[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag]
    .map(
      ([tag, rows]) =>
        `<section><h2>${escape(tag)}</h2><table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Access</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} ${escape(doc.info.version)}</title><link rel="stylesheet" href="/docs/style.css"></head>
<body><main><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1>
<p>${escape(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1). Keys travel as <code>Authorization: Bearer …</code>:
<code>pk_…</code> publishable (browser, registered origins, public data), <code>ss_…</code> subject session, <code>sk_…</code> secret (server-side).
Every POST accepts <code>Idempotency-Key</code>; errors are <code>application/problem+json</code> (RFC 9457) with a <code>code</code>.</p>
${sections}
</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:24px}h1 small{color:#666;font-weight:normal;font-size:60%}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:16px}th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}code{font:13px ui-monospace,monospace}.a{color:#555;font-size:13px}
.m{display:inline-block;min-width:3.5em;text-align:center;border-radius:3px;color:#fff;font:bold 12px ui-monospace,monospace;padding:2px 4px}
.m-get{background:#1f6feb}.m-post{background:#1a7f37}`;
