/** The limits of product pictures (docs/media.md). */
export const IMAGE_LIMITS = {
  /** Bytes of one uploaded file. */
  maxBytes: 10 * 1024 * 1024,
  /** Hosted pictures per product. */
  maxPerProduct: 10,
  /** Decoded pixels (width × height) of one picture: a decompression bomb is refused before it is decoded. */
  maxPixels: 40_000_000,
  /** Pictures being processed at once in this process; more wait. */
  concurrent: 2,
  /** Pictures that may wait; more are refused with 503 BUSY. */
  waiting: 8,
  /** Files in an import bundle (zip). */
  maxZipFiles: 1000,
  /** Bytes of an import bundle (zip). */
  maxZipBytes: 256 * 1024 * 1024,
} as const;

/** Widths (bounding boxes, px) of the WebP renditions made of every picture; never enlarged. */
export const RENDITION_SIZES = [160, 480, 1200] as const;
export type RenditionSize = (typeof RENDITION_SIZES)[number];

/** Bumped when the renditions change, so new files get new names (old ones stay immutable). */
export const PIPELINE_VERSION = 'v1';
