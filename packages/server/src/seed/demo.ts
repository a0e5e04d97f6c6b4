import { addMonths, makeResidentId, makeUscc, type CommitmentType } from '@credit-kit/contract';
import { createApp } from '../app.js';
import { businessDate } from '../clock.js';
import type { Deps } from '../context.js';
import { upsertTemplate } from '../domain/commitments.js';
import { ensureSubject } from '../domain/subjects.js';
import { sha256Hex } from '../ids.js';
import { demoTemplateId, demoTemplates } from './templates.js';

/** Fixed demo keys, so the example portal and the docs can print them. Never use the demo seed in production. */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_creditkit_localhost_2026';
export const DEMO_SECRET_KEY = 'sk_demo_creditkit_department_2026';
const DEMO_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];
/** The demo department's own authority, and those that delegated their decisions to it. */
export const DEMO_AUTHORITY = '示例市社会信用体系建设牵头部门';
const demoGrants = () => [
  '兰州市城关区市场监督管理局',
  '南通市崇川区交通运输局',
  '安康市汉滨区市场监督管理局',
  '杭州市西湖区人民法院',
  '国家税务总局南通市崇川区税务局',
  '安康市市场监督管理局',
  '贵州省发展和改革委员会',
  ...demoTemplates().map((t) => t.authority),
];

export interface DemoFixtures {
  publishableKey: string;
  secretKey: string;
  subjects: {
    redListed: string;
    blacklisted: string;
    individualBusiness: string;
    naturalPerson: string;
    underSupervision: string;
  };
  /** Long-lived demo subject sessions (a portal backend would mint short ones with the secret key). */
  sessions: { redListed: string; individualBusiness: string; naturalPerson: string; underSupervision: string };
  templates: Record<CommitmentType, string>;
  records: {
    minor: string;
    ordinary: string;
    serious: string;
    underObjection: string;
    underRepair: string;
    repairableNow: string;
    notRepairable: string;
    breach: string;
  };
  commitments: { kept: string[]; breached: string };
  declarations: { verified: string[]; pending: string[] };
  /** List memberships, created through the API (the blacklisting on its prior notice). */
  lists: { red: string; black: string };
  /** Prior notices: the one the blacklisting followed, and one awaiting its response. */
  notices: { black: string; pending: string };
}

const subjects = {
  // 贵州黔诚建设工程有限公司, 安顺市西秀区
  redListed: makeUscc({ areaCode: '520402', organisationBody: 'MA6DQC0Y' }),
  // 安康市汉滨区恒达食品有限公司
  blacklisted: makeUscc({ areaCode: '610902', organisationBody: 'MA70HD8K' }),
  // 兰州市城关区王记牛肉面馆 (个体工商户, entity kind 92)
  individualBusiness: makeUscc({ entityKind: '2', areaCode: '620102', organisationBody: 'L4528731' }),
  // 张伟, born 1985-06-15 in 杭州市西湖区
  naturalPerson: makeResidentId({ areaCode: '330106', birthDate: '1985-06-15', sequence: 123 }),
  // 南通市崇川区诚信物流有限公司
  underSupervision: makeUscc({ areaCode: '320602', organisationBody: 'MA1MWL5T' }),
};

const names: Record<keyof typeof subjects, string> = {
  redListed: '贵州黔诚建设工程有限公司',
  blacklisted: '安康市汉滨区恒达食品有限公司',
  individualBusiness: '兰州市城关区王记牛肉面馆',
  naturalPerson: '张伟',
  underSupervision: '南通市崇川区诚信物流有限公司',
};

const phones: Record<keyof typeof subjects, string> = {
  redListed: '0851-86812345',
  blacklisted: '13909151234',
  individualBusiness: '13893123456',
  naturalPerson: '13812345678',
  underSupervision: '0513-85512345',
};

type SessionSubjectKey = keyof DemoFixtures['sessions'];
const sessionToken = (who: SessionSubjectKey) => `ss_demo_${who}_2026`;

