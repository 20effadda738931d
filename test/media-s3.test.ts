/**
 * The S3 driver of the blob store: Signature V4 checked against the example
 * that AWS publishes for S3 (GET /test.txt with Range, 2013-05-24), and PUT,
 * GET, HEAD and DELETE Object against a small S3 stand-in on 127.0.0.1 that
 * recomputes every request's signature with its own implementation of the
 * documented algorithm and refuses any mismatch (403 SignatureDoesNotMatch).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobStoreFromEnv, DirBlobStore, EMPTY_SHA256, S3BlobStore, signV4 } from '../src/core/blob-store/index.ts';

const AKID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

test('Signature V4 reproduces the AWS-documented S3 example (GET Object with Range)', () => {
  const s = signV4(
    { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { Range: 'bytes=0-9' }, payloadHash: EMPTY_SHA256 },
    { accessKeyId: AKID, secretAccessKey: SECRET, region: 'us-east-1', service: 's3' },
    new Date('2013-05-24T00:00:00Z'),
  );
  assert.equal(s.signedHeaders, 'host;range;x-amz-content-sha256;x-amz-date');
  assert.equal(s.signature, 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  assert.equal(
    s.authorization,
    'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
  );
});

// ---- an S3 stand-in with its own signature check (written from the spec, not from src/) ----

const hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const mac = (k: Buffer | string, s: string) => createHmac('sha256', k).update(s).digest();

function expectedSignature(req: IncomingMessage, body: Buffer, secret: string): { ok: boolean; why?: string } {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { ok: false, why: 'malformed authorization' };
  const [, , day, region, signed, signature] = m as unknown as [string, string, string, string, string, string];
  const stamp = String(req.headers['x-amz-date'] ?? '');
  if (!stamp.startsWith(day)) return { ok: false, why: 'date mismatch' };
  const claimed = String(req.headers['x-amz-content-sha256'] ?? '');
  if (claimed !== hex(body)) return { ok: false, why: 'payload hash mismatch' };
  const names = signed.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) return { ok: false, why: 'host and x-amz-date must be signed' };
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname
    .split('/')
    .map((seg) => encodeURIComponent(decodeURIComponent(seg)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  const query = [...url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const headerLines = names.map((n) => `${n}:${String(req.headers[n] ?? '').trim()}\n`).join('');
  const canonical = `${req.method}\n${path}\n${query}\n${headerLines}\n${signed}\n${claimed}`;
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${stamp}\n${scope}\n${hex(canonical)}`;
  const key = mac(mac(mac(mac(`AWS4${secret}`, day), region), 's3'), 'aws4_request');
  const want = createHmac('sha256', key).update(toSign).digest('hex');
  return want === signature ? { ok: true } : { ok: false, why: 'signature' };
}

describe('S3 blob store against a signature-checking stand-in', () => {
  let server: Server;
  let endpoint: string;
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        const body = Buffer.concat(parts);
        const check = expectedSignature(req, body, SECRET);
        seen.push(`${req.method} ${req.url}`);
        if (!check.ok) {
          res.writeHead(403, { 'content-type': 'application/xml' }).end(`<Error><Code>SignatureDoesNotMatch</Code><Message>${check.why}</Message></Error>`);
          return;
        }
        const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const o = objects.get(key);
        if (req.method === 'PUT') {
          objects.set(key, { body, type: String(req.headers['content-type']) });
          res.writeHead(200, { etag: `"${hex(body).slice(0, 32)}"` }).end();
        } else if (req.method === 'DELETE') {
          objects.delete(key);
          res.writeHead(204).end();
        } else if (!o) res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
        else if (req.method === 'HEAD') res.writeHead(200, { 'content-type': o.type, 'content-length': o.body.length }).end();
        else res.writeHead(200, { 'content-type': o.type, 'content-length': o.body.length }).end(o.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const store = (secret = SECRET) =>
    new S3BlobStore({ endpoint, bucket: 'pictures', accessKeyId: AKID, secretAccessKey: secret, region: 'eu-central-1', prefix: 'media/' });

  test('PUT, HEAD, GET and DELETE Object, every request signed with its payload hash', async () => {
    const s = store();
    const body = Buffer.from('RIFF\0\0\0\0WEBPVP8 some picture bytes');
    await s.put('0123abcd-160.webp', body, 'image/webp');
    assert.deepEqual(await s.head('0123abcd-160.webp'), { size: body.length, contentType: 'image/webp' });
    const got = await s.get('0123abcd-160.webp');
    assert.ok(got);
    assert.ok(got.body.equals(body));
    assert.equal(got.contentType, 'image/webp');
    assert.equal(await s.get('missing-160.webp'), undefined);
    assert.equal(await s.head('missing-160.webp'), undefined);
    await s.delete('0123abcd-160.webp');
    assert.equal(await s.get('0123abcd-160.webp'), undefined);
    await s.delete('0123abcd-160.webp'); // deleting twice is fine
    assert.ok(seen.includes('PUT /pictures/media/0123abcd-160.webp'), 'path-style URL with the key prefix');
  });

  test('a wrong secret is refused by the store and surfaces as an error naming the S3 code', async () => {
    await assert.rejects(store('not-the-secret').put('x-160.webp', Buffer.from('x'), 'image/webp'), /HTTP 403 SignatureDoesNotMatch/);
  });

  test('keys that could escape (slashes, dots, upper case) are refused before any request', async () => {
    const s = store();
    for (const key of ['../etc/passwd', 'a/b.webp', 'A.webp', '', '.hidden'])
      await assert.rejects(s.put(key, Buffer.from('x'), 'image/webp'), /invalid blob key/);
  });

  test('configuration: S3 when the S3_* variables are set, refused when half set; a directory otherwise', () => {
    const full = { S3_ENDPOINT: endpoint, S3_BUCKET: 'b', S3_ACCESS_KEY_ID: AKID, S3_SECRET_ACCESS_KEY: SECRET };
    assert.equal(blobStoreFromEnv(full).kind, 's3');
    assert.throws(() => blobStoreFromEnv({ S3_BUCKET: 'b' }), /half configured: set S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    const dir = blobStoreFromEnv({ MEDIA_DIR: 'some/where' });
    assert.ok(dir instanceof DirBlobStore);
    assert.match(dir.description, /some\/where$/);
    assert.match(blobStoreFromEnv({ YIWU_DATA_DIR: 'x' }).description, /x\/media$/);
  });
});
