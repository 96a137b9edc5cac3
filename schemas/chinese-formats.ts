/**
 * String formats a Chinese service hall needs, as ajv format validators (also used by the form builder).
 * Checksums are verified where the standard defines one, so a typo is caught at the counter, not later.
 */

/** 居民身份证号 (GB 11643-1999): 17 digits + a check digit (0-9 or X), ISO 7064 MOD 11-2. */
export function isChineseIdCard(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * weights[i];
  return checks[sum % 11] === value[17].toUpperCase();
}

/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet with a MOD 31 check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return false;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(value[i]) * weights[i];
  return alphabet[(31 - (sum % 31)) % 31] === value[17];
}

/** 中国大陆手机号: 11 digits starting with 1[3-9]. */
export const isMobile = (value: string): boolean => /^1[3-9]\d{9}$/.test(value);

/** 邮政编码: 6 digits. */
export const isPostcode = (value: string): boolean => /^\d{6}$/.test(value);

export const CHINESE_FORMATS = {
  'id-card': isChineseIdCard,
  uscc: isUnifiedSocialCreditCode,
  mobile: isMobile,
  postcode: isPostcode,
} as const;
