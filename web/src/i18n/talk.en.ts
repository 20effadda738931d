import type { TalkMessages } from './talk.zh.ts';

export const talkEn: TalkMessages = {
  inquiries: 'Inquiries',
};
