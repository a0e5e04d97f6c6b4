// The names of GB 32100's registration authorities and entity kinds, apart from the validator so that
// a browser bundle checking codes does not carry them.
import type { Label, UsccOk } from './identifiers.js';

type Names = readonly [zh: string, en: string];
const OTHER: Names = ['其他', 'other'];
/** A kind an authority accepts (any 1–9 for the rarer ones) that the standard does not list. */
const UNLISTED: Names = ['未列明类别', 'unlisted kind'];

const AUTHORITIES: Record<string, { name: Names; kinds: Record<string, Names> }> = {
  '1': {
    name: ['机构编制', 'public-sector staffing'],
    kinds: {
      1: ['机关', 'government agency'],
      2: ['事业单位', 'public institution'],
      3: ['中央编办直接管理机构编制的群众团体', 'mass organisation'],
      9: OTHER,
    },
  },
  '2': {
    name: ['外交', 'foreign affairs'],
    kinds: { 1: ['外国常驻新闻机构', 'resident foreign news agency'], 9: OTHER },
  },
  '3': {
    name: ['司法行政', 'justice administration'],
    kinds: {
      1: ['律师执业机构', 'law firm'],
      2: ['公证处', 'notary office'],
      3: ['基层法律服务所', 'grassroots legal service office'],
      4: ['司法鉴定机构', 'forensic appraisal institution'],
      5: ['仲裁委员会', 'arbitration commission'],
      9: OTHER,
    },
  },
  '4': { name: ['文化', 'culture'], kinds: { 1: ['外国在华文化中心', 'foreign cultural centre'], 9: OTHER } },
  '5': {
    name: ['民政', 'civil affairs'],
    kinds: {
      1: ['社会团体', 'social association'],
      2: ['民办非企业单位', 'private non-enterprise unit'],
      3: ['基金会', 'foundation'],
      9: OTHER,
    },
  },
  '6': {
    name: ['旅游', 'tourism'],
    kinds: {
      1: ['外国旅游部门常驻代表机构', 'foreign tourism office'],
      2: ['港澳台地区旅游部门常驻内地(大陆)代表机构', 'Hong Kong, Macao or Taiwan tourism office'],
      9: OTHER,
    },
  },
  '7': {
    name: ['宗教', 'religious affairs'],
    kinds: { 1: ['宗教活动场所', 'place of religious activity'], 2: ['宗教院校', 'religious school'], 9: OTHER },
  },
  '8': { name: ['工会', 'trade unions'], kinds: { 1: ['基层工会', 'grassroots trade union'], 9: OTHER } },
  '9': {
    name: ['工商', 'market regulation'],
    kinds: {
      1: ['企业', 'enterprise'],
      2: ['个体工商户', 'individual business'],
      3: ['农民专业合作社', 'farmers’ cooperative'],
    },
  },
  A: {
    name: ['中央军委改革和编制办公室', 'CMC reform and staffing office'],
    kinds: { 1: ['军队事业单位', 'military public institution'], 9: OTHER },
  },
  N: {
    name: ['农业', 'agriculture'],
    kinds: {
      1: ['组级集体经济组织', 'group-level collective economic organisation'],
      2: ['村级集体经济组织', 'village-level collective economic organisation'],
      3: ['乡镇级集体经济组织', 'township-level collective economic organisation'],
      9: OTHER,
    },
  },
  Y: { name: ['其他', 'other'], kinds: { 1: OTHER } },
};

/** A valid unified social credit code with its registration authority and entity kind named. */
export interface UsccDescription extends Omit<UsccOk, 'authority' | 'entityKind'> {
  authority: Label;
  entityKind: Label;
}

/** Names the registration authority and entity kind of a code `validateUscc` accepted. */
export function describeUscc(result: UsccOk): UsccDescription {
  // `validateUscc` accepts only listed authorities; an unlisted one would be named as such.
  const authority = AUTHORITIES[result.authority] ?? { name: OTHER, kinds: {} };
  const [kindZh, kindEn] = authority.kinds[result.entityKind] ?? UNLISTED;
  return {
    ...result,
    authority: { code: result.authority, zh: authority.name[0], en: authority.name[1] },
    entityKind: { code: result.entityKind, zh: kindZh, en: kindEn },
  };
}
