import type { LocalizedText } from './common.js';
import type { Grade } from './subjects.js';

/** What each grade means for supervision (分级分类监管). */
export const gradeDescriptions: Record<Grade, LocalizedText> = {
  A: { 'zh-CN': '信用良好,低风险,减少抽查频次', en: 'Good credit, low risk: fewer random inspections' },
  B: { 'zh-CN': '信用一般,按常规比例抽查', en: 'Normal credit: routine inspections' },
  C: { 'zh-CN': '信用较差,适当提高抽查比例', en: 'Attention: more frequent inspections' },
  D: { 'zh-CN': '信用差,高风险,列为重点监管对象', en: 'Poor credit, high risk: key supervision' },
};
