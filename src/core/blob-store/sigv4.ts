/**
 * AWS Signature Version 4 for S3-compatible object stores, written from the
 * published algorithm (AWS General Reference, "Signature Version 4 signing
 * process"; S3 API Reference, "Authenticating Requests: Using the Authorization
 * Header"), with node:crypto only:
 *
 * 1. canonical request = method, URI path (each segment RFC 3986-encoded; S3
 *    does not encode twice), canonical query string (sorted, encoded), the
 *    signed headers as lower-case `name:trimmed value` lines, the list of
 *    signed header names, and the payload's SHA-256 (hex);
 * 2. string to sign = "AWS4-HMAC-SHA256", the timestamp, the scope
 *    (date/region/service/aws4_request) and the SHA-256 of the canonical request;
 * 3. signing key = HMAC chain of "AWS4"+secret over date, region, service, "aws4_request";
 * 4. signature = hex HMAC of the string to sign under the signing key.
 */
import { createHash, createHmac } from 'node:crypto';

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** 's3' for object stores. */
  service: string;
}

export interface SigV4Request {
  method: string;
  url: URL;
  /** Headers to sign (names in any case); host and x-amz-date are added when missing. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or 'UNSIGNED-PAYLOAD'. */
  payloadHash: string;
}

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding: unreserved characters stay, everything else is %XX (upper-case hex) of its UTF-8 bytes. */
export function uriEncode(s: string, keepSlash = false): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** '20130524T000000Z' for a Date. */
export function amzDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams.entries()].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** The pieces of a signature, for tests and debugging. */
export interface SigV4Parts {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string;
  scope: string;
  authorization: string;
  /** The headers to send: the request's own plus host, x-amz-date, x-amz-content-sha256 and authorization. */
  headers: Record<string, string>;
}

/**
 * Sign a request at `now`. The caller sends `headers` of the result.
 * @example
 * ```ts
 * const s = signV4({ method: 'GET', url: new URL('https://s3.example.com/bucket/key'), headers: {}, payloadHash: EMPTY_SHA256 },
 *   { accessKeyId, secretAccessKey, region: 'us-east-1', service: 's3' }, new Date());
 * await fetch(url, { headers: s.headers });
 * ```
 */
export function signV4(req: SigV4Request, creds: SigV4Credentials, now: Date): SigV4Parts {
  const stamp = amzDate(now);
  const day = stamp.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  headers.host ??= req.url.host;
  headers['x-amz-date'] ??= stamp;
  headers['x-amz-content-sha256'] ??= req.payloadHash;
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers[n]!.trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const path = req.url.pathname === '' ? '/' : uriEncode(decodeURIComponent(req.url.pathname), true);
  const canonicalRequest = [req.method.toUpperCase(), path, canonicalQuery(req.url), canonicalHeaders, signedHeaders, req.payloadHash].join('\n');
  const scope = `${day}/${creds.region}/${creds.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), creds.region), creds.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  const authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { canonicalRequest, stringToSign, signature, signedHeaders, scope, authorization, headers: { ...headers, authorization } };
}
