/** This app's words in zh-CN (the default) and English; the sign-in's come from the shared page. */
import { createI18n } from '../shared/i18n';
import { SIGN_IN_MESSAGES } from '../shared/StaffSignIn';

const zh = {
  ...SIGN_IN_MESSAGES.zh,
  'app.title': 'Matterflow 效能监督',
  'app.comingSoon': '即将推出',
  'lang.switch': 'English',
  'nav.signOut': '退出登录',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  ...SIGN_IN_MESSAGES.en,
  'app.title': 'Matterflow supervision',
  'app.comingSoon': 'Coming soon',
  'lang.switch': '中文',
  'nav.signOut': 'Sign out',
};

export const { I18nProvider, useI18n, translate } = createI18n<MessageKey>({ 'zh-CN': zh, en });
