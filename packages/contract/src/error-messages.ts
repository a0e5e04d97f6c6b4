// Plain data, no schemas: clients import this table without pulling zod into a browser bundle. Apart
// from `errorStatus` (error-status.ts), so a page loads the texts only when it has an error to explain.
import type { ErrorCode } from './errors.js';

/** What the user is told for each error code, in both UI languages. */
export const errorMessages: Record<ErrorCode, { 'zh-CN': string; en: string }> = {
  validation_failed: { 'zh-CN': '填写的信息有误,请按提示修改', en: 'Some details are not valid; please correct them' },
  invalid_json: { 'zh-CN': '请求格式错误', en: 'The request is not valid JSON' },
  payload_too_large: { 'zh-CN': '提交的内容或文件过大', en: 'The request or file is too large' },
  unsupported_media_type: { 'zh-CN': '不支持的文件类型', en: 'This file type is not supported' },
  unauthenticated: { 'zh-CN': '身份验证失败,请重新登录', en: 'Not signed in; please sign in again' },
  session_expired: {
    'zh-CN': '登录已过期,请重新登录后继续,已填写的内容已保存',
    en: 'Your session has expired; sign in again to continue — what you typed is kept',
  },
  forbidden: { 'zh-CN': '无权进行此操作', en: 'You are not allowed to do this' },
  wrong_authority: {
    'zh-CN': '该事项由其他认定部门负责(谁认定、谁修复)',
    en: 'Another authority decides this (whoever decided, repairs)',
  },
  origin_not_allowed: { 'zh-CN': '本网站未获授权使用该服务', en: 'This website is not authorised to use the service' },
  not_found: { 'zh-CN': '未找到相关信息', en: 'Not found' },
  conflict: { 'zh-CN': '操作与当前状态冲突', en: 'This conflicts with the current state' },
  invalid_transition: { 'zh-CN': '当前状态下不能进行此操作', en: 'This action is not possible in the current state' },
  not_eligible: { 'zh-CN': '不符合办理条件', en: 'Not eligible' },
  idempotency_key_reused: { 'zh-CN': '重复提交的内容不一致', en: 'A repeated request did not match the first one' },
  idempotency_in_progress: {
    'zh-CN': '正在处理上一次提交,请稍候',
    en: 'The previous submission is still being processed',
  },
  rate_limited: { 'zh-CN': '请求过于频繁,请稍后再试', en: 'Too many requests; please try again shortly' },
  internal: {
    'zh-CN': '服务暂时不可用,请稍后再试,已填写的内容已保存',
    en: 'The service is unavailable; please try again — what you typed is kept',
  },
};
