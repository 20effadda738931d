/**
 * From an uploaded file to stored renditions: the real type by magic bytes,
 * then a full decode by sharp (libvips) with a pixel limit, auto-orientation
 * from EXIF, and WebP renditions at RENDITION_SIZES with no metadata at all
 * (sharp writes none unless asked: EXIF with its GPS position, XMP, IPTC and
 * ICC profiles are dropped; colours are converted to sRGB first). libvips works
 * on libuv's thread pool, so the event loop only waits; at most
 * IMAGE_LIMITS.concurrent pictures are processed at once and
 * IMAGE_LIMITS.waiting may queue, beyond which callers get 503 BUSY.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../../core/errors.ts';
import { IMAGE_LIMITS, PIPELINE_VERSION, RENDITION_SIZES } from './limits.ts';
import { sniffImage, type ImageType } from './sniff.ts';
import { renditionKey } from './refs.ts';

/** What a processed picture is: its content hash and the size of its largest rendition. */
export interface ProcessedImage {
  hash: string;
  width: number;
  height: number;
  type: ImageType;
  bytes: number;
  /** The renditions to store: `<hash>-<size>.webp`. */
  files: { key: string; body: Buffer }[];
}

let configured = false;
function configureSharp(): void {
  if (configured) return;
  configured = true;
  // One libvips thread per image: two pictures at once already use both cores of a small
  // server, and more threads per image only add contention with the rest of the process.
  sharp.concurrency(Math.max(1, Math.floor(availableParallelism() / IMAGE_LIMITS.concurrent)));
  sharp.cache({ memory: 64, files: 0, items: 100 });
}

/** A counting gate: `concurrent` at once, `waiting` queued, the rest refused with BUSY. */
class Gate {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(
    private readonly concurrent: number,
    private readonly waiting: number,
  ) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrent) {
      if (this.queue.length >= this.waiting)
        throw new AppError('BUSY', 'too many pictures are being processed; retry in a few seconds', { retryAfterSeconds: 2 });
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}
const gate = new Gate(IMAGE_LIMITS.concurrent, IMAGE_LIMITS.waiting);

/** The content hash of a file: 128 bits of SHA-256 over the pipeline version and the bytes. */
export function imageHash(bytes: Buffer): string {
  return createHash('sha256').update(PIPELINE_VERSION).update('\0').update(bytes).digest('hex').slice(0, 32);
}

/** Check a file is a JPEG, PNG or WebP by its bytes and within the size limit; returns its type. */
export function checkImageFile(bytes: Buffer, name = 'the file'): ImageType {
  if (bytes.length > IMAGE_LIMITS.maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', `${name} is ${bytes.length} bytes; a picture may have at most ${IMAGE_LIMITS.maxBytes} bytes (10 MB)`, {
      limit: 'maxBytes',
      max: IMAGE_LIMITS.maxBytes,
    });
  const type = sniffImage(bytes);
  if (!type)
    throw new AppError('UNSUPPORTED_MEDIA', `${name} is not a JPEG, PNG or WebP picture (judged by its content, not its name)`, { reason: 'not-an-image' });
  return type;
}

/**
 * Decode, auto-orient and render one picture file (JPEG, PNG or WebP, judged
 * by content) into its WebP renditions, in memory (the caller stores them). Throws UNSUPPORTED_MEDIA (not a picture),
 * VALIDATION with details.reason 'undecodable' (damaged or truncated),
 * PAYLOAD_TOO_LARGE (over 10 MB or over the pixel limit) and BUSY.
 * @example
 * ```ts
 * const img = await processImage(readFileSync('cup.jpg'), 'cup.jpg');
 * // img.files: `${img.hash}-160.webp`, `-480.webp`, `-1200.webp`
 * ```
 */
export async function processImage(bytes: Buffer, name = 'the file'): Promise<ProcessedImage> {
  const type = checkImageFile(bytes, name);
  configureSharp();
  const hash = imageHash(bytes);
  return gate.run(async () => {
    const base = sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error', sequentialRead: true, animated: false });
    let meta: Metadata;
    try {
      meta = await base.metadata();
    } catch (e) {
      throw decodeError(e, name);
    }
    if (meta.format !== type)
      throw new AppError('UNSUPPORTED_MEDIA', `${name} looks like ${type} but decodes as ${meta.format ?? 'nothing'}`, { reason: 'not-an-image' });
    if ((meta.width ?? 0) * (meta.height ?? 0) > IMAGE_LIMITS.maxPixels) throw tooManyPixels(name, meta.width ?? 0, meta.height ?? 0);
    let largest: { width: number; height: number } | undefined;
    const files: { key: string; body: Buffer }[] = [];
    try {
      const oriented = base.clone().rotate(); // EXIF orientation applied to the pixels; the tag itself is dropped with all metadata
      for (const size of RENDITION_SIZES) {
        const { data, info } = await oriented
          .clone()
          .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: size <= 160 ? 70 : 80, effort: 4 })
          .toBuffer({ resolveWithObject: true });
        files.push({ key: renditionKey(hash, size), body: data });
        largest = { width: info.width, height: info.height };
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (isSharpError(e)) throw decodeError(e, name);
      throw e;
    }
    return { hash, width: largest!.width, height: largest!.height, type, bytes: bytes.length, files };
  });
}

function isSharpError(e: unknown): boolean {
  const m = (e as Error)?.message ?? '';
  return /VipsJpeg|vips|pngload|webpload|jpegload|Input buffer|Input file|corrupt|premature|pixel limit|unsupported image format|bad seek|truncated/i.test(m);
}

function tooManyPixels(name: string, w: number, h: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `${name} has ${w}×${h} pixels; a picture may have at most ${IMAGE_LIMITS.maxPixels} pixels`, {
    limit: 'maxPixels',
    max: IMAGE_LIMITS.maxPixels,
  });
}

function decodeError(e: unknown, name: string): AppError {
  const m = (e as Error)?.message ?? '';
  if (/pixel limit/i.test(m))
    return new AppError('PAYLOAD_TOO_LARGE', `${name} has too many pixels (over ${IMAGE_LIMITS.maxPixels})`, {
      limit: 'maxPixels',
      max: IMAGE_LIMITS.maxPixels,
    });
  return new AppError('VALIDATION', `${name} cannot be read as a picture: it is damaged or truncated`, { reason: 'undecodable' });
}
