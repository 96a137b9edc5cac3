/** This area's words in zh-CN and English; area-messages.ts merges them into the designer's dictionary. */
const zh = {
  'review.title': '审核队列',
} as const;

const en: Record<keyof typeof zh, string> = {
  'review.title': 'Review queue',
};

export const reviewMessages = { zh, en };
