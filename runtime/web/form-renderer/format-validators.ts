/**
 * The string formats a form may declare (`format` in form.schema.json) as Formily validators: each
 * returns '' for a valid or empty value (emptiness is `required`'s business) and a message otherwise.
 * The Chinese checks (身份证号, 统一社会信用代码, 手机号) are the very functions the server's ajv uses
 * (`schemas/chinese-formats.ts`), so the browser and the server never disagree on a number.
 */
import { isChineseIdCard, isMobile, isPostcode, isUnifiedSocialCreditCode } from '../../../schemas/chinese-formats.js';

export type RendererLang = 'zh-CN' | 'en';

interface FormatRule {
  test(value: string): boolean;
  message: Record<RendererLang, string>;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const FORMATS: Record<string, FormatRule> = {
  'id-card': { test: isChineseIdCard, message: { 'zh-CN': '请输入正确的18位居民身份证号码', en: 'Enter a valid 18-character Chinese ID card number' } },
  uscc: { test: isUnifiedSocialCreditCode, message: { 'zh-CN': '请输入正确的18位统一社会信用代码', en: 'Enter a valid 18-character unified social credit code' } },
  mobile: { test: isMobile, message: { 'zh-CN': '请输入正确的11位手机号码', en: 'Enter a valid 11-digit mobile number' } },
  postcode: { test: isPostcode, message: { 'zh-CN': '请输入6位邮政编码', en: 'Enter a 6-digit postcode' } },
  email: { test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), message: { 'zh-CN': '请输入正确的电子邮箱', en: 'Enter a valid e-mail address' } },
  date: { test: (v) => ISO_DATE.test(v), message: { 'zh-CN': '请输入正确的日期（年-月-日）', en: 'Enter a date as YYYY-MM-DD' } },
};

/** A Formily validator: '' when the value passes. */
export type FormatValidator = (value: unknown) => string;

/**
 * The validator of a format, or undefined for a format the browser leaves to the server
 * (`date-time`, `time`, `uri`: their widgets already produce valid text).
 *
 * @example formatValidator('mobile')!('12345') // '请输入正确的11位手机号码'
 */
export function formatValidator(format: string | undefined, lang: RendererLang = 'zh-CN'): FormatValidator | undefined {
  const rule = format === undefined ? undefined : FORMATS[format];
  if (rule === undefined) return undefined;
  return (value) => {
    if (value === undefined || value === null || value === '') return '';
    return typeof value === 'string' && rule.test(value.trim()) ? '' : rule.message[lang];
  };
}
