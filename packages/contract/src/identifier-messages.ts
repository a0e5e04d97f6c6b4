// The wording of identifier failures in both UI languages, apart from the validators: a page checks
// codes with `validateSubjectCode` and the others, and loads these texts only to explain a failure.
import type { Locale } from './common.js';
import type { Message, ResidentIdFailureReason, SubjectCodeResult, UsccFailureReason } from './identifiers.js';

const usccText = (reason: UsccFailureReason, position?: number, expected?: string): Message => {
  switch (reason) {
    case 'empty':
      return { zh: '请输入统一社会信用代码', en: 'Enter the unified social credit code.' };
    case 'length':
      return { zh: '统一社会信用代码应为18位', en: 'The unified social credit code must be 18 characters long.' };
    case 'charset':
      return { zh: `第${position}位字符不合法`, en: `Character ${position} is not allowed.` };
    case 'registration-authority':
      return { zh: '第1位登记管理部门代码不正确', en: 'Character 1 (registration authority) is not valid.' };
    case 'entity-kind':
      return {
        zh: '第2位机构类别代码不正确',
        en: 'Character 2 (entity type) is not valid for this registration authority.',
      };
    case 'area-code':
      return {
        zh: '第3至8位登记管理机关行政区划码不正确',
        en: 'Characters 3–8 (administrative division code) are not valid.',
      };
    case 'organisation-code':
      return {
        zh: `第9至17位组织机构代码校验错误,第17位应为 ${expected}`,
        en: `Characters 9–17 (organisation code) fail their check; character 17 should be ${expected}.`,
      };
    case 'check-character':
      return { zh: `校验码错误,应为 ${expected}`, en: `The check character is wrong; it should be ${expected}.` };
  }
};

const idText = (reason: ResidentIdFailureReason, position?: number, expected?: string): Message => {
  switch (reason) {
    case 'empty':
      return { zh: '请输入身份证号码', en: 'Enter the resident identity number.' };
    case 'length':
      return { zh: '身份证号码应为18位', en: 'The resident identity number must be 18 characters long.' };
    case 'charset':
      return { zh: `第${position}位字符不合法`, en: `Character ${position} is not allowed.` };
    case 'area-code':
      return { zh: '身份证号码地址码不正确', en: 'The area code (characters 1–6) is not valid.' };
    case 'birth-date':
      return { zh: '身份证号码中的出生日期不正确', en: 'The date of birth (characters 7–14) is not valid.' };
    case 'check-character':
      return { zh: `校验码错误,应为 ${expected}`, en: `The check character is wrong; it should be ${expected}.` };
  }
};

/** The failure's message in the given locale; an empty string for a valid identifier. */
export function identifierMessage(result: SubjectCodeResult, locale: Locale): string {
  if (result.ok) return '';
  const { reason, position, expected } = result;
  const message: Message =
    result.either && reason === 'empty'
      ? {
          zh: '请输入统一社会信用代码或身份证号码',
          en: 'Enter the unified social credit code or resident identity number.',
        }
      : result.either && reason === 'length'
        ? {
            zh: '统一社会信用代码或身份证号码应为18位',
            en: 'The unified social credit code or resident identity number must be 18 characters long.',
          }
        : result.kind === 'uscc'
          ? usccText(result.reason, position, expected)
          : idText(result.reason, position, expected);
  return message[locale === 'zh-CN' ? 'zh' : 'en'];
}
