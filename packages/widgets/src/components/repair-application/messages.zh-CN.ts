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
  noticeLoading: '正在读取信用修复告知书…',
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
