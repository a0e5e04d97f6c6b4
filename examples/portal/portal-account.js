// Demo sign-in: the portal backend mints a subject session with its secret key and returns only
// the short-lived `ss_` token, kept in this tab's sessionStorage so a reload stays signed in.
const storageKey = 'portal-session';

export function setupAccount(portal) {
  const form = document.getElementById('sign-in');
  const choices = document.getElementById('subject-choices');
  const signedIn = document.getElementById('signed-in');
  const error = document.getElementById('sign-in-error');
  const listeners = new Set();
  let session = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
  if (session && Date.parse(session.expiresAt) <= Date.now()) session = null;

  function renderChoices() {
    const t = portal.t;
    choices.replaceChildren(
      ...portal.config.subjects.map((s, i) => {
        const label = document.createElement('label');
        const input = Object.assign(document.createElement('input'), {
          type: 'radio',
          name: 'subject',
          value: s.id,
          checked: i === 0,
        });
        const text = document.createElement('span');
        const kind = Object.assign(document.createElement('span'), {
          className: 'choice-kind',
          textContent: `${t.kinds[s.kind]} · ${s.display.code}`,
        });
        text.append(s.display.name, kind);
        label.append(input, text);
        return label;
      }),
    );
  }

  function render() {
    form.hidden = Boolean(session);
    signedIn.hidden = !session;
    document.getElementById('account').textContent = session ? `${portal.t.account}:${session.subject.name}` : '';
    if (session) {
      document.getElementById('signed-in-name').textContent = session.subject.name;
      document.getElementById('signed-in-code').textContent = session.subject.code;
    }
    for (const listener of listeners) listener(session);
  }

  function setSession(next) {
    session = next;
    if (next) sessionStorage.setItem(storageKey, JSON.stringify(next));
    else sessionStorage.removeItem(storageKey);
    render();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const subject = new FormData(form).get('subject');
    if (!subject) return;
    const response = await fetch('/portal-api/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject }),
    }).catch(() => null);
    if (!response?.ok) {
      error.textContent = portal.t.signInFailed;
      error.hidden = false;
      return;
    }
    setSession(await response.json());
  });

  document.getElementById('sign-out').addEventListener('click', async () => {
    await fetch('/portal-api/sign-out', { method: 'POST' }).catch(() => null);
    setSession(null);
  });

  portal.onLocale.push(() => {
    renderChoices();
    render();
  });
  renderChoices();
  render();

  return {
    get session() {
      return session;
    },
    /** Calls `listener(session)` now and after every sign-in or sign-out. */
    subscribe(listener) {
      listeners.add(listener);
      listener(session);
    },
  };
}
