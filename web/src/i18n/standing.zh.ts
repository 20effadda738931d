/** The merchant's public standing on product and stall pages: credit class, red-list badges, blacklist warning. */
export const standingZh = {
  creditClass: '信用等级',
  classN: '{c} 级',
  classHelp: '市场信用数据中心评定：A 最好，D 最差',
  redList: '{year} 年诚信红榜',
  blacklisted: '已列入失信黑名单',
  blacklistedSince: '自 {date} 起列入失信黑名单：',
  seeBlacklist: '查看黑名单',
};
export type StandingMessages = { [K in keyof typeof standingZh]: string };
