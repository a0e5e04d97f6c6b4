import type { CorrectableField, ObjectionReason, ObjectionState } from '@credit-kit/contract';
import type { Widen } from '../../internal/i18n/index.js';
import type { CommonMessages, FieldMessages } from '../../internal/i18n/zh-CN.js';

export type ReasonText = Record<ObjectionReason, { name: string; explain: string }>;

// The six grounds of an objection (DOMAIN.md), each with the one line that tells a subject when it applies.
const reasonsZh: ReasonText = {
  wrong: { name: '信息错误', explain: '记录的内容与事实不符,如当事人、违法事实、处罚内容、金额或日期有误。' },
  missing: { name: '信息遗漏', explain: '记录漏载了应当载明的信息,如处罚已履行完毕、决定已被撤销或变更。' },
  duplicated: { name: '重复记录', explain: '同一行为或同一决定被记录了不止一次。' },
  'should-not-publish': {
    name: '不应公示',
    explain: '依规定不应向社会公示,如不予公示的轻微失信,或涉及个人隐私、商业秘密。',
  },
  'period-expired': { name: '超过公示期限', explain: '公示期限已经届满,记录仍在公示或仍被使用。' },
  'inconsistent-with-source': {
    name: '与来源不一致',
    explain: '记录与认定部门作出的原始决定文书不一致。',
  },
};

const zh = {
  title: '异议申诉',
  loading: '正在加载您的信用记录…',
  loadFailed: '信用记录加载失败',
  draftRestored: '已恢复您上次填写但尚未提交的内容。',
  attachAgain: (names: string) => `以下文件在页面关闭时尚未上传完成,请重新添加:${names}`,
  stepOf: (n: number, total: number, name: string) => `第 ${n} 步,共 ${total} 步:${name}`,
  stepRecord: '选择记录',
  stepDetails: '异议内容',
  stepReview: '核对并提交',
  chooseRecord: '选择您要提出异议的记录',
  chooseRecordHelp: '以下是登记在您名下、正在公示或尚未到期的信用记录。',
  noRecords: '您名下目前没有可以提出异议的信用记录。',
  recordRequired: '请选择要提出异议的记录',
  authority: '认定部门',
  decisionNumber: '决定文书号',
  decidedAt: '决定日期',
  window: '公示期限',
  windowRange: (from: string, until: string) => `${from} 至 ${until}`,
  recordClass: '失信程度',
  recordKind: '记录类别',
  corrected: '已更正',
  openObjection: (submitted: string, due: string) => `该记录已有异议正在核查(${submitted} 提交,应于 ${due} 前答复)。`,
  viewObjection: '查看异议进度',
  reason: '异议理由',
  reasonRequired: '请选择异议理由',
  description: '异议说明',
  descriptionHelp: '请说明记录哪里有误、事实是什么,以及您提交的证明材料能证明什么。',
  descriptionRequired: '请填写异议说明',
  descriptionTooLong: (max: number) => `异议说明不能超过 ${max} 个字`,
  counter: (n: number, max: number) => `已输入 ${n} 字,最多 ${max} 字`,
  counterOver: (n: number) => `超出 ${n} 字`,
  correctValue: '正确的信息应为',
  correctValueHelp: '请写明记录中有误的内容应当更正为什么,例如正确的当事人名称、金额或日期。',
  correctValueRequired: '请填写正确的信息',
  correctValueTooLong: (max: number) => `正确的信息不能超过 ${max} 个字`,
  evidence: '证明材料',
  evidenceHelp: '如判决书、结案通知书、缴款凭证、原始决定文书等,可上传多份。',
  evidenceUploading: '请等待证明材料上传完成',
  promise: '真实性承诺',
  promiseText:
    '本人(本单位)郑重承诺:所提出的异议及提交的全部证明材料真实、准确、完整,不存在虚构事实、隐瞒真相或伪造、变造材料的情形;如有不实,自愿承担相应的法律责任,并同意将虚假申诉行为记入信用记录。',
  promiseConfirm: '我已阅读并作出以上承诺',
  promiseRequired: '请勾选“我已阅读并作出以上承诺”',
  next: '下一步',
  back: '上一步',
  toReview: '下一步:核对信息',
  reviewHelp: '请核对以下内容。提交后,认定部门将在规定时限内核查并答复。',
  record: '异议记录',
  evidenceNone: '未上传',
  promiseGiven: '已承诺所提异议真实',
  submit: '提交异议',
  submitting: '正在提交,请稍候…',
  submitFailed: '异议未能提交',
  dataKept: '您填写的内容已保存,可直接重新提交,不会重复提交。',
  submitted: '异议已提交',
  submittedNote: (id: string) => `受理编号:${id}。您可以随时在“我的异议”中查看进度。`,
  progress: '异议进度',
  objectionId: '受理编号',
  verifiedBy: '核查部门',
  submittedAt: '提交时间',
  dueBy: '答复期限',
  stageSubmitted: '提交异议',
  stageVerifying: '认定部门核查',
  stageDecided: '核查结果',
  stageVerifyingNote: (days: number) => `认定部门应在 ${days} 个工作日内核查并答复。`,
  suspendedTitle: '核查期间,依据该记录的惩戒措施暂不执行',
  suspendedText:
    '在异议核查期间,依据该记录实施的联合惩戒措施暂不执行,该记录暂不计入信用评价;以该记录为依据的名单措施显示为“暂停执行”。',
  suspendedMeasures: '依据该记录的措施',
  suspendedMark: '暂停执行',
  suspendedLists: '本主体所在的以下名单,其措施在核查期间暂停执行',
  outcome: '核查结果',
  outcomeCorrected: '异议成立,记录已更正',
  outcomeCorrectedText: '认定部门已按核查结果更正该记录,公示期限和相应措施已按更正后的内容重新确定。',
  outcomeRevoked: '异议成立,记录已撤销',
  outcomeRevokedText: '该记录已撤销:不再公示,不计入信用评价,依据该记录的惩戒措施不再执行。',
  outcomeRefused: '异议不成立',
  outcomeRefusedText: '认定部门经核查,认为该记录准确,记录继续按原内容公示。',
  authorityReason: '认定部门的答复',
  changes: '更正内容',
  changeLine: (field: string, before: string, after: string) => `${field}:由“${before}”更正为“${after}”`,
  fields: { title: '记录名称', class: '失信程度', basis: '认定依据' } satisfies Record<CorrectableField, string>,
  correctValueGiven: '您提出的正确信息',
  refresh: '刷新进度',
  backToRecords: '返回记录列表',
  newObjection: '对其他记录提出异议',
  myObjections: '我的异议',
  states: {
    verifying: '核查中',
    upheld: '异议成立',
    refused: '异议不成立',
  } satisfies Record<ObjectionState, string>,
  objectionAbout: (record: string, reason: string) => `${record}(${reason})`,
  reasons: reasonsZh,
};

export type ObjectionMessages = Widen<Omit<typeof zh, 'fields' | 'states' | 'reasons'>> & {
  fields: Record<CorrectableField, string>;
  states: Record<ObjectionState, string>;
  reasons: ReasonText;
};

/** The form's zh-CN strings (English is objection-form.en.ts, loaded when shown in English). */
export const zhMessages: ObjectionMessages = zh;

/** Everything the form says in one language: its own strings and the shared ones. */
export interface ObjectionStrings {
  t: ObjectionMessages;
  common: CommonMessages & FieldMessages;
}
