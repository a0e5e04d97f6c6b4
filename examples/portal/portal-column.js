// 信用承诺公示: the public column read through the SDK with the publishable key (the API masks
// personal data), and receipt verification. API text is always set as text, never as HTML.
export function setupColumn(portal) {
  const rows = document.getElementById('column-rows');
  let policy;
  let page;

  const cell = (text, className) =>
    Object.assign(document.createElement('td'), { textContent: text, className: className ?? '' });

  function render() {
    const t = portal.t;
    if (!page) return;
    if (page.failed || page.data.length === 0) {
      const td = cell(page.failed ? t.columnFailed : t.columnEmpty);
      td.colSpan = 6;
      rows.replaceChildren(Object.assign(document.createElement('tr'), {}));
      rows.firstChild.append(td);
      return;
    }
    const dateTime = new Intl.DateTimeFormat(portal.locale, { dateStyle: 'medium', timeStyle: 'short' });
    rows.replaceChildren(
      ...page.data.map((c) => {
        const tr = document.createElement('tr');
        tr.dataset.code = c.code;
        const state = Object.assign(document.createElement('span'), {
          className: `state state-${c.state}`,
          textContent: t.states[c.state],
        });
        const stateCell = cell('');
        stateCell.append(state);
        tr.append(
          cell(c.code, 'code'),
          cell(c.committer.name),
          cell(c.matter.name),
          cell(policy?.labels.commitmentTypes[c.type]?.[portal.locale] ?? c.type),
          cell(dateTime.format(new Date(c.signedAt))),
          stateCell,
        );
        return tr;
      }),
    );
  }

  async function load() {
    try {
      policy ??= await portal.client.policy.get();
      page = await portal.client.commitments.list({ limit: 10 });
    } catch {
      page = { failed: true, data: [] };
    }
    render();
  }

  const verifyForm = document.getElementById('verify-form');
  const verifyResult = document.getElementById('verify-result');
  verifyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const jws = document.getElementById('verify-jws').value.trim();
    if (!jws) return;
    const t = portal.t;
    const result = await portal.client.receipts.verify(jws).catch(() => ({ valid: false, reason: 'malformed' }));
    verifyResult.className = `verify-result ${result.valid ? 'ok' : 'bad'}`;
    verifyResult.textContent = result.valid
      ? t.verifyOk(result.payload.code, t.states[result.state] ?? result.state)
      : t.verifyBad(result.reason);
  });

  document.getElementById('column-refresh').addEventListener('click', load);
  portal.onLocale.push(render);
  portal.refreshColumn = load;
  void load();
}
