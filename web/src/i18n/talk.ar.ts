import type { TalkMessages } from './talk.zh.ts';

export const talkAr: TalkMessages = {
  inquiries: 'الاستفسارات',
};
