// Limits and patterns that the schemas apply and that browsers check too, as plain values: importing
// them does not import zod.

/** The most subjects one batch look-up takes, by either route. */
export const maxStatusBatch = 100;

/** Mobile numbers and landlines with an area code (e.g. 0851-86812345). */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** Whether `value` is a mobile number or a landline with its area code: `Phone`'s rule, without zod. */
export const isPhone = (value: string): boolean => phonePattern.test(value);

/** The grounds of an objection: 信息错误 / 信息遗漏 / 重复 / 不应公示 / 超过公示期限 / 与来源不一致. */
export const objectionReasons = [
  'wrong',
  'missing',
  'duplicated',
  'should-not-publish',
  'period-expired',
  'inconsistent-with-source',
] as const;

/** The objection reasons that dispute what the record says, so the objection states what it should say. */
export const reasonsNeedingCorrectValue: readonly string[] = ['wrong', 'inconsistent-with-source'];
