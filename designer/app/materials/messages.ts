/** This area's words in zh-CN and English; area-messages.ts merges them into the designer's dictionary. */
const zh = {
  'materials.title': '情形与材料',
} as const;

const en: Record<keyof typeof zh, string> = {
  'materials.title': 'Situations and materials',
};

export const materialsMessages = { zh, en };
