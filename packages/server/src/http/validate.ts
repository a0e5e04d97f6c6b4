import * as z from 'zod/mini';
import { bilingual, identifierMessage, validateSubjectCode, type LocalizedText } from '@credit-kit/contract';
import { ApiError, type ProblemField } from './problem.js';

type Issue = z.core.$ZodIssue;

const where = {
  path: bilingual('路径参数', 'path'),
  query: bilingual('查询参数', 'query'),
  'request body': bilingual('请求内容', 'request body'),
};

/** One zod issue in both UI languages, with what the field needs (a length, a format, the expected check character). */
export function issueText(issue: Issue, input?: unknown): LocalizedText {
  const reason = (issue as { params?: { reason?: unknown } }).params?.reason;
  const value = issue.path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
  if (issue.code === 'custom' && typeof reason === 'string' && typeof value === 'string') {
    const result = validateSubjectCode(value);
    if (!result.ok) return { 'zh-CN': identifierMessage(result, 'zh-CN'), en: identifierMessage(result, 'en') };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? bilingual('必填', 'Required')
        : bilingual(`类型应为 ${issue.expected}`, `Expected ${issue.expected}`);
    case 'too_small':
      return issue.origin === 'string'
        ? bilingual(`至少 ${String(issue.minimum)} 个字符`, `At least ${String(issue.minimum)} characters`)
        : issue.origin === 'array'
          ? bilingual(`至少 ${String(issue.minimum)} 项`, `At least ${String(issue.minimum)} items`)
          : bilingual(`不能小于 ${String(issue.minimum)}`, `Must be at least ${String(issue.minimum)}`);
    case 'too_big':
      return issue.origin === 'string'
        ? bilingual(`最多 ${String(issue.maximum)} 个字符`, `At most ${String(issue.maximum)} characters`)
        : issue.origin === 'array'
          ? bilingual(`最多 ${String(issue.maximum)} 项`, `At most ${String(issue.maximum)} items`)
          : bilingual(`不能大于 ${String(issue.maximum)}`, `Must be at most ${String(issue.maximum)}`);
    case 'invalid_format':
      return issue.format === 'date'
        ? bilingual('日期格式应为 YYYY-MM-DD', 'Expected a date as YYYY-MM-DD')
        : bilingual('格式不正确', `Not a valid ${issue.format}`);
    case 'invalid_value':
      return bilingual(
        `应为以下之一:${issue.values.map(String).join('、')}`,
        `Expected one of: ${issue.values.map(String).join(', ')}`,
      );
    case 'unrecognized_keys':
      return bilingual(`不支持的字段:${issue.keys.join('、')}`, `Unknown fields: ${issue.keys.join(', ')}`);
    default:
      return bilingual('填写内容不正确', issue.message);
  }
}

/** Zod issues as the problem's field errors: dotted paths, and the rule a validator names as the code. */
export function fieldErrors(issues: readonly Issue[], input?: unknown, prefix = ''): ProblemField[] {
  return issues.map((issue) => {
    const reason = (issue as { params?: { reason?: unknown } }).params?.reason;
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      code: typeof reason === 'string' ? reason : issue.code,
      message: issueText(issue, input),
    };
  });
}

export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  part: 'path' | 'query' | 'request body',
): z.infer<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new ApiError(
    'validation_failed',
    bilingual(`${where[part]['zh-CN']}有误,请按提示修改`, `The ${part} is not valid`),
    { errors: fieldErrors(result.error.issues, input) },
  );
}
