import { EMPTY_SHA256, sha256Hex, signV4, uriEncode, type SigV4Credentials } from './sigv4.ts';
import { checkBlobKey, type BlobInfo, type BlobStore, type StoredBlob } from './types.ts';

export interface S3Config {
  /** Base URL of the service, e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** Key prefix inside the bucket (e.g. 'media/'); empty by default. */
  prefix?: string;
  /** Per-request time limit, ms (default 30 s). */
  timeoutMs?: number;
  /** The clock (tests). */
  now?: () => Date;
  /** The fetch to use (tests). */
  fetch?: typeof fetch;
}

/**
 * An S3-compatible object store reached with path-style URLs
 * (`<endpoint>/<bucket>/<prefix><key>`), signed with Signature V4 (sigv4.ts);
 * PUT, GET, HEAD and DELETE Object only. Payloads are signed (their SHA-256 is
 * part of the signature), so a changed body is refused by the store.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  readonly description: string;
  private readonly creds: SigV4Credentials;

  constructor(private readonly cfg: S3Config) {
    if (!/^https?:\/\//.test(cfg.endpoint)) throw new Error('S3_ENDPOINT must be an http(s) URL');
    this.creds = { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey, region: cfg.region, service: 's3' };
    this.description = `S3 bucket ${cfg.bucket} at ${new URL(cfg.endpoint).host}`;
  }

  private url(key: string): URL {
    checkBlobKey(key);
    const base = this.cfg.endpoint.replace(/\/+$/, '');
    return new URL(`${base}/${uriEncode(this.cfg.bucket)}/${uriEncode(`${this.cfg.prefix ?? ''}${key}`, true)}`);
  }

  private async send(method: string, key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = this.url(key);
    const headers: Record<string, string> = {};
    if (body) {
      headers['content-type'] = contentType ?? 'application/octet-stream';
      headers['content-length'] = String(body.length);
    }
    const signed = signV4({ method, url, headers, payloadHash: body ? sha256Hex(body) : EMPTY_SHA256 }, this.creds, (this.cfg.now ?? (() => new Date()))());
    const { host: _host, 'content-length': _len, ...send } = signed.headers; // fetch sets these itself, to the same values
    const f = this.cfg.fetch ?? fetch;
    return f(url, {
      method,
      headers: send,
      ...(body ? { body: new Uint8Array(body) } : {}),
      signal: AbortSignal.timeout(this.cfg.timeoutMs ?? 30_000),
    });
  }

  private async fail(what: string, key: string, res: Response): Promise<never> {
    const text = (await res.text().catch(() => '')).slice(0, 300);
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
    throw new Error(`S3 ${what} ${key}: HTTP ${res.status}${code ? ` ${code}` : ''}`);
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, body, contentType);
    if (!res.ok) return this.fail('PUT', key, res);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<StoredBlob | undefined> {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.arrayBuffer();
      return undefined;
    }
    if (!res.ok) return this.fail('GET', key, res);
    const body = Buffer.from(await res.arrayBuffer());
    return { body, size: body.length, contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
  }

  async head(key: string): Promise<BlobInfo | undefined> {
    const res = await this.send('HEAD', key);
    if (res.status === 404) return undefined;
    if (!res.ok) return this.fail('HEAD', key, res);
    return { size: Number(res.headers.get('content-length') ?? 0), contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) return this.fail('DELETE', key, res);
    await res.arrayBuffer();
  }
}
