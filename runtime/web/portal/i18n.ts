/** The portal's words in zh-CN (the default) and English. */
import { createI18n } from '../shared/i18n';

const zh = {
  'app.title': '汉江市政务服务网',
  'app.comingSoon': '网上办事大厅即将开通',
  'lang.switch': 'English',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Hanjiang Government Services',
  'app.comingSoon': 'Online services are coming soon',
  'lang.switch': '中文',
};

export const { I18nProvider, useI18n, translate } = createI18n<MessageKey>({ 'zh-CN': zh, en });
