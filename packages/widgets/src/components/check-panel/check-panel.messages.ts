import type { CheckFinding } from '@credit-kit/contract';
import type { Widen } from '../../internal/i18n/index.js';

export type Outcome = 'approved' | 'approved-with-conditions' | 'green-channel' | 'rejected' | 'withdrawn';

// The words of a credit check at the counter (逢办必查): 发起 → 响应 → 反馈.
const zh = {
  title: '信用核查',
  noToken: '信用核查需要业务系统为当前工作人员签发的会话(staff-token),请重新登录业务系统。',
  loading: '正在准备信用核查…',
  loadFailed: '信用核查无法使用',
  handledBy: (name: string, authority: string) => `经办人:${name}(${authority})`,
  code: '统一社会信用代码或身份证号码',
  codeHelp: '输入或粘贴 18 位代码,按回车键核查',
  codeRequired: '请输入统一社会信用代码或身份证号码',
  codeInvalid: '代码有误,请核对',
  matter: '办理事项',
  matterRequired: '请选择办理事项',
  chooseMatter: '请选择',
  run: '核查',
  running: '正在核查…',
  runFailed: '核查未能完成',
  draftRestored: '已恢复尚未办结的核查。',
  result: '核查结果',
  checkNumber: (id: string) => `核查编号 ${id}`,
  subject: '核查对象',
  findings: {
    adverse: '存在不良信用信息',
    'no-adverse-record': '无不良信用记录',
    'no-file': '无不良信用记录',
  } as Record<CheckFinding, string>,
  noFile: '未查询到该主体的信用档案,无不良信用记录。',
  grade: '信用等级',
  gradeLine: (grade: string, label: string, description: string) => `${grade} 级 · ${label}:${description}`,
  lists: '名单',
  noLists: '未列入任何名单',
  listLine: (authority: string, since: string) => `${authority}认定,自 ${since} 起`,
  basis: '依据',
  suspendedList: '暂停执行:所依据的记录正在异议核查',
  measures: (matter: string) => `本事项(${matter})适用的措施`,
  noMeasures: '本事项无适用的措施。',
  enforceable: '应当执行',
  suspended: '暂停执行',
  suspendedWhy: '所依据的记录正在异议核查,核查期间不执行',
  source: (source: string) => `来源:${source}`,
  measureKinds: { sanction: '惩戒措施', incentive: '激励措施', attention: '关注措施' },
  feedback: '反馈办理情况',
  feedbackHelp: '逐项说明是否适用;应当执行而不予适用的措施须说明理由。',
  decision: (label: string) => `是否适用“${label}”`,
  apply: '适用',
  notApply: '不予适用',
  appliedOptional: '已适用',
  decisionRequired: (label: string) => `请选择是否适用“${label}”`,
  reason: (label: string) => `不予适用“${label}”的理由`,
  reasonRequired: (label: string) => `不予适用“${label}”,须说明理由`,
  outcome: '办理结果',
  outcomeRequired: '请选择办理结果',
  outcomes: {
    approved: '予以办理',
    'approved-with-conditions': '附条件办理',
    'green-channel': '绿色通道(容缺受理)',
    rejected: '不予办理',
    withdrawn: '申请人撤回',
  } as Record<Outcome, string>,
  note: '备注',
  close: '办结核查',
  closing: '正在提交反馈…',
  closeFailed: '反馈未能提交',
  closed: '核查已办结',
  closedLine: (id: string) => `核查编号 ${id},闭环已完成。`,
  appliedList: '已适用',
  notAppliedList: '不予适用',
  none: '无',
  next: '核查下一个',
  recent: '该主体本事项的近期核查',
  recentEmpty: '暂无近期核查',
  recentFailed: '近期核查加载失败',
  recentLine: (date: string, handler: string) => `${date} · ${handler}`,
  states: { responded: '待反馈', closed: '已办结' },
  staffExpired: '工作人员会话已失效,请重新登录业务系统后继续;已填写的内容会保留。',
};

type Tables = 'findings' | 'measureKinds' | 'outcomes' | 'states';

export type CheckPanelMessages = Widen<Omit<typeof zh, Tables>> & {
  findings: Record<CheckFinding, string>;
  measureKinds: Record<'sanction' | 'incentive' | 'attention', string>;
  outcomes: Record<Outcome, string>;
  states: Record<'responded' | 'closed', string>;
};

export const zhMessages: CheckPanelMessages = zh;
