/** The picture types accepted, by their first bytes (what a file is, whatever its name or Content-Type says). */
export type ImageType = 'jpeg' | 'png' | 'webp';

export const IMAGE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/**
 * The type of a file by its magic bytes: JPEG `FF D8 FF`, PNG's 8-byte
 * signature, WebP `RIFF····WEBP`; undefined for anything else.
 * @example
 * ```ts
 * sniffImage(readFileSync('photo.jpg')); // 'png' when it is a PNG renamed .jpg
 * ```
 */
export function sniffImage(b: Uint8Array): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a)
    return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return undefined;
}

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}
