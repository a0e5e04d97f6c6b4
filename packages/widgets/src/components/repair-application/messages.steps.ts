import type { Locale, RepairPath } from '@credit-kit/contract';

// The words of the materials and review steps, in both languages: they load with those steps.

/** What each material is, in plain words. */
const pathHelp: Record<RepairPath, string> = {
  commitment: '针对本条失信记录作出的信用修复承诺,在线阅读并签署,无需上传。',
  performance: '证明已履行行政处罚决定的材料:罚款缴纳凭证,或整改到位的证明;处罚为警告的,提交整改情况说明。',
  training: '参加信用修复专题培训后取得的结业证明或培训证书。',
  'credit-report': '由信用服务机构或信用平台出具的本主体信用报告(公共信用信息概况)。',
  'public-welfare': '参加社会公益服务的证明,如志愿服务时长证明。',
};

const zh = {
  correction: '纠正失信行为的情况',
  correctionHelp: '请说明已如何纠正失信行为、履行义务、消除不良影响。',
  counter: (n: number, max: number) => `已输入 ${n} 字,最多 ${max} 字`,
  correctionRequired: '请说明纠正失信行为的情况',
  tooLong: (n: number) => `不能超过 ${n} 个字`,
  pathHelp,
  commitmentText: (title: string, number: string, authority: string) =>
    `本单位(本人)就${authority}作出的“${title}”(${number})失信记录申请信用修复,郑重承诺:已主动纠正失信行为、履行相关义务、消除不良影响;提交的材料真实、有效;今后严格遵守法律法规,诚信守法,不再发生同类失信行为。如违反承诺,愿意依法依规承担相应责任,修复后再次发生同类失信行为的,接受从严惩戒。`,
  agree: '我已阅读并同意上述信用修复承诺',
  agreeRequired: '请勾选“我已阅读并同意上述信用修复承诺”',
  signerName: '承诺人(签署人)姓名',
  signerRequired: '请输入签署人姓名',
  fileRequired: (path: string) => `请上传${path === 'performance' ? '履行证明' : '所需材料'}`,
  promise: '我承诺所提交的申请内容和材料真实、准确、完整',
  promiseRequired: '请勾选“我承诺所提交的申请内容和材料真实、准确、完整”',
  signedBy: (name: string) => `已在线签署,签署人:${name}`,
  notProvided: '未提交',
  submit: '提交申请',
  submitting: '正在提交,请稍候…',
  attachReport: '附上本主体当前的信用报告',
  attachingReport: '正在出具并上传信用报告…',
  attachReportHelp: '由本平台出具并签名,审核部门可在线核验真伪;也可上传其他机构出具的报告。',
};

/** The table's shape with literal strings widened, so English can fill it in. */
export type StepMessages = {
  readonly [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof zh)[K] extends string
      ? string
      : (typeof zh)[K];
};

const en: StepMessages = {
  correction: 'How the behaviour was corrected',
  correctionHelp: 'Say how you corrected the behaviour, met your obligations and removed its effects.',
  counter: (n, max) => `${n} of ${max} characters`,
  correctionRequired: 'Say how the behaviour was corrected',
  tooLong: (n) => `At most ${n} characters`,
  pathHelp: {
    commitment: 'A repair commitment for this one record, read and signed here: nothing to upload.',
    performance:
      'Proof that the penalty was carried out: the fine’s payment receipt or proof of rectification; for a warning, a rectification statement.',
    training: 'The certificate of a credit repair training course.',
    'credit-report':
      'A credit report of this subject (public credit information summary) from a credit platform or agency.',
    'public-welfare': 'Proof of public-welfare service, such as volunteer hours.',
  },
  commitmentText: (title, number, authority) =>
    `We (I) apply for credit repair of the dishonesty record “${title}” (${number}) decided by ${authority}, and solemnly commit that the behaviour has been corrected, the obligations met and their effects removed; that the materials are true and valid; and that we will abide by the law and not repeat such dishonesty. We accept liability for breaking this commitment, and stricter sanctions should such dishonesty recur after repair.`,
  agree: 'I have read and agree to this repair commitment',
  agreeRequired: 'Tick “I have read and agree to this repair commitment”',
  signerName: 'Name of the person signing',
  signerRequired: 'Enter the name of the person signing',
  fileRequired: (path) => (path === 'performance' ? 'Upload the proof of performance' : 'Upload this material'),
  promise: 'I promise that this application and its materials are true, accurate and complete',
  promiseRequired: 'Tick “I promise that this application and its materials are true, accurate and complete”',
  signedBy: (name) => `Signed on line by ${name}`,
  notProvided: 'Not provided',
  submit: 'Submit the application',
  submitting: 'Submitting…',
  attachReport: 'Attach my current credit report',
  attachingReport: 'Issuing and uploading the credit report…',
  attachReportHelp:
    'Issued and signed by this platform, so the reviewing department can check it on line; a report from another agency can be uploaded instead.',
};

export const stepMessages: Record<Locale, StepMessages> = { 'zh-CN': zh, en };
