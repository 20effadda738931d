/** Text of the picture components (web/src/pages/picture.tsx, product-images-editor.tsx), in English. */
import type { MediaMessages } from './media.zh.ts';

export const mediaEn: MediaMessages = {
  noPicture: 'No picture yet',
  pictureN: 'Picture {n} of {total}',
  thumbnails: 'Product pictures',
  zoom: 'Enlarge picture',
  zoomHint: 'Click the picture to enlarge it; arrow keys switch pictures',
  close: 'Close',
  previous: 'Previous picture',
  next: 'Next picture',
  editorTitle: 'Product pictures',
  editorHint:
    'Upload JPG, PNG or WebP files of up to 10 MB each, at most {max}; the first is the main picture. Location and camera data are removed from the files.',
  choose: 'Choose pictures (several at once)',
  uploading: 'Uploading {n} of {total}…',
  uploaded: '{n} uploaded',
  main: 'Main picture',
  makeMain: 'Make main',
  moveEarlier: 'Move earlier',
  moveLater: 'Move later',
  remove: 'Delete',
  confirmRemove: 'Delete this picture?',
  none: 'No pictures yet',
  full: 'The limit of {max} pictures is reached',
  failedFile: '{file}: {reason}',
  errors: {
    notImage: 'not a JPG, PNG or WebP picture',
    damaged: 'the picture is damaged or incomplete',
    tooLarge: 'the file is over 10 MB',
    tooManyPixels: 'the picture has too many pixels (40 megapixels at most)',
    tooMany: 'a product may have at most {max} pictures',
    notYours: 'you can change only the pictures of your own products',
  },
};
