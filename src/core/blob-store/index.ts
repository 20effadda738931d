export { BLOB_KEY, checkBlobKey, type BlobInfo, type BlobStore, type StoredBlob } from './types.ts';
export { MemoryBlobStore } from './memory-store.ts';
export { DirBlobStore } from './dir-store.ts';
export { S3BlobStore, type S3Config } from './s3-store.ts';
export { signV4, amzDate, uriEncode, sha256Hex, EMPTY_SHA256, type SigV4Credentials, type SigV4Parts, type SigV4Request } from './sigv4.ts';
export { blobStoreFromEnv } from './from-env.ts';