// Records are found again on a second run by their decision numbers.
const decisions = {
  minor: '兰城市监罚〔2026〕015号',
  ordinary: '通崇交罚〔2025〕212号',
  serious: '安汉市监罚〔2025〕031号',
  underObjection: '(2025)浙0106执1234号',
  underRepair: '通崇税罚〔2025〕088号',
};

/** A tiny valid PDF, as evidence for the seeded submissions. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * Seeds the demo: keys, templates, list memberships, and records, commitments, declarations, a repair and
 * an objection created through the API itself, so every row is audited and every receipt signed. Runs
 * once per database; later runs only refresh the demo sessions and return the fixtures.
 */
export async function seedDemo(deps: Deps): Promise<DemoFixtures> {
  const { db, clock } = deps;
  const today = businessDate(clock.now());
  const monthsAgo = (n: number) => addMonths(today, -n);
  const dep = await deps.keys.create({
    id: 'key_demo_department',
    kind: 'secret',
    name: '示例信用主管部门',
    authority: DEMO_AUTHORITY,
    // The demo's department acts for every authority whose decisions the demo holds (谁认定、谁修复).
    grants: demoGrants(),
    // The staff pages of the demo's service systems (the service hall example) it mints staff sessions for.
    origins: DEMO_ORIGINS,
    token: DEMO_SECRET_KEY,
  });
  await deps.keys.create({
    id: 'key_demo_portal',
    kind: 'publishable',
    name: '示例政务服务门户',
    origins: DEMO_ORIGINS,
    token: DEMO_PUBLISHABLE_KEY,
  });
  const fresh = (await db.query('select 1 from subjects where code = $1', [subjects.redListed])).rows.length === 0;

  for (const [who, code] of Object.entries(subjects) as [keyof typeof subjects, string][])
    await ensureSubject(db, code, names[who]);
  for (const who of ['redListed', 'individualBusiness', 'naturalPerson', 'underSupervision'] as const) {
    const subject = {
      code: subjects[who],
      name: names[who],
      committerKind:
        who === 'naturalPerson'
          ? 'natural-person'
          : who === 'individualBusiness'
            ? 'individual-business'
            : 'organisation',
      contactPhone: phones[who],
      legalRepresentative: who === 'naturalPerson' ? null : '李明',
    };
    await db.query(
      `insert into subject_sessions (hash, id, key_id, subject, expires_at) values ($1, $2, $3, $4::jsonb, $5)
       on conflict (hash) do update set expires_at = excluded.expires_at`,
      [sha256Hex(sessionToken(who)), `ses_demo_${who}`, dep.key.id, JSON.stringify(subject), addMonths(today, 12)],
    );
  }
  const templates = demoTemplates();
  for (const t of templates) await upsertTemplate(db, t);

  if (fresh) await seedActivity(deps, today, monthsAgo);
  await deps.statuses.invalidate(Object.values(subjects));
  return fixtures();

  async function fixtures(): Promise<DemoFixtures> {
    const recordId = async (where: string, params: unknown[]) =>
      (await db.query<{ id: string }>(`select id from records where ${where} order by seq limit 1`, params)).rows[0]
        ?.id ?? '';
    const commitments = (
      await db.query<{ code: string; state: string }>(
        'select code, state from commitments where subject_code = any($1::text[]) order by seq',
        [Object.values(subjects)],
      )
    ).rows;
    const declarations = (
      await db.query<{ id: string; state: string }>(
        'select id, state from declarations where subject_code = any($1::text[]) order by seq',
        [Object.values(subjects)],
      )
    ).rows;
    const firstId = async (sql: string, params: unknown[]) =>
      (await db.query<{ id: string }>(sql, params)).rows[0]?.id ?? '';
    return {
      lists: {
        red: await firstId(
          `select id from list_memberships where subject_code = $1 and list = 'red' order by seq limit 1`,
          [subjects.redListed],
        ),
        black: await firstId(
          `select id from list_memberships where subject_code = $1 and list = 'black' order by seq limit 1`,
          [subjects.blacklisted],
        ),
      },
      notices: {
        black: await firstId(`select id from notices where subject_code = $1 order by seq limit 1`, [
          subjects.blacklisted,
        ]),
        pending: await firstId(
          `select id from notices where subject_code = $1 and state = 'delivered' order by seq limit 1`,
          [subjects.underSupervision],
        ),
      },
      publishableKey: DEMO_PUBLISHABLE_KEY,
      secretKey: DEMO_SECRET_KEY,
      subjects: { ...subjects },
      sessions: {
        redListed: sessionToken('redListed'),
        individualBusiness: sessionToken('individualBusiness'),
        naturalPerson: sessionToken('naturalPerson'),
        underSupervision: sessionToken('underSupervision'),
      },
      templates: Object.fromEntries(templates.map((t) => [t.type, demoTemplateId(t.type)])) as Record<
        CommitmentType,
        string
      >,
      records: {
        minor: await recordId('decision_number = $1', [decisions.minor]),
        ordinary: await recordId('decision_number = $1', [decisions.ordinary]),
        serious: await recordId('decision_number = $1', [decisions.serious]),
        underObjection: await recordId('decision_number = $1', [decisions.underObjection]),
        underRepair: await recordId('decision_number = $1', [decisions.underRepair]),
        repairableNow: await recordId('decision_number = $1', [decisions.ordinary]),
        notRepairable: await recordId('decision_number = $1', [decisions.serious]),
        breach: await recordId(`kind = 'commitment-breach' and subject_code = $1`, [subjects.blacklisted]),
      },
      commitments: {
        kept: commitments.filter((c) => c.state === 'kept').map((c) => c.code),
        breached: commitments.find((c) => c.state === 'breached')?.code ?? '',
      },
      declarations: {
        verified: declarations.filter((d) => d.state === 'verified').map((d) => d.id),
        pending: declarations.filter((d) => d.state === 'pending').map((d) => d.id),
      },
    };
  }
}

