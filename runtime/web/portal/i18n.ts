/**
 * The portal's words in zh-CN (the default) and English: the shell's and the matter facts shared by
 * the catalogue and the guide here, each page area's in its own `messages.ts`, merged into one
 * dictionary. (The apply and track pages read `useI18n().lang` through their own `words.ts`.)
 */
import { createI18n } from '../shared/i18n';
import { catalogueMessages } from './catalogue/messages';
import { guideMessages } from './guide/messages';

const zh = {
  'app.title': '汉江市政务服务网',
  'app.subtitle': '网上办事大厅',
  'app.comingSoon': '网上办事大厅即将开通',
  'app.notFound': '页面不存在',
  'app.home': '返回首页',
  'app.footer': '汉江市人民政府政务服务中心 主办 · 政务服务便民热线 12345',
  'lang.switch': 'English',
  'nav.guide': '办事指南',
  'nav.track': '办件查询',
  'nav.complaint': '投诉建议',
  'matter.object.individual': '个人',
  'matter.object.legal_person': '法人',
  'matter.handling.immediate': '即办件',
  'matter.handling.promised': '承诺件',
  'matter.days': '{n} 个工作日',
  'matter.onTheSpot': '当场办结',
  'matter.daysShort': '{n} 天',
  'matter.visits': '{n} 次',
  'matter.depth.1': '一级（网上咨询）',
  'matter.depth.2': '二级（网上预审）',
  'matter.depth.3': '三级（网上受理）',
  'matter.depth.4': '四级（全程网办）',
  'matter.depthShort': '{n} 级',
} as const;

export type ShellKey = keyof typeof zh;

const en: Record<ShellKey, string> = {
  'app.title': 'Hanjiang Government Services',
  'app.subtitle': 'Online service hall',
  'app.comingSoon': 'Online services are coming soon',
  'app.notFound': 'Page not found',
  'app.home': 'Home',
  'app.footer': 'Run by the Hanjiang Government Service Centre · Hotline 12345',
  'lang.switch': '中文',
  'nav.guide': 'Service guides',
  'nav.track': 'Track a case',
  'nav.complaint': 'Complaints',
  'matter.object.individual': 'Individuals',
  'matter.object.legal_person': 'Organisations',
  'matter.handling.immediate': 'Decided on the spot',
  'matter.handling.promised': 'Within the promised time',
  'matter.days': '{n} working days',
  'matter.onTheSpot': 'On the spot',
  'matter.daysShort': '{n} d',
  'matter.visits': '{n}',
  'matter.depth.1': 'Level 1 (information online)',
  'matter.depth.2': 'Level 2 (pre-check online)',
  'matter.depth.3': 'Level 3 (apply online)',
  'matter.depth.4': 'Level 4 (fully online)',
  'matter.depthShort': 'Level {n}',
};

export type MessageKey = ShellKey | keyof typeof catalogueMessages.zh | keyof typeof guideMessages.zh;

export const { I18nProvider, useI18n, translate } = createI18n<MessageKey>({
  'zh-CN': { ...zh, ...catalogueMessages.zh, ...guideMessages.zh },
  en: { ...en, ...catalogueMessages.en, ...guideMessages.en },
});
