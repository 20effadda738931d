/** Text of the picture components (web/src/pages/picture.tsx, product-images-editor.tsx), in Arabic. */
import type { MediaMessages } from './media.zh.ts';

export const mediaAr: MediaMessages = {
  noPicture: 'لا توجد صورة بعد',
  pictureN: 'الصورة {n} من {total}',
  thumbnails: 'صور المنتج',
  zoom: 'تكبير الصورة',
  zoomHint: 'انقر على الصورة لتكبيرها؛ تنقّل بين الصور بمفاتيح الأسهم',
  close: 'إغلاق',
  previous: 'الصورة السابقة',
  next: 'الصورة التالية',
  editorTitle: 'صور المنتج',
  editorHint:
    'حمّل ملفات JPG أو PNG أو WebP بحجم 10 ميغابايت كحد أقصى لكل ملف، وبحد أقصى {max} صور؛ الصورة الأولى هي الرئيسية. تُحذف من الملفات بيانات الموقع والكاميرا.',
  choose: 'اختر الصور (عدة صور معًا)',
  uploading: 'جارٍ تحميل {n} من {total}…',
  uploaded: 'تم تحميل {n}',
  main: 'الصورة الرئيسية',
  makeMain: 'اجعلها الرئيسية',
  moveEarlier: 'نقل إلى الأمام',
  moveLater: 'نقل إلى الخلف',
  remove: 'حذف',
  confirmRemove: 'هل تريد حذف هذه الصورة؟',
  none: 'لا توجد صور بعد',
  full: 'تم بلوغ الحد الأقصى وهو {max} صور',
  failedFile: '{file}: {reason}',
  errors: {
    notImage: 'ليست صورة JPG أو PNG أو WebP',
    damaged: 'الصورة تالفة أو غير مكتملة',
    tooLarge: 'حجم الملف أكبر من 10 ميغابايت',
    tooManyPixels: 'عدد بكسلات الصورة كبير جدًا (40 ميغابكسل كحد أقصى)',
    tooMany: 'يمكن أن يكون للمنتج {max} صور كحد أقصى',
    notYours: 'يمكنك تعديل صور منتجاتك فقط',
  },
};
