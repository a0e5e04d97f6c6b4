// The strings of the credit report widgets (<credit-report>, <credit-report-verify>): zh-CN in each
// bundle; English in one chunk loaded the first time one of them is shown in English.
import type { ReportCheck } from '@credit-kit/contract';
import { Lazy } from '../lazy.js';

const time = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export const report = {
  label: '信用报告',
  loading: '正在生成信用报告…',
  failed: '信用报告生成失败',
  retry: '重试',
  number: '报告编号',
  issuedAt: '出具时间',
  validUntil: '有效期至',
  issuer: '出具机构',
  identity: '主体身份信息',
  name: '名称',
  code: '统一社会信用代码 / 身份证号',
  registeredOn: '信用档案建立日期',
  grade: '信用等级',
  score: (score: number) => `信用分 ${score}`,
  factors: '评分因素',
  factor: '因素',
  count: '数量',
  points: '分值',
  records: '失信记录(公示期内)',
  lists: '名单信息',
  commitments: '信用承诺及履约情况',
  declarations: '经核实的自主申报信息',
  none: '无',
  underObjection: '异议处理中',
  underRepair: '信用修复中',
  suspended: '异议核实中,惩戒措施暂停',
  window: (from: string, until: string) => `公示期 ${from} 至 ${until}`,
  since: (authority: string, since: string) => `${authority}列入,自 ${since} 起`,
  basis: (numbers: string) => `认定依据:${numbers}`,
  decision: (authority: string, number: string, date: string) => `${authority} ${number},${date} 决定`,
  commitmentStates: { signed: '履约期内', kept: '已履约', 'partly-kept': '部分履约', breached: '未履约' },
  download: '下载 PDF',
  downloading: '正在生成 PDF…',
  print: '打印',
  attach: '用作信用修复申请材料',
  attaching: '正在上传报告…',
  attached: (name: string) => `已将“${name}”上传为信用修复申请材料。`,
  actionFailed: '操作失败,请重试',
  verify: '核验此报告',
  signedNote: '本报告经平台数字签名,收到报告的单位可通过报告编号或每页的二维码核验其真实性和有效性。',
};
export type ReportMessages = typeof report;

export const verify = {
  label: '信用报告核验',
  intro: '输入报告编号,或上传报告 PDF,核验报告是否由平台出具、是否被篡改、是否仍为最新。',
  number: '报告编号',
  numberHelp: '报告每页页眉处的编号,以 XYBG 开头,共 20 位。',
  numberInvalid: '报告编号应以 XYBG 开头,共 20 位',
  check: '核验',
  file: '或上传报告 PDF 文件',
  fileNotReport: '该文件中没有平台出具的信用报告编号,无法核验。',
  checking: '正在核验…',
  failed: '核验失败,请稍后重试',
  genuine: '真实有效',
  notIssued: '未找到',
  altered: '已被篡改',
  superseded: '已被取代',
  expired: '已过有效期',
  notIssuedText: (number: string) => `平台没有出具过编号为 ${number} 的信用报告。该报告不是平台出具的,可能是伪造的。`,
  alteredText: '该文件与平台出具的报告不一致:报告编号真实,但文件内容已被改动。请向报告主体索取原件或直接在平台查询。',
  currentText: (c: ReportCheck) =>
    `报告真实有效:由平台于 ${time(c.issuedAt ?? '')} 出具,有效期至 ${c.validUntil ?? ''},内容是该主体当前的信用信息。`,
  supersededText: (c: ReportCheck) =>
    `报告真实,但已被取代:自 ${c.supersededAt ? time(c.supersededAt) : '出具后'} 起,该主体的信用信息已有变化(如信用修复、列入名单),请以最新报告为准。`,
  expiredText: (c: ReportCheck) => `报告真实,但已于 ${c.validUntil ?? ''} 过有效期,请向报告主体索取最新报告。`,
  pdfMatch: '上传的文件与平台出具的 PDF 完全一致。',
  subject: '报告主体',
  grade: '信用等级',
};
export type VerifyMessages = typeof verify;

const english = () => import('./report.en.js');

export const reportEn = {
  report: new Lazy(() => english().then((m) => m.report)),
  verify: new Lazy(() => english().then((m) => m.verify)),
};
