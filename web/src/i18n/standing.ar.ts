import type { StandingMessages } from './standing.zh.ts';

export const standingAr: StandingMessages = {
  creditClass: 'التصنيف الائتماني',
  classN: 'الفئة {c}',
  classHelp: 'يقيّمه مركز بيانات الائتمان في السوق: A الأفضل و D الأسوأ',
  redList: 'قائمة الشرف {year}',
  blacklisted: 'مدرج في القائمة السوداء للكيانات غير الأمينة',
  blacklistedSince: 'مدرج في القائمة السوداء منذ {date}:',
  seeBlacklist: 'عرض القائمة السوداء',
};
