/**
 * Import bundles and the pictures a product sheet names. A bundle is a zip of
 * one product sheet (.xlsx or .csv) and picture files; the sheet's `images`
 * column names pictures by file name (matched by exact path, else by base
 * name, ignoring case) or by http(s) URL.
 *
 * URL policy (SSRF): the server never fetches a URL named in a sheet. URLs are
 * kept as external references in the product's `images` list (exported back
 * as they came) and are not hosted, resized or shown as the product's main
 * picture; a merchant who wants them hosted puts the files in the bundle.
 */
import { SHEET_LIMITS, type SheetLimits } from '../../../core/spreadsheet/read-sheet.ts';
import { ZipArchive, type ZipEntry } from '../../../core/spreadsheet/zip.ts';
import { AppError } from '../../../core/errors.ts';
import type { Transaction } from 'kysely';
import type { BlobStore } from '../../../core/blob-store/index.ts';
import type { DB } from '../../../core/db/schema.ts';
import { IMAGE_LIMITS } from './limits.ts';
import { processImage, type ProcessedImage } from './pipeline.ts';
import { attachProcessed, withImages } from './product-images.ts';

/** The limits of the zip reader for a bundle: each member is one file of at most 10 MB (a sheet may be larger). */
const BUNDLE_LIMITS: SheetLimits = { ...SHEET_LIMITS.import, maxPartBytes: 64 * 1024 * 1024, maxZipMembers: IMAGE_LIMITS.maxZipFiles };

export interface ImageBundle {
  /** The product sheet inside, if any. */
  sheet?: { name: string; format: 'csv' | 'xlsx'; bytes: Buffer };
  /** Picture file names in the bundle. */
  files: string[];
  /** The bytes of a named picture (exact path, else base name, ignoring case); undefined when absent. */
  read(ref: string): Promise<Buffer | undefined>;
}

const base = (name: string) => name.slice(name.lastIndexOf('/') + 1).toLowerCase();

/**
 * Open an uploaded zip bundle: one .xlsx or .csv sheet and picture files
 * (folders allowed; `__MACOSX/` and dot files ignored). Throws BAD_SPREADSHEET
 * for a damaged zip or one with no sheet or two, SHEET_TOO_LARGE over the limits.
 * @example
 * ```ts
 * const bundle = await openImageBundle(readFileSync('goods.zip'));
 * const bytes = await bundle.read('cup-red.jpg');
 * ```
 */
