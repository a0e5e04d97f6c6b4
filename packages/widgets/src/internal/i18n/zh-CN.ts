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

/** Strings of the signature group (drawn, or typed for keyboard users), shared by the forms that sign. */
export const signature = {
  signature: '签名',
  drawHelp: '可用鼠标、手指或触控笔在框内手写签名;也可使用键盘签名。',
  canvasLabel: '手写签名区域',
  useKeyboard: '使用键盘签名',
  useDrawing: '改为手写签名',
  clearSignature: '清除签名',
  typedHelp: '将以您输入的签署人姓名作为签名。',
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
  notForSubject: '该承诺书不适用于当前登录的主体',
  notForSubjectDetail: (kinds: string, kind: string) =>
    `该承诺书仅适用于${kinds};您当前登录的主体为${kind},请选择适用于您的承诺事项。`,
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

/** <credit-file-upload>: evidence files. */
export const upload = {
  choose: '选择文件',
  dropHere: '或将文件拖放到此处',
  limits: (types: string, size: string, count: number) => `支持 ${types} 格式,单个文件不超过 ${size},最多 ${count} 个`,
  listLabel: '已添加的文件',
  checksum: 'SHA-256 校验值',
  hashing: '正在计算校验值…',
  uploading: (percent: number) => `正在上传 ${percent}%`,
  uploaded: '已上传',
  failed: '上传失败',
  progressLabel: (name: string) => `“${name}”上传进度`,
  retry: '重新上传',
  remove: '移除',
  retryNamed: (name: string) => `重新上传“${name}”`,
  removeNamed: (name: string) => `移除“${name}”`,
  badType: (name: string, types: string) => `“${name}”的格式不支持,请上传 ${types} 格式的文件`,
  tooBig: (name: string, size: string, max: string) => `“${name}”大小为 ${size},超过单个文件 ${max} 的上限`,
  empty: (name: string) => `“${name}”是空文件,请重新选择`,
  tooMany: (max: number) => `每次申报最多上传 ${max} 个文件`,
  checksumMismatch: '服务器收到的文件与本地文件的校验值不一致,请重新上传',
  announceStart: (name: string) => `开始上传“${name}”`,
  announceDone: (name: string) => `“${name}”已上传`,
  announceFailed: (name: string, reason: string) => `“${name}”上传失败:${reason}`,
  announceRemoved: (name: string) => `已移除“${name}”`,
  policyFailed: '暂时无法读取文件要求,请稍后重试',
};

/** <credit-status-tracker>: stages and deadlines. */
export const tracker = {
  label: '办理进度',
  done: '已完成',
  current: '办理中',
  upcoming: '未开始',
  failed: '未通过',
  on: (date: string) => date,
  due: (date: string, days: number) => `办理时限:${days} 个工作日,应于 ${date} 前办结`,
  left: (days: number) => (days > 0 ? `还剩 ${days} 个工作日` : '今天是办理时限的最后一天'),
  overdue: '已超过办理时限',
};

/** <credit-submission-list>: a subject's submissions. */
export const submissions = {
  label: '我的申报记录',
  loading: '正在加载…',
  empty: '暂无记录',
  failed: '记录加载失败',
  submittedAt: '提交时间',
  dueBy: '办理时限',
  state: '状态',
  reason: '部门意见',
  previous: '上一页',
  next: '下一页',
  page: (n: number) => `第 ${n} 页`,
  states: {
    pending: '待核实',
    verified: '已核实',
    rejected: '未通过',
    submitted: '审核中',
    approved: '已通过',
    verifying: '核查中',
    upheld: '异议成立',
    refused: '异议不成立',
  } as Record<string, string>,
};

/** <credit-answer-summary>: check your answers. */
export const answers = {
  change: '修改',
  changeNamed: (label: string) => `修改${label}`,
  none: '未填写',
};

export type UploadMessages = Widen<typeof upload>;
export type TrackerMessages = Widen<typeof tracker>;
export type SubmissionMessages = Omit<Widen<typeof submissions>, 'states'> & { states: Record<string, string> };
export type AnswerMessages = Widen<typeof answers>;
export type SignatureMessages = Widen<typeof signature>;

/** <credit-declaration-form>: 信用信息自主申报. */
export const declaration = {
  label: '信用信息自主申报',
  intro: '经核实的自主申报信息将作为开展信用评价和生成信用报告的依据。',
  loading: '正在加载…',
  loadFailed: '申报表加载失败',
  draftRestored: '已恢复您上次填写但尚未提交的内容。',
  interrupted: (names: string) => `页面关闭时以下文件尚未上传完成,请重新添加:${names}`,
  dismiss: '知道了',
  category: '申报类别',
  categoryHelp: '请先选择要申报的信息类别,再填写该类别的具体内容。',
  categoryRequired: '请选择申报类别',
  details: '申报内容',
  evidence: '证明材料',
  evidenceHelpRequired: '该类别须上传证明材料,如证书、批复文件、合同或票据的扫描件。',
  evidenceHelpOptional: '可上传相关证明材料,便于部门核实。',
  evidenceRequired: '该类别须上传至少一份证明材料',
  evidenceUploading: '请等待证明材料上传完成后再提交',
  promises: '承诺与授权',
  promiseTrue:
    '信用承诺:本主体承诺所申报的信息及上传的证明材料真实、准确、完整、有效;如有虚假,愿意承担相应的法律责任,并接受有关部门依法依规实施的失信惩戒。',
  promiseRequired: '请勾选信用承诺,承诺申报信息真实',
  authoriseSharing:
    '信息授权:本主体授权信用信息管理工作机构对所申报的信息进行整合、共享与应用;经核实的自主申报信息将作为开展信用评价评分和生成信用报告的依据。',
  authoriseRequired: '请勾选信息授权',
  next: '下一步:核对申报信息',
  reviewTitle: '核对申报信息',
  reviewHelp: '请核对以下信息,确认无误后提交。',
  back: '返回修改',
  submit: '提交申报',
  submitting: '正在提交,请稍候…',
  submitFailed: '申报未能提交',
  dataKept: '您填写的内容和已上传的文件已保存,可直接重新提交,不会重复申报。',
  submitted: '申报已提交',
  statusTitle: '申报状态',
  stateLabel: '当前状态',
  dueBy: '核实时限',
  stageSubmitted: '提交申报',
  stageReview: '部门核实',
  stageVerified: '已核实',
  stageRejected: '未通过',
  reason: '部门意见',
  expiredNote: (date: string) => `该资质证照已于 ${date} 到期,自次日起不再计入信用评价。`,
  newDeclaration: '新增申报',
  listTitle: '我的申报记录',
  yes: '是',
  none: '未填写',
  yearTitle: (year: number) => `${year} 年度经营情况`,
  levels: { national: '国家级', provincial: '省级', municipal: '市级', county: '县级' } as Record<string, string>,
  choose: '请选择',
  fields: {
    certificateName: '证照名称',
    certificateNumber: '证照编号',
    issuer: '发证机关',
    validFrom: '有效期起',
    validUntil: '有效期至',
    title: '荣誉名称',
    awardedBy: '授予单位',
    awardedAt: '授予日期',
    level: '荣誉级别',
    year: '经营年度',
    revenue: '营业收入(元)',
    taxPaid: '纳税额(元)',
    employees: '从业人数',
    description: '情况说明',
    counterparty: '合同相对方',
    contractName: '合同名称',
    amount: '合同金额(元)',
    performedAt: '履约完成日期',
    activity: '公益活动名称',
    organiser: '组织单位',
    date: '活动日期',
    hours: '志愿服务时长(小时)',
    donationAmount: '捐赠金额(元)',
    practice: '诚信管理举措',
    certifiedBy: '认证或评价机构',
  } as Record<string, string>,
  problems: {
    required: (label: string) => `请填写${label}`,
    choose: (label: string) => `请选择${label}`,
    tooLong: (label: string, max: number) => `${label}不能超过 ${max} 个字`,
    notNumber: (label: string) => `${label}须为数字`,
    notWhole: (label: string) => `${label}须为整数`,
    tooSmall: (label: string, min: number) => `${label}不能小于 ${min}`,
    tooLarge: (label: string, max: number) => `${label}不能大于 ${max}`,
    invalidDate: (label: string) => `请按“年-月-日”填写${label},如 2026-03-15`,
    inFuture: (label: string) => `${label}不能晚于今天`,
    yearInFuture: (label: string) => `${label}不能晚于今年`,
    notAfter: (label: string, other: string) => `${label}须晚于${other}`,
    invalid: '此项填写有误,请检查',
  },
};

export type DeclarationMessages = Omit<Widen<typeof declaration>, 'levels' | 'fields' | 'problems'> & {
  levels: Record<string, string>;
  fields: Record<string, string>;
  problems: Widen<typeof declaration.problems>;
};
