// 信用服务: the signed-in subject's forms. The commitment form takes the template chosen here;
// the declaration, repair and objection forms appear once their elements are registered.
export function setupServices(portal, account) {
  const tabs = [...document.querySelectorAll('#services [role="tab"]')];
  const select = document.getElementById('template-select');
  const commitmentSlot = document.getElementById('commitment-slot');
  const laterSlots = [...document.querySelectorAll('#services [data-widget]')];
  let templates = [];

  function selectTab(tab) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      selectTab(next);
      next.focus();
    });
  });

  const note = (text, className) => Object.assign(document.createElement('p'), { className, textContent: text });

  /** The element for `tag` bound to the session, or a note when signed out or not yet available. */
  function widget(tag, session, attributes = {}) {
    if (!customElements.get(tag)) return note(portal.t.comingSoon, 'coming-soon');
    if (!session) return note(portal.t.needSignIn, 'panel-note');
    const element = document.createElement(tag);
    element.setAttribute('session-token', session.token);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }

  function renderCommitmentForm(session) {
    const current = commitmentSlot.firstElementChild;
    const template = select.value;
    // Keep a form that is already bound to this session and template: re-creating it would lose focus.
    if (current?.getAttribute('session-token') === session?.token && current?.getAttribute('template') === template)
      return;
    commitmentSlot.replaceChildren(
      template ? widget('credit-commitment-form', session, { template }) : note('…', 'panel-note'),
    );
  }

  function render(session) {
    document.getElementById('services-signin-hint').hidden = Boolean(session);
    if (templates.length) renderOptions();
    renderCommitmentForm(session);
    for (const slot of laterSlots) slot.replaceChildren(widget(slot.dataset.widget, session));
  }

  /** The templates the signed-in subject can sign: those for its kind of committer (all when signed out). */
  const signable = () => {
    const kind = account.session?.subject?.committerKind;
    return kind ? templates.filter((t) => t.committerKinds.includes(kind)) : templates;
  };

  function renderOptions() {
    const offered = signable();
    const chosen = offered.some((t) => t.id === select.value) ? select.value : offered[0]?.id;
    select.replaceChildren(
      ...offered.map((t) => new Option(`${t.matter.name}(${t.authority})`, t.id, false, t.id === chosen)),
    );
  }

  select.addEventListener('change', () => renderCommitmentForm(account.session));
  // A signed commitment appears in the public column at once, and its receipt can be checked below.
  document.addEventListener('credit-commitment-signed', (event) => {
    const jws = event.detail?.commitment?.receipt?.jws;
    if (jws) document.getElementById('verify-jws').value = jws;
    void portal.refreshColumn?.();
  });
  // An objection or a decided repair changes the subject's status (its record is suspended, corrected,
  // revoked or no longer published): the badges of that subject on this page look it up again.
  const refreshBadges = (event) => {
    const repair = event.detail?.repair;
    const code =
      event.detail?.objection?.subjectCode ?? (repair?.state === 'submitted' ? undefined : repair?.subjectCode);
    if (!code) return;
    for (const badge of document.querySelectorAll('credit-status-badge')) if (badge.code === code) badge.reload();
  };
  document.addEventListener('credit-objection-submitted', refreshBadges);
  document.addEventListener('credit-objection-updated', refreshBadges);
  document.addEventListener('credit-repair-updated', refreshBadges);
  portal.onLocale.push(() => render(account.session));

  portal.client.templates
    .list({ limit: 50 })
    .then((page) => {
      templates = page.data;
      const remembered = sessionStorage.getItem('portal-template');
      renderOptions();
      if (remembered && signable().some((t) => t.id === remembered)) select.value = remembered;
      render(account.session);
    })
    .catch(() => commitmentSlot.replaceChildren(note(portal.t.columnFailed, 'error')));
  select.addEventListener('change', () => sessionStorage.setItem('portal-template', select.value));
  account.subscribe(render);
}
