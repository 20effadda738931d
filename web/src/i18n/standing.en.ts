import type { StandingMessages } from './standing.zh.ts';

export const standingEn: StandingMessages = {
  creditClass: 'Credit class',
  classN: 'class {c}',
  classHelp: "Rated by the market's credit data centre: A is best, D worst",
  redList: 'Honour list {year}',
  blacklisted: 'On the blacklist of dishonest entities',
  blacklistedSince: 'On the blacklist of dishonest entities since {date}:',
  seeBlacklist: 'See the blacklist',
};
