/** This area's words in zh-CN and English; area-messages.ts merges them into the designer's dictionary. */
const zh = {
  'form.title': '申请表单',
} as const;

const en: Record<keyof typeof zh, string> = {
  'form.title': 'Application form',
};

export const formTabMessages = { zh, en };
