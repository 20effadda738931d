/**
 * Response schemas of the picture routes (src/http/routes/media.ts) and of the
 * main picture carried by every Product; checked against the catalogue's types.
 */
import { z } from 'zod';
import type * as catalog from '../modules/catalog/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();

export const Rendition = z
  .object({
    size: int().meta({ description: 'Bounding box in pixels (160, 480 or 1200); the picture is never enlarged' }),
    url: z.string().meta({ description: 'Path of the WebP file, served with immutable caching' }),
  })
  .meta({ id: 'ImageRendition' });

export const ProductImage = z
  .object({
    id: int(),
    hash: z.string().meta({ description: 'Content hash; the files are /media/<hash>-<size>.webp' }),
    width: int().meta({ description: 'Pixels of the largest rendition' }),
    height: int().meta({ description: 'Pixels of the largest rendition' }),
    renditions: z.array(Rendition),
  })
  .meta({ id: 'ProductImage' });

export const ProductImageList = z.object({ items: z.array(ProductImage) }).meta({ id: 'ProductImageList' });

export const BundleImportReport = z
  .object({ rows: int(), created: int(), updated: int(), pictures: int().meta({ description: 'Picture files in the bundle' }) })
  .meta({ id: 'BundleImportReport' });

same<z.output<typeof ProductImage>, catalog.ProductImage>(true);
