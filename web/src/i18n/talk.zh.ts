/** Text of the messaging and merchant trade pages (inquiries, RFQs and quotes, incoming orders, disputes, header badges), in Chinese. */
export const talkZh = {
  inquiries: '询盘',
};
export type TalkMessages = typeof talkZh;
