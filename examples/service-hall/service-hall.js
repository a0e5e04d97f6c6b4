// The service hall's staff page: a member of staff signs in (the backend mints their staff session),
// opens a case, checks the applicant with <credit-check-panel>, and may approve only once the check is
// closed. Plain ES modules, no build step, no inline code (the page runs under a strict CSP).
await import('/service-hall/widgets/check-panel.js');

const $ = (id) => document.getElementById(id);
let hall; // { hallSession, token, member }
let current; // the open case

const post = async (path, body) => {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, status: response.status, body: response.status === 204 ? null : await response.json() };
};

async function showStaffChoices() {
  const members = await (await fetch('/service-hall-api/staff')).json();
  const fieldset = $('staff-choices');
  members.forEach((m, i) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'staffId';
    input.value = m.id;
    input.checked = i === 0;
    label.append(input, ` ${m.name}(${m.id},${m.window})`);
    const row = document.createElement('div');
    row.append(label);
    fieldset.append(row);
  });
}

async function signIn(event) {
  event.preventDefault();
  const staffId = new FormData($('sign-in')).get('staffId');
  const { ok, body } = await post('/service-hall-api/sign-in', { staffId });
  if (!ok) return;
  hall = body;
  $('who').textContent = `${hall.member.name} · ${hall.member.window}`;
  $('who').hidden = false;
  $('sign-out').hidden = false;
  $('sign-in').hidden = true;
  $('desk').hidden = false;
  await showCases();
}

async function signOut() {
  await post('/service-hall-api/sign-out', { hallSession: hall?.hallSession });
  location.reload();
}

async function showCases() {
  const cases = await (await fetch('/service-hall-api/cases')).json();
  const list = $('cases');
  list.replaceChildren(
    ...cases.map((c) => {
      const item = document.createElement('li');
      const open = document.createElement('button');
      open.type = 'button';
      open.dataset.case = c.id;
      open.textContent = `${c.id} ${c.matter.name}${c.state === 'approved' ? '(已批准)' : ''}`;
      open.addEventListener('click', () => openCase(c));
      item.append(open);
      return item;
    }),
  );
}

function openCase(c) {
  current = c;
  $('case').hidden = false;
  $('case-title').textContent = `${c.id} ${c.matter.name}`;
  const details = $('case-details');
  details.replaceChildren();
  for (const [term, value] of [
    ['申请人', c.applicant.name],
    ['统一社会信用代码', c.applicant.code],
    ['事项编号', c.matter.code],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    details.append(dt, dd);
  }
  // A fresh panel per case: the applicant's code is filled in, the matter is fixed by the case.
  const panel = document.createElement('credit-check-panel');
  panel.setAttribute('staff-token', hall.token);
  panel.setAttribute('matter', c.matter.kind);
  panel.setAttribute('matter-code', c.matter.code);
  panel.setAttribute('matter-name', c.matter.name);
  panel.setAttribute('code', c.applicant.code);
  $('panel-slot').replaceChildren(panel);
  const approve = $('approve');
  approve.disabled = true;
  $('approve-result').textContent = '';
  $('approve-help').textContent = '完成信用核查并办结后,才能批准。';
  // The loop is open again while a check awaits its feedback.
  panel.addEventListener('credit-check-responded', () => (approve.disabled = true));
  panel.addEventListener('credit-check-complete', (event) => {
    const { outcome } = event.detail;
    const allowed = outcome !== 'rejected' && outcome !== 'withdrawn';
    approve.disabled = !allowed;
    $('approve-help').textContent = allowed
      ? `信用核查已办结(${event.detail.check.id}),可以批准。`
      : '信用核查结果为不予办理,不能批准。';
  });
}

async function approveCase() {
  const { ok, body } = await post(`/service-hall-api/cases/${current.id}/approve`, { hallSession: hall.hallSession });
  $('approve-result').textContent = ok ? `已批准:${current.id}(信用核查 ${body.check})` : `不能批准:${body.error}`;
  if (ok) {
    $('approve').disabled = true;
    await showCases();
  }
}

$('sign-in').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', signOut);
$('approve').addEventListener('click', approveCase);
await showStaffChoices();
document.body.dataset.ready = 'true';