export async function openImageBundle(zip: Buffer, requireSheet = true): Promise<ImageBundle> {
  if (zip.length > IMAGE_LIMITS.maxZipBytes) throw new AppError('PAYLOAD_TOO_LARGE', `the bundle is over ${IMAGE_LIMITS.maxZipBytes} bytes`);
  const archive = new ZipArchive(zip, BUNDLE_LIMITS);
  const members = [...archive.entries.values()].filter((e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !base(e.name).startsWith('.'));
  const sheets = members.filter((e) => /\.(xlsx|csv)$/i.test(e.name));
  if (sheets.length > 1 || (requireSheet && sheets.length === 0))
    throw new AppError('BAD_SPREADSHEET', `a bundle holds exactly one product sheet (.xlsx or .csv) and picture files; this one has ${sheets.length} sheets`);
  const pictures = members.filter((e) => !sheets.includes(e));
  const byBase = new Map<string, ZipEntry>();
  for (const e of pictures) if (!byBase.has(base(e.name))) byBase.set(base(e.name), e);
  const readAll = async (e: ZipEntry, limit: 'maxPartBytes') => {
    const parts: Buffer[] = [];
    for await (const c of archive.read(e, limit)) parts.push(c);
    return Buffer.concat(parts);
  };
  const sheetEntry = sheets[0];
  return {
    ...(sheetEntry
      ? {
          sheet: {
            name: sheetEntry.name,
            format: /\.csv$/i.test(sheetEntry.name) ? ('csv' as const) : ('xlsx' as const),
            bytes: await readAll(sheetEntry, 'maxPartBytes'),
          },
        }
      : {}),
    files: pictures.map((e) => e.name),
    async read(ref) {
      const e = pictures.find((p) => p.name === ref) ?? byBase.get(base(ref));
      return e ? readAll(e, 'maxPartBytes') : undefined;
    },
  };
}

/** Whether an images-column value is a URL (kept as an external reference) rather than a file name. */
export const isUrlRef = (ref: string): boolean => /^https?:\/\//i.test(ref.trim());

/** A problem the import reports on the row (column `images`); the codes are listed in docs/media.md. */
export interface ImageRefProblem {
  code: string;
  params: Record<string, string | number>;
}

/**
 * The `onImages` hook of a product import (`importProducts(…, { onImages })`):
 * for one product row, http(s) URLs become the product's external `images`
 * list (never fetched), and file names are taken from `bundle` and attached as
 * hosted pictures after the ones the product has (a file it already has is not
 * added twice, so importing the same bundle again changes nothing). Returns
 * the row's problems: IMAGE_NEEDS_BUNDLE (a file name but no bundle),
 * IMAGE_NOT_IN_BUNDLE, BAD_IMAGE (not a JPEG/PNG/WebP, damaged, too large;
 * params.reason), TOO_MANY (max) and BAD_FORMAT (expected url).
 * @example
 * ```ts
 * const bundle = await openImageBundle(zip);
 * await importProducts(db, actor, bundle.sheet.bytes, bundle.sheet.format, { onImages: imageRefsHook(store, bundle) });
 * ```
 */
export function imageRefsHook(store: BlobStore, bundle?: ImageBundle) {
  const processed = new Map<string, Promise<ProcessedImage>>();
  return async (trx: Transaction<DB>, productId: number, refs: readonly string[]): Promise<ImageRefProblem[]> => {
    const problems: ImageRefProblem[] = [];
    const all = refs.map((r) => r.trim()).filter((r) => r.length > 0);
    const urls = all.filter(isUrlRef);
    for (const u of urls) if (u.length > 1000 || !URL.canParse(u)) problems.push({ code: 'BAD_FORMAT', params: { value: u.slice(0, 100), expected: 'url' } });
    const names = all.filter((r) => !isUrlRef(r));
    if (names.length > IMAGE_LIMITS.maxPerProduct) problems.push({ code: 'TOO_MANY', params: { max: IMAGE_LIMITS.maxPerProduct } });
    if (problems.length > 0) return problems;
    await trx
      .updateTable('products')
      .set({ images: JSON.stringify(urls) })
      .where('id', '=', productId)
      .execute();
    if (names.length === 0) return problems;
    const product = await trx.selectFrom('products').select(['id', 'merchant_id']).where('id', '=', productId).executeTakeFirstOrThrow();
    for (const name of names) {
      if (!bundle) {
        problems.push({ code: 'IMAGE_NEEDS_BUNDLE', params: { value: name } });
        continue;
      }
      const key = base(name);
      let job = processed.get(key);
      if (!job) {
        job = (async () => {
          const bytes = await bundle.read(name);
          if (!bytes) throw new AppError('NOT_FOUND', `the picture file ${name} is not in the bundle`);
          return processImage(bytes, name);
        })();
        job.catch(() => {}); // awaited below; a failure is reported on each row that names the file
        processed.set(key, job);
      }
      let img: ProcessedImage;
      try {
        img = await job;
      } catch (e) {
        if (!(e instanceof AppError) || e.code === 'BUSY') throw e;
        if (e.code === 'NOT_FOUND') problems.push({ code: 'IMAGE_NOT_IN_BUNDLE', params: { value: name } });
        else problems.push({ code: 'BAD_IMAGE', params: { value: name, reason: reasonOf(e) } });
        continue;
      }
      const dup = await withImages(trx)
        .selectFrom('product_images')
        .select('id')
        .where('product_id', '=', productId)
        .where('hash', '=', img.hash)
        .executeTakeFirst();
      if (dup) continue;
      try {
        await attachProcessed(trx, store, product, img, 'import');
      } catch (e) {
        if (e instanceof AppError && e.code === 'VALIDATION') problems.push({ code: 'TOO_MANY', params: { max: IMAGE_LIMITS.maxPerProduct } });
        else throw e;
        break;
      }
    }
    return problems;
  };
}

function reasonOf(e: AppError): string {
  if (e.code === 'UNSUPPORTED_MEDIA') return 'not-an-image';
  if (e.code === 'PAYLOAD_TOO_LARGE') return (e.details as { limit?: string })?.limit === 'maxPixels' ? 'too-many-pixels' : 'too-large';
  return 'undecodable';
}
