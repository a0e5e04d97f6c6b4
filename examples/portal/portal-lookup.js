// 信用查询: a full badge for the code typed, and compact badges for the demo subjects (one batched
// request for all of them, made by the SDK inside the widgets).
export function setupLookup(portal) {
  const result = document.getElementById('lookup-result');
  const input = document.getElementById('lookup-code');

  function show(code) {
    const badge = document.createElement('credit-status-badge');
    badge.setAttribute('variant', 'full');
    badge.setAttribute('code', code.trim());
    result.replaceChildren(badge);
  }

  document.getElementById('lookup-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show(input.value);
  });
  document.getElementById('quick-search').addEventListener('submit', (event) => {
    event.preventDefault();
    input.value = document.getElementById('quick-search-code').value;
    show(input.value);
    document.getElementById('lookup').scrollIntoView();
  });

  document.getElementById('sample-badges').replaceChildren(
    // A natural person's code is never sent to a page before sign-in, so only organisations have a sample badge.
    ...portal.config.subjects
      .filter((s) => s.code)
      .map((s) => {
        const li = document.createElement('li');
        const name = Object.assign(document.createElement('span'), {
          className: 'badge-name',
          textContent: s.display.name,
        });
        const badge = document.createElement('credit-status-badge');
        badge.setAttribute('code', s.code);
        li.append(name, badge);
        return li;
      }),
  );
}
