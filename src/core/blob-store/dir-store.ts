import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkBlobKey, type BlobInfo, type BlobStore, type StoredBlob } from './types.ts';

/** Content types by file extension: a directory keeps no metadata, so the key's extension says it. */
const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
};

function typeOf(key: string): string {
  return TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * Objects as files in one directory, spread over 256 sub-directories by the
 * key's first two characters (content-addressed keys start with hex). Writes go
 * to a temporary file that is renamed into place, so a reader never sees half a file.
 */
export class DirBlobStore implements BlobStore {
  readonly kind = 'dir';
  readonly description: string;
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
    this.description = `directory ${this.root}`;
  }

  private path(key: string): string {
    checkBlobKey(key);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, body: Buffer, _contentType: string): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, body);
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<StoredBlob | undefined> {
    try {
      const body = await readFile(this.path(key));
      return { body, size: body.length, contentType: typeOf(key) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async head(key: string): Promise<BlobInfo | undefined> {
    try {
      const s = await stat(this.path(key));
      return s.isFile() ? { size: s.size, contentType: typeOf(key) } : undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
