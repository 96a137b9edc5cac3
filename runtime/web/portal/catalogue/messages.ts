/** The catalogue page's words, zh-CN (the default) and English; keys prefixed `catalogue.`. */
const zh = {
  'catalogue.heading': '办事指南',
  'catalogue.intro': '按部门、服务对象或主题查找事项，支持中文、拼音和拼音首字母搜索。',
  'catalogue.search.placeholder': '搜索事项：如 食品经营、shipin、spjy',
  'catalogue.search.button': '搜索',
  'catalogue.filter.department': '部门',
  'catalogue.filter.allDepartments': '全部部门',
  'catalogue.filter.object': '服务对象',
  'catalogue.filter.theme': '主题',
  'catalogue.filter.all': '全部',
  'catalogue.filter.clear': '清除筛选',
  'catalogue.filter.moreThemes': '更多主题',
  'catalogue.total': '共 {n} 个事项',
  'catalogue.empty': '没有找到符合条件的事项',
  'catalogue.loadFailed': '事项加载失败：{msg}',
  'catalogue.retry': '重试',
  'catalogue.card.promised': '承诺时限',
  'catalogue.card.statutory': '法定时限',
  'catalogue.card.visits': '到现场次数',
  'catalogue.card.depth': '网办深度',
  'catalogue.card.openGuide': '查看办事指南',
  'catalogue.card.apply': '在线办理',
} as const;

export type CatalogueKey = keyof typeof zh;

const en: Record<CatalogueKey, string> = {
  'catalogue.heading': 'Service guides',
  'catalogue.intro': 'Find a matter by department, by whom it serves or by theme; search in Chinese, pinyin or pinyin initials.',
  'catalogue.search.placeholder': 'Search matters, e.g. 食品经营, shipin, spjy',
  'catalogue.search.button': 'Search',
  'catalogue.filter.department': 'Department',
  'catalogue.filter.allDepartments': 'All departments',
  'catalogue.filter.object': 'Serves',
  'catalogue.filter.theme': 'Theme',
  'catalogue.filter.all': 'All',
  'catalogue.filter.clear': 'Clear filters',
  'catalogue.filter.moreThemes': 'More themes',
  'catalogue.total': '{n} matters',
  'catalogue.empty': 'No matter fits these filters',
  'catalogue.loadFailed': 'Could not load the matters: {msg}',
  'catalogue.retry': 'Retry',
  'catalogue.card.promised': 'Promised',
  'catalogue.card.statutory': 'Statutory',
  'catalogue.card.visits': 'On-site visits',
  'catalogue.card.depth': 'Online depth',
  'catalogue.card.openGuide': 'Service guide',
  'catalogue.card.apply': 'Apply online',
};

export const catalogueMessages = { zh, en };
