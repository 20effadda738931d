import { join } from 'node:path';
import { DirBlobStore } from './dir-store.ts';
import { S3BlobStore } from './s3-store.ts';
import type { BlobStore } from './types.ts';

/**
 * The blob store the environment asks for: an S3-compatible store when
 * `S3_BUCKET` is set (with `S3_ENDPOINT`, `S3_ACCESS_KEY_ID`,
 * `S3_SECRET_ACCESS_KEY`, optional `S3_REGION` (default us-east-1) and
 * `S3_PREFIX`), else the directory `MEDIA_DIR`, else `<YIWU_DATA_DIR or ./data>/media`.
 * Throws when S3 is half configured (a missing endpoint or key), so a typo
 * never silently falls back to the local disk.
 * @example
 * ```ts
 * const store = blobStoreFromEnv(process.env);
 * await store.put('abc.webp', bytes, 'image/webp');
 * ```
 */
export function blobStoreFromEnv(env: Record<string, string | undefined> = process.env): BlobStore {
  const s3 = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  if (s3.some((k) => env[k])) {
    const missing = s3.filter((k) => !env[k]);
    if (missing.length > 0) throw new Error(`S3 storage is half configured: set ${missing.join(', ')} too (or unset the S3_* variables)`);
    return new S3BlobStore({
      endpoint: env.S3_ENDPOINT!,
      bucket: env.S3_BUCKET!,
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
    });
  }
  return new DirBlobStore(env.MEDIA_DIR || join(env.YIWU_DATA_DIR || './data', 'media'));
}
