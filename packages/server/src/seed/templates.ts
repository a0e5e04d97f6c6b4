import type { CommitmentTemplate, CommitmentType } from '@credit-kit/contract';
import { templateTextHash } from '../domain/commitments.js';

type TemplateText = Omit<CommitmentTemplate, 'id' | 'version' | 'type' | 'textHash'>;

const LIABILITY =
  '如有虚假承诺或违反承诺,本人(单位)自愿接受行政机关依法撤销相关许可、责令限期整改等处理,愿意承担相应法律责任;违诺信息将按规定记入信用记录并依法公示,根据虚假承诺造成的社会影响进行失信程度分级,并接受相应的失信惩戒措施。';

/** One demo template per commitment type, worded after the provincial and municipal notices. */
const texts: Record<CommitmentType, TemplateText> = {
  'approval-substitute': {
    matter: { code: 'SC-SPJY-001', name: '食品经营许可(仅销售预包装食品)' },
    title: '涉企经营许可事项告知承诺书',
    authority: '安顺市西秀区市场监督管理局',
    replaces: '食品经营场所现场核查意见',
    cause:
      '申请办理食品经营许可,按照《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》(国办发〔2020〕42号)实行告知承诺制审批。',
    content:
      '本单位已经知晓行政机关告知的全部内容,所填写的基本信息真实、准确;经营场所、设施设备、食品安全管理制度符合法定条件和标准;已配备专职或兼职食品安全管理人员。',
    conditions:
      '经营场所与有毒、有害场所以及其他污染源保持规定的距离;具有与经营的食品品种、数量相适应的场所和设施;具有合理的设备布局和工艺流程。',
    verification:
      '行政机关将在作出许可决定之日起两个月内,通过“双随机、一公开”监管、现场检查等方式对承诺内容进行核查,本单位予以配合。',
    liability: LIABILITY,
    validityMonths: 60,
    committerKinds: ['organisation', 'individual-business'],
    disclosure: 'public',
  },
  'missing-materials': {
    matter: { code: 'ZJ-SGXK-002', name: '建筑工程施工许可(容缺受理)' },
    title: '容缺受理信用承诺书',
    authority: '安康市汉滨区住房和城乡建设局',
    replaces: null,
    cause: '申请建筑工程施工许可,主要申报材料齐全,次要材料暂缺,申请按容缺受理方式先行办理。',
    content:
      '本单位承诺在受理之日起二十个工作日内补齐全部容缺材料,补交材料与已提交材料内容一致、真实有效;未补齐前不擅自开工。',
    conditions: '仅适用于信用良好、无严重失信记录的申请人;容缺材料为非核心要件。',
    verification: '受理部门将对补交材料进行核验,并在信用信息共享平台核查申请人信用状况。',
    liability: LIABILITY,
    validityMonths: 3,
    committerKinds: ['organisation'],
    disclosure: 'public',
  },
  certification: {
    matter: { code: 'RS-SBDJ-003', name: '社会保险登记' },
    title: '证明事项告知承诺书',
    authority: '兰州市城关区人力资源和社会保障局',
    replaces: '劳动关系证明',
    cause: '办理社会保险登记,对需提交的劳动关系证明实行告知承诺制,申请人以书面承诺代替证明材料。',
    content: '本人(单位)承诺所申报的劳动关系真实存在,已依法签订劳动合同;所提供的信息真实、完整、有效。',
    conditions: '承诺内容须与实际情况一致;承诺人具有完全民事行为能力。',
    verification: '行政机关可通过部门间数据共享、函询或现场核查等方式对承诺内容进行核查。',
    liability: LIABILITY,
    validityMonths: 12,
    committerKinds: ['organisation', 'natural-person', 'individual-business'],
    disclosure: 'restricted',
  },
  'credit-repair': {
    matter: { code: 'XY-XYXF-004', name: '信用修复申请' },
    title: '信用修复承诺书',
    authority: '南通市发展和改革委员会',
    replaces: null,
    cause: '本单位(本人)已纠正失信行为、消除不良影响,申请对失信信息进行信用修复。',
    content:
      '本单位(本人)承诺已主动纠正失信行为,履行相关义务;今后严格遵守法律法规,诚信守法经营,不再发生同类失信行为;提交的信用修复材料真实有效。',
    conditions: '已超过最短公示期限;不属于特定严重失信行为;已完成整改并履行行政处罚决定。',
    verification: '信用修复认定单位将对申请材料进行审核,并可通过信用信息共享平台核查履约情况。',
    liability: `修复后再次发生同类失信行为的,将依法依规从严惩戒。${LIABILITY}`,
    validityMonths: 24,
    committerKinds: ['organisation', 'natural-person', 'individual-business'],
    disclosure: 'public',
  },
  'industry-self-discipline': {
    matter: { code: 'HY-ZLCN-005', name: '物流行业诚信自律' },
    title: '行业自律信用承诺书',
    authority: '兰州市物流行业协会',
    replaces: null,
    cause: '响应行业协会开展信用承诺、诚信倡议等行动,增强行业自律。',
    content: '本单位承诺依法诚信经营,不超限超载运输,不拖欠农民工工资,不发布虚假信息,自觉接受行业协会和社会监督。',
    conditions: '适用于本协会会员单位。',
    verification: '行业协会将建立会员信用记录,定期开展信用评价,并将结果报送信用信息共享平台。',
    liability: LIABILITY,
    validityMonths: 12,
    committerKinds: ['organisation', 'individual-business'],
    disclosure: 'public',
  },
  voluntary: {
    matter: { code: 'ZD-ZDCN-006', name: '主动型信用承诺' },
    title: '市场主体主动型信用承诺书',
    authority: '兰州市社会信用体系建设领导小组办公室',
    replaces: null,
    cause: '鼓励市场主体开展主动型、自律型信用承诺,并依托“信用中国(甘肃兰州)”网站信用承诺专栏向社会公开。',
    content:
      '本单位承诺严格遵守国家法律法规,依法经营、诚实守信,按时足额纳税,保障产品和服务质量,维护消费者合法权益,主动接受社会监督。',
    conditions: '无。',
    verification: '信用主管部门将对承诺践行情况进行跟踪,纳入市场主体信用评价。',
    liability: LIABILITY,
    validityMonths: 12,
    committerKinds: ['organisation', 'natural-person', 'individual-business'],
    disclosure: 'public',
  },
  other: {
    matter: { code: 'CZ-ZFCG-007', name: '参加政府采购活动' },
    title: '政府采购供应商信用承诺书',
    authority: '南通市财政局',
    replaces: '无重大违法记录声明',
    cause: '参加政府采购活动,以信用承诺代替部分资格证明材料。',
    content:
      '本单位承诺参加本次政府采购活动前三年内,在经营活动中没有重大违法记录;未被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单。',
    conditions: '供应商须具有独立承担民事责任的能力和良好的商业信誉。',
    verification: '采购人或采购代理机构将通过“信用中国”网站、中国政府采购网等渠道查询供应商信用记录。',
    liability: LIABILITY,
    validityMonths: 6,
    committerKinds: ['organisation'],
    disclosure: 'public',
  },
};

export const demoTemplateId = (type: CommitmentType) => `tpl-${type}`;

export function demoTemplates(): CommitmentTemplate[] {
  return (Object.entries(texts) as [CommitmentType, TemplateText][]).map(([type, text]) => {
    const body = { ...text, version: 1, type };
    return { id: demoTemplateId(type), ...body, textHash: templateTextHash(body) };
  });
}
