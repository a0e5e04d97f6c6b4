import { errorMessages } from '@credit-kit/contract/plain';
import type { ClientErrorCode, ErrorMessageTable } from './errors.js';
import type { Locale } from '@credit-kit/contract';

const clientMessages: Record<ClientErrorCode, Record<Locale, string>> = {
  connection_error: {
    'zh-CN': '网络连接失败,请检查网络后重试',
    en: 'Could not reach the service; check the connection and try again',
  },
  timeout: { 'zh-CN': '服务响应超时,请稍后再试', en: 'The service took too long to answer; please try again' },
  aborted: { 'zh-CN': '请求已取消', en: 'The request was cancelled' },
  invalid_response: {
    'zh-CN': '服务返回了无法识别的数据',
    en: 'The service answered with data the client does not understand',
  },
};

/** The user-facing text of every error code, the contract's and the client's own, in both UI languages. */
export const errorMessageTable: ErrorMessageTable = { ...errorMessages, ...clientMessages };
