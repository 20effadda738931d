import { checkBlobKey, type BlobInfo, type BlobStore, type StoredBlob } from './types.ts';

/** Objects in a Map: for tests and in-memory databases (gone with the process). */
export class MemoryBlobStore implements BlobStore {
  readonly kind = 'memory';
  readonly description = 'memory';
  private readonly objects = new Map<string, StoredBlob>();

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    checkBlobKey(key);
    this.objects.set(key, { body: Buffer.from(body), size: body.length, contentType });
  }
  async get(key: string): Promise<StoredBlob | undefined> {
    checkBlobKey(key);
    return this.objects.get(key);
  }
  async head(key: string): Promise<BlobInfo | undefined> {
    checkBlobKey(key);
    const o = this.objects.get(key);
    return o ? { size: o.size, contentType: o.contentType } : undefined;
  }
  async delete(key: string): Promise<void> {
    checkBlobKey(key);
    this.objects.delete(key);
  }
  /** The keys held, sorted (tests). */
  keys(): string[] {
    return [...this.objects.keys()].sort();
  }
}
