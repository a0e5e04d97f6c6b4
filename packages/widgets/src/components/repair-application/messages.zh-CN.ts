import type { RepairPath } from '@credit-kit/contract';

/** What each material is, in plain words. */
const pathHelp: Record<RepairPath, string> = {
  commitment: '针对本条失信记录作出的信用修复承诺,在线阅读并签署,无需上传。',
  performance: '证明已履行行政处罚决定的材料:罚款缴纳凭证,或整改到位的证明;处罚为警告的,提交整改情况说明。',
  training: '参加信用修复专题培训后取得的结业证明或培训证书。',
  'credit-report': '由信用服务机构或信用平台出具的本主体信用报告(公共信用信息概况)。',
  'public-welfare': '参加社会公益服务的证明,如志愿服务时长证明。',
};

export const repair = {
  label: '信用修复申请',
  loading: '正在加载失信记录…',
  loadFailed: '信用修复信息加载失败',
  draftRestored: '已恢复您上次填写但尚未提交的申请。',
  stepOf: (n: number, total: number) => `第 ${n} 步,共 ${total} 步`,
  stepRecord: '选择失信记录',
  stepEligibility: '修复条件',
  stepMaterials: '修复材料',
  stepReview: '核对并提交',
  recordsTitle: '本主体公示中的失信记录',
  noRecords: '没有公示中的失信记录,无需申请信用修复。',
  recordClass: '失信等级',
  recordKind: '失信类别',
  authority: '认定部门',
  decisionNumber: '决定文书号',
  decidedAt: '决定日期',
  publicity: '公示期限',
  publicityRange: (from: string, until: string) => `${from} 至 ${until}`,
  earliest: '最早可申请修复日期',
  apply: '申请修复',
  applyFor: (title: string) => `申请修复:${title}`,
  eligibleNow: '已满足申请条件,可以申请修复。',
  notYet: (date: string) => `最短公示期未满,自 ${date} 起可申请修复。`,
  notRepairable: (kind: string, regime: string) =>
    `依据${regime}及本地区政策,“${kind}”类失信信息属于不予修复的特定严重失信行为。`,
  underRepair: '该记录的信用修复申请正在办理中。',
  underObjection: '该记录正在异议核查中,核查结束前不能申请修复。',
  notPublished: '该记录目前未公示,无需修复。',
  viewApplication: '查看修复申请进度',
  viewObjection: (id: string) => `异议申请 ${id}`,
  notice: '信用修复告知书',
  noticeIntro: (authority: string) => `根据“谁认定、谁修复”的原则,本条失信信息的修复由${authority}负责审核。`,
  noticeWhen: (date: string) => `可申请修复的时间:${date} 起(最短公示期满后)。`,
  noticeNeeds: '需提交的材料:',
  noticeWhere: '办理方式:在本页面在线提交申请,网上审核、网上反馈,无需到现场办理(不见面办理)。',
  noticeTime: (review: number, sync: number) =>
    `审核时限:受理后 ${review} 个工作日内作出决定;修复结果在 ${sync} 个工作日内同步至各信用平台。`,
  conditionsTitle: '申请条件核对',
  condition: {
    published: '该记录正在公示中',
    repairable: '不属于不予修复的特定严重失信行为',
    'minimum-period': '已超过最短公示期限',
    'no-open-repair': '没有正在办理的修复申请',
    'no-open-objection': '没有正在核查的异议申请',
  },
  conditionWhy: {
    published: '记录已撤销、已修复或公示期已满的,无需修复。',
    repairable: '特定严重失信行为依法不予修复,公示期满后自动停止公示。',
    'minimum-period': (date: string) => `最短公示期满后方可申请,即 ${date} 起。`,
    'no-open-repair': '同一条记录同时只能有一份修复申请。',
    'no-open-objection': '异议核查期间暂停修复,核查结束后可再申请。',
  },
  holds: '满足',
  fails: '不满足',
  chosenRecord: '申请修复的记录',
  requiredMaterials: '需提交的材料',
  reviewTime: (n: number) => `审核时限:${n} 个工作日`,
  next: '下一步',
  back: '上一步',
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
  change: '修改',
  signedBy: (name: string) => `已在线签署,签署人:${name}`,
  notProvided: '未提交',
  submit: '提交申请',
  submitting: '正在提交,请稍候…',
  submitFailed: '申请未能提交',
  dataKept: '您填写的内容已保存,可直接重新提交,不会重复申请。',
  alreadyOpen: '该记录已有正在办理的修复申请,无需重复提交。',
  state: { submitted: '审核中', approved: '已准予修复', rejected: '不予修复' },
  newApplication: '办理其他记录',
  myApplications: '我的修复申请',
};

/** The table's shape with literal strings widened, nested groups included, so English can fill it in. */
type Wide<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Wide<T[K]>;
};

export type RepairMessages = Wide<typeof repair>;
