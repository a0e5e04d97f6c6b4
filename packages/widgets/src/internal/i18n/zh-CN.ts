import type { Widen } from './index.js';

// Tables are split per component so a component's bundle carries only its own strings.

/** Strings shared by every widget. */
export const common = {
  retry: '重试',
  unexpectedError: '出现意外错误,请稍后再试',
};

/** Strings of the form controls and the error summary. */
export const fields = {
  required: '(必填)',
  optional: '(选填)',
  errorPrefix: '错误:',
  errorSummaryTitle: '请修改以下问题后再提交',
};

export const badge = {
  label: '信用状况',
  loading: '正在查询信用状况…',
  unknown: '未找到该主体的信用信息',
  invalid: '主体代码有误',
  failed: '信用状况查询失败',
  activeCommitments: (n: number) => `有效信用承诺 ${n} 项`,
  underObjection: '异议核查中',
  underRepair: '信用修复中',
  lists: '名单',
  listSince: (authority: string, since: string) => `${authority}认定,自 ${since} 起`,
  showFactors: '查看评价依据',
};

export const form = {
  label: '信用承诺书',
  loading: '正在加载承诺书…',
  loadFailed: '承诺书加载失败',
  draftRestored: '已恢复您上次填写但尚未提交的内容。',
  authority: '受理部门',
  matter: '承诺事项',
  type: '承诺类型',
  replaces: '替代的证明材料',
  cause: '事由',
  content: '承诺内容',
  conditions: '承诺条件',
  verification: '核查方式',
  liability: '违诺责任',
  validity: '有效期',
  validityMonths: (n: number) => `自签署之日起 ${n} 个月`,
  disclosure: '公开类型',
  disclosurePublic: '可向社会公开',
  disclosureRestricted: '特定范围公开',
  disclosurePrivate: '不可公开',
  committer: '承诺人信息',
  committerKind: '承诺人类别',
  kindOrganisation: '法人及非法人组织',
  kindNaturalPerson: '自然人',
  kindIndividualBusiness: '个体工商户',
  prefilled: '已根据登录信息预填,如有变化请修改。',
  orgName: '承诺人名称',
  personName: '承诺人姓名',
  nameRequired: '请输入承诺人名称或姓名',
  uscc: '统一社会信用代码',
  residentId: '身份证号码',
  codeHelp: '18位,最后一位为校验码',
  codeNotSubject: (code: string) => `须为登录主体本身的代码:${code}`,
  legalRepresentative: '法定代表人(负责人)',
  contactPhone: '联系电话',
  contactPhoneHelp: '手机号码,或带区号的固定电话,如 0851-86812345',
  contactPhoneInvalid: '请输入正确的手机号码或带区号的固定电话',
  confirm: '确认与签署',
  readConfirm: '我已阅读并理解上述承诺内容',
  readRequired: '请勾选“我已阅读并理解上述承诺内容”',
  truthfulConfirm: '我承诺所填信息真实、准确、完整',
  truthfulRequired: '请勾选“我承诺所填信息真实、准确、完整”',
  signerName: '签署人姓名',
  signerRequired: '请输入签署人姓名',
  signature: '签名',
  drawHelp: '可用鼠标、手指或触控笔在框内手写签名;也可使用键盘签名。',
  canvasLabel: '手写签名区域',
  useKeyboard: '使用键盘签名',
  useDrawing: '改为手写签名',
  clearSignature: '清除签名',
  typedHelp: '将以您输入的签署人姓名作为签名。',
  submit: '签署承诺',
  submitting: '正在提交,请稍候…',
  submitFailed: '承诺未能提交',
  dataKept: '您填写的内容已保存,可直接重新提交,不会重复签署。',
  signed: '信用承诺已签署',
  code: '承诺编码',
  signedAt: '签署时间',
  committerName: '承诺人',
  committerCode: '承诺人代码',
  signer: '签署人',
  validUntil: '有效期至',
  receiptCheck: '回执验证',
  verifying: '正在验证回执…',
  verified: '回执验证通过',
  notVerified: '回执验证未通过',
  verifyUnavailable: '暂时无法验证回执,请稍后再试',
  print: '打印回执',
};

export type CommonMessages = Widen<typeof common>;
export type FieldMessages = Widen<typeof fields>;
export type BadgeMessages = Widen<typeof badge>;
export type FormMessages = Widen<typeof form>;
