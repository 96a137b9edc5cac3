/** This area's words in zh-CN and English; area-messages.ts merges them into the designer's dictionary. */
const zh = {
  'basic.title': '基本信息',
} as const;

const en: Record<keyof typeof zh, string> = {
  'basic.title': 'Basic information',
};

export const basicMessages = { zh, en };
