export { IMAGE_LIMITS, RENDITION_SIZES, PIPELINE_VERSION } from './limits.ts';
export { sniffImage, IMAGE_MEDIA_TYPES, type ImageType } from './sniff.ts';
export { processImage, checkImageFile, imageHash, type ProcessedImage } from './pipeline.ts';
export { MEDIA_PATH, renditionKey, renditionsOf, toProductImage, type ProductImage, type Rendition } from './refs.ts';
export { mediaStore, useMediaStore } from './store.ts';
export {
  listProductImages,
  addProductImage,
  reorderProductImages,
  setMainProductImage,
  deleteProductImage,
  checkImageEditor,
  mainImages,
  hostedImageUrls,
  ImageOrder,
  type ProductImagesTable,
} from './product-images.ts';
export { openImageBundle, imageRefsHook, isUrlRef, type ImageBundle, type ImageRefProblem } from './bundle.ts';
