/** This area's words in zh-CN and English; area-messages.ts merges them into the designer's dictionary. */
const zh = {
  'compare.title': '版本对比',
} as const;

const en: Record<keyof typeof zh, string> = {
  'compare.title': 'Compare versions',
};

export const compareMessages = { zh, en };
