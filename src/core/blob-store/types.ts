/**
 * A blob store keeps whole objects (bytes + content type) under flat keys. The
 * platform keeps product pictures in one; the drivers are interchangeable: a
 * directory (the default), memory (tests, in-memory databases) and any
 * S3-compatible object store (AWS S3, MinIO, Ceph, Aliyun OSS, R2, …).
 */

/** What a store knows about one object. */
export interface BlobInfo {
  size: number;
  contentType: string;
}

/** One object, read whole. */
export interface StoredBlob extends BlobInfo {
  body: Buffer;
}

export interface BlobStore {
  /** 'dir', 'memory' or 's3'. */
  readonly kind: string;
  /** Where the objects live, for logs and banners (never a secret). */
  readonly description: string;
  /** Store `body` under `key`, replacing what was there. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or undefined when there is none. */
  get(key: string): Promise<StoredBlob | undefined>;
  /** Size and type of the object, or undefined when there is none. */
  head(key: string): Promise<BlobInfo | undefined>;
  /** Remove the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are flat, lower-case names: letters, digits, '.', '_' and '-' (no '/', no '..'). */
export const BLOB_KEY = /^[a-z0-9][a-z0-9._-]{0,199}$/;

/** Throws when `key` is not a safe blob key (so no driver ever sees a path or URL trick). */
export function checkBlobKey(key: string): void {
  if (!BLOB_KEY.test(key) || key.includes('..')) throw new Error(`invalid blob key ${JSON.stringify(key.slice(0, 80))}`);
}