async function seedActivity(deps: Deps, today: string, monthsAgo: (n: number) => string) {
  const app = createApp({ ...deps, log: null, rateLimiter: null });
  const call = async <T>(
    token: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<T> => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body:
        body === undefined
          ? undefined
          : body instanceof Uint8Array
            ? (body as unknown as BodyInit)
            : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`demo seed: ${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const sk = DEMO_SECRET_KEY;
  const ss = sessionToken;

  const record = (subjectCode: string, body: Record<string, unknown>) =>
    call<{ id: string }>(sk, 'POST', '/v1/records', { subjectCode, ...body });
  await record(subjects.individualBusiness, {
    kind: 'administrative-penalty',
    class: 'minor',
    title: '未按规定在经营场所公示从业人员健康证明',
    authority: '兰州市城关区市场监督管理局',
    decisionNumber: decisions.minor,
    basis: '《中华人民共和国食品安全法》第四十五条',
    decidedAt: addMonths(today, -1),
  });
  // Repairable: an ordinary record whose shortest publicity has passed.
  const repairable = await record(subjects.underSupervision, {
    kind: 'administrative-penalty',
    class: 'ordinary',
    title: '道路货物运输车辆超限运输',
    authority: '南通市崇川区交通运输局',
    decisionNumber: decisions.ordinary,
    basis: '《公路安全保护条例》第六十四条',
    decidedAt: monthsAgo(5),
  });
  const serious = await record(subjects.blacklisted, {
    kind: 'food-drug-safety',
    class: 'serious',
    title: '生产经营不符合食品安全标准的食品',
    authority: '安康市汉滨区市场监督管理局',
    decisionNumber: decisions.serious,
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    decidedAt: monthsAgo(13),
  });
  // The blacklisting rests on the serious record, after written prior notice (事前告知) whose response
  // period has run out; the red list needs no notice.
  const notice = await call<{ id: string }>(sk, 'POST', '/v1/notices', {
    subjectCode: subjects.blacklisted,
    list: 'black',
    authority: '安康市市场监督管理局',
    basisRecordIds: [serious.id],
    reasons: '生产经营不符合食品安全标准的食品,情节严重,拟列入严重违法失信名单',
    objection:
      '如有异议,可自收到本告知书之日起5个工作日内向安康市市场监督管理局提出陈述、申辩,或通过本门户“异议申诉”提交',
    repair: '公示满一年后,可纠正失信行为,通过本门户“信用修复”提交信用修复承诺书、培训证明和信用报告申请修复',
    deliveredOn: monthsAgo(13),
  });
  await call(sk, 'POST', '/v1/list-memberships', {
    subjectCode: subjects.blacklisted,
    list: 'black',
    noticeId: notice.id,
    reason: '生产经营不符合食品安全标准的食品,情节严重,经事前告知后列入严重违法失信名单',
    since: monthsAgo(12),
  });
  await call(sk, 'POST', '/v1/list-memberships', {
    subjectCode: subjects.redListed,
    list: 'red',
    authority: '贵州省发展和改革委员会',
    reason: '连续三年纳税信用A级,获评“守合同重信用”企业',
    since: monthsAgo(10),
  });
  // A notice still awaiting its response: the subject's badge flags it.
  await call(sk, 'POST', '/v1/notices', {
    subjectCode: subjects.underSupervision,
    list: 'key-attention',
    authority: '南通市崇川区交通运输局',
    basisRecordIds: [repairable.id],
    reasons: '一年内多次超限运输,拟列入重点关注名单',
    objection: '如有异议,可自收到本告知书之日起5个工作日内向南通市崇川区交通运输局提出陈述、申辩',
    repair: '纠正失信行为满三个月后,可通过本门户“信用修复”申请修复',
  });

  const objected = await record(subjects.naturalPerson, {
    kind: 'court-judgement-default',
    class: 'ordinary',
    title: '未履行生效法律文书确定的给付义务',
    authority: '杭州市西湖区人民法院',
    decisionNumber: decisions.underObjection,
    basis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条',
    decidedAt: monthsAgo(2),
  });
  const repairing = await record(subjects.underSupervision, {
    kind: 'tax-violation',
    class: 'ordinary',
    title: '未按期办理纳税申报和报送纳税资料',
    authority: '国家税务总局南通市崇川区税务局',
    decisionNumber: decisions.underRepair,
    basis: '《中华人民共和国税收征收管理法》第六十二条',
    decidedAt: monthsAgo(8),
  });

  // Commitments: three kept by the red-listed company, one kept by the individual business, one breached.
  const sign = async (who: SessionSubjectKey | 'blacklisted', type: CommitmentType) => {
    const template = demoTemplates().find((t) => t.type === type);
    if (!template) throw new Error(`no demo template of type ${type}`);
    const key = who === 'blacklisted' ? undefined : who;
    const token = key
      ? ss(key)
      : (
          await call<{ token: string }>(sk, 'POST', '/v1/subject-sessions', {
            subjectCode: subjects.blacklisted,
            subjectName: names.blacklisted,
            contactPhone: phones.blacklisted,
          })
        ).token;
    const committerKind =
      who === 'naturalPerson'
        ? 'natural-person'
        : who === 'individualBusiness'
          ? 'individual-business'
          : 'organisation';
    return call<{ code: string }>(token, 'POST', '/v1/commitments', {
      templateId: template.id,
      committer: {
        kind: committerKind,
        code: subjects[who],
        name: names[who],
        contactPhone: phones[who],
        ...(who === 'naturalPerson' ? {} : { legalRepresentative: '李明' }),
      },
      signerName: who === 'naturalPerson' ? names.naturalPerson : '李明',
      agreedTextHash: template.textHash,
      confirmations: { read: true, truthful: true },
    });
  };
  const fulfil = (code: string, body: Record<string, unknown>) =>
    call(sk, 'POST', `/v1/commitments/${code}/fulfilment`, body);
  for (const type of ['approval-substitute', 'voluntary', 'other'] as const) {
    const { code } = await sign('redListed', type);
    await fulfil(code, { result: 'kept', reason: '经核查,承诺事项已全部履行' });
  }
  await fulfil((await sign('individualBusiness', 'approval-substitute')).code, {
    result: 'kept',
    reason: '现场核查与承诺内容一致',
  });
  await sign('individualBusiness', 'industry-self-discipline');
  await sign('naturalPerson', 'certification');
  await sign('underSupervision', 'industry-self-discipline');
  const breached = await sign('blacklisted', 'voluntary');
  await fulfil(breached.code, {
    result: 'breached',
    impact: 'ordinary',
    reason: '承诺期内再次因食品安全问题被立案查处,违背“保障产品和服务质量”的承诺',
  });

  // Declarations: two verified for the red-listed company, pending ones for it and the natural person.
  const file = async (who: SessionSubjectKey, name: string) =>
    (
      await call<{ id: string }>(
        ss(who),
        'POST',
        `/v1/files?name=${encodeURIComponent(name)}`,
        new Uint8Array(DEMO_PDF),
        'application/pdf',
      )
    ).id;
  const declare = (who: SessionSubjectKey, body: Record<string, unknown>) =>
    call<{ id: string }>(ss(who), 'POST', '/v1/declarations', { promiseTrue: true, authoriseSharing: true, ...body });
  const review = (id: string) =>
    call(sk, 'POST', `/v1/declarations/${id}/review`, {
      decision: 'verified',
      reason: '经核验,申报信息与证照原件一致',
    });
  await review(
    (
      await declare('redListed', {
        category: 'qualification',
        evidence: [await file('redListed', '建筑业企业资质证书.pdf')],
        details: {
          certificateName: '建筑工程施工总承包贰级资质',
          certificateNumber: 'D252012345',
          issuer: '贵州省住房和城乡建设厅',
          validFrom: monthsAgo(30),
        },
      })
    ).id,
  );
  await review(
    (
      await declare('redListed', {
        category: 'honour',
        evidence: [await file('redListed', '守合同重信用企业证书.pdf')],
        details: {
          title: '贵州省“守合同重信用”企业',
          awardedBy: '贵州省市场监督管理局',
          awardedAt: monthsAgo(9),
          level: 'provincial',
        },
      })
    ).id,
  );
  await declare('redListed', {
    category: 'public-welfare',
    evidence: [await file('redListed', '捐赠收据.pdf')],
    details: {
      activity: '“黔货出山”乡村振兴助农捐赠',
      organiser: '安顺市慈善总会',
      date: monthsAgo(1),
      donationAmount: 200000,
    },
  });
  await declare('naturalPerson', {
    category: 'public-welfare',
    evidence: [await file('naturalPerson', '志愿服务证明.pdf')],
    details: { activity: '社区疫情防控志愿服务', organiser: '杭州市西湖区文新街道', date: monthsAgo(3), hours: 120 },
  });

  // An objection being verified, and a repair application awaiting review.
  await call(ss('naturalPerson'), 'POST', '/v1/objections', {
    recordId: objected.id,
    reason: 'should-not-publish',
    description: '该案款项已于判决后全额履行,法院已出具结案通知书,失信信息应予删除。',
    evidence: [await file('naturalPerson', '结案通知书.pdf')],
    promiseTrue: true,
  });
  await call(ss('underSupervision'), 'POST', '/v1/repairs', {
    recordId: repairing.id,
    correction: '已补办全部纳税申报,缴清税款、滞纳金及罚款,并完善了财务内控制度。',
    materials: [
      { path: 'commitment', files: [], commitment: { signerName: '李明', agreed: true } },
      { path: 'performance', files: [await file('underSupervision', '罚款缴纳凭证.pdf')] },
      { path: 'training', files: [await file('underSupervision', '信用修复专题培训结业证明.pdf')] },
    ],
    promiseTrue: true,
  });
}
