import { RENDITION_SIZES } from './limits.ts';

/** One rendition of a picture: its bounding size and its URL. */
export interface Rendition {
  size: number;
  url: string;
}

/** A hosted product picture as clients see it. */
export interface ProductImage {
  id: number;
  /** Content hash; the file names are `<hash>-<size>.webp`. */
  hash: string;
  /** Pixels of the largest rendition (≤ 1200 on the long side); gives the aspect ratio. */
  width: number;
  height: number;
  /** WebP renditions, smallest first: 160, 480 and 1200 px bounding boxes (never enlarged). */
  renditions: Rendition[];
}

/** Where renditions are served: `/media/<hash>-<size>.webp`. */
export const MEDIA_PATH = '/media';

export const renditionKey = (hash: string, size: number): string => `${hash}-${size}.webp`;

/** Renditions of a hash, as URLs under MEDIA_PATH. */
export function renditionsOf(hash: string): Rendition[] {
  return RENDITION_SIZES.map((size) => ({ size, url: `${MEDIA_PATH}/${renditionKey(hash, size)}` }));
}

/** A picture row (or the JSON the product query builds) as a ProductImage; null for none. */
export function toProductImage(r: { id: number | string; hash: string; width: number; height: number } | null | undefined): ProductImage | null {
  if (!r) return null;
  return { id: Number(r.id), hash: r.hash, width: r.width, height: r.height, renditions: renditionsOf(r.hash) };
}
