import type { Grade, ListKind } from './subjects.js';

/** Each grade in words (信用等级), in Chinese. */
export const gradeNamesZh: Record<Grade, string> = { A: 'A级 诚信', B: 'B级 良好', C: 'C级 关注', D: 'D级 失信' };

/** The credit lists, in Chinese. */
export const listNamesZh: Record<ListKind, string> = {
  red: '守信激励对象(红名单)',
  'key-attention': '重点关注名单',
  black: '失信联合惩戒对象(黑名单)',
};
