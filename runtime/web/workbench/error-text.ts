/**
 * An API error in the clerk's words. The server's messages are English developer text and are
 * never shown: the error's code picks the sentence, and each field at fault (`details[].path`) is
 * named in words — a known field by its label, a material by its name, a form field by its title
 * (the caller's `fieldName`), anything else as 其他内容.
 */
import { ApiError } from '../shared/http';

import type { T } from './i18n';

const CODE_KEYS: Record<string, string> = {
  BAD_REQUEST: 'error.code.badRequest',
  VALIDATION_FAILED: 'error.code.validation',
  NOT_FOUND: 'error.code.notFound',
  INVALID_STATE: 'error.code.invalidState',
  RATE_LIMITED: 'error.code.rateLimited',
  PAYLOAD_TOO_LARGE: 'error.code.tooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'error.code.mediaType',
  UNAVAILABLE: 'error.code.unavailable',
  CSRF_FAILED: 'error.signedOut',
};

/** Field paths the workbench sends, by their last known segment(s). */
const FIELD_KEYS: Record<string, string> = {
  days: 'field.days',
  reason: 'field.reason',
  reasons: 'field.reason',
  comment: 'field.comment',
  items: 'field.items',
  matterCode: 'field.matter',
  situation: 'field.situation',
  toNodeId: 'field.toNode',
  kind: 'field.kind',
  expectedDays: 'field.expectedDays',
  approve: 'field.approve',
  'applicant/name': 'field.applicantName',
  'applicant/idNumber': 'field.idNumber',
  'applicant/idType': 'field.idNumber',
  'applicant/phone': 'field.phone',
  'applicant/email': 'field.email',
  'applicant/kind': 'field.applicantKind',
  'delivery/method': 'field.deliveryMethod',
  'delivery/recipient': 'field.recipient',
  'delivery/date': 'field.deliveryDate',
  'delivery/address': 'field.address',
  'delivery/waybillNo': 'field.waybillNo',
  'delivery/email': 'field.email',
};

/** Names a field the page knows better (a material's name, a form field's title). */
export type FieldNamer = (path: string) => string | undefined;

/** One field path in words: `/materials/2/materialId` → 第 3 项材料 (or its name), `/delivery/waybillNo` → 运单号. */
export function fieldWords(t: T, path: string | undefined, fieldName?: FieldNamer): string | undefined {
  if (!path || /expectedVersion$/.test(path)) return undefined;
  const own = fieldName?.(path);
  if (own) return own;
  const clean = path.replace(/^[/?.]+/, '').replace(/\./g, '/');
  const material = /^materials\/(\d+)/.exec(clean);
  if (material) return t('field.materialN', { n: Number(material[1]) + 1 });
  const item = /^items\/(\d+)/.exec(clean);
  if (item) return t('field.itemN', { n: Number(item[1]) + 1 });
  if (clean.startsWith('data/') || clean.startsWith('data')) return t('field.form');
  const key = FIELD_KEYS[clean] ?? FIELD_KEYS[clean.split('/').slice(-2).join('/')] ?? FIELD_KEYS[clean.split('/').pop() ?? ''];
  return key ? t(key) : t('field.other');
}

export function errorText(t: T, err: unknown, fieldName?: FieldNamer): string {
  if (err instanceof ApiError) {
    if (err.status === 409 && err.code !== 'INVALID_STATE') return t('error.conflict');
    if (err.status === 0) return t('error.network');
    if (err.status === 401) return t('error.signedOut');
    if (err.status === 403) return t('error.forbiddenPlain');
    const sentence = t(CODE_KEYS[err.code] ?? (err.status >= 500 ? 'error.code.server' : 'error.code.validation'));
    const fields = [...new Set(err.details.map((d) => fieldWords(t, d.path, fieldName)).filter((f): f is string => !!f))];
    return fields.length > 0 ? t('error.withFields', { sentence, fields: fields.join('、') }) : t('error.plain', { sentence });
  }
  return t('error.plain', { sentence: t('error.code.server') });
}

export function isConflict(err: unknown): boolean {
  return err instanceof ApiError && err.status === 409 && err.code !== 'INVALID_STATE';
}
