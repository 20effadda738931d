import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';

/** Content-hashed build output (Vite's `assets/` directory): a new build writes new names, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else the UI serves (the app shell, robots.txt, the icon): cache, but revalidate with the ETag each time. */
export const REVALIDATE = 'no-cache';
/**
 * Brotli for answers compressed on the fly: quality 4 (@fastify/compress's choice: fast, and smaller than gzip),
 * with a 256 KiB window instead of the 4 MiB default. A window larger than the answer compresses no better, but
 * every response's encoder allocates it outside the JavaScript heap, and V8 counts that memory: at 4 MiB per
 * search answer the server ran a full garbage collection about every second (bench/search/http.ts, docs/search.md).
 */
export const BROTLI_PARAMS = {
  [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
  [zlibConstants.BROTLI_PARAM_QUALITY]: 4,
  [zlibConstants.BROTLI_PARAM_LGWIN]: 18,
};

/** Responses smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Content types compressed on the fly (JSON API answers, CSV downloads, OpenAPI, /docs). Images, xlsx (a zip) and
 * anything else already compressed are left alone; so is `text/event-stream`, which must flush as it goes.
 */
const COMPRESSIBLE_TYPE = /^(?:text\/(?!event-stream)|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript)(?:;|$)|image\/svg\+xml)/;

/** Whether a response of this content type is compressed (on the fly, or from a pre-compressed copy). */
export function isCompressibleType(contentType: string): boolean {
  return COMPRESSIBLE_TYPE.test(contentType);
}

/** Add `accept-encoding` to a response's Vary header once (lower case, as @fastify/compress and @fastify/static look for it). */
function varyOnEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const value = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(value)) return;
  reply.header('vary', value ? `${value}, accept-encoding` : 'accept-encoding');
}

export interface WebAssetsOptions {
  /** Directory of the built web UI (web/dist); without an index.html in it only compression is set up. */
  webDir?: string;
}

/**
 * Serving of the built web UI and compression of API answers. Call before any other route is registered:
 *
 * - the files of the build are routes of their own, served from the `.br`/`.gz` copies the build wrote beside them
 *   (web/vite.config.ts) when the client accepts brotli or gzip, so nothing is compressed per request for them;
 *   `/assets/*` (content-hashed) is `immutable` for a year, everything else `no-cache` (revalidated by ETag);
 * - every route registered after this (the API, /docs, /openapi.json) is compressed on the fly, brotli or gzip, when
 *   the answer is at least 1 KiB of a text type (JSON, CSV, XML); images such as the WebP under /media are not;
 * - an unknown GET outside /api/, /docs and /assets/ gets the app shell (index.html, `no-cache`): the UI's client-side
 *   routes; anything else unknown is the JSON 404.
 */
export async function registerWebAssets(app: FastifyInstance, opts: WebAssetsOptions): Promise<void> {
  const webDir = opts.webDir ? resolve(opts.webDir) : undefined;
  const hasWeb = !!webDir && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    const assetsDir = join(webDir, 'assets') + sep;
    // Registered before compression, so these routes never get the on-the-fly compressor: a file without a
    // pre-compressed copy (under 1 KiB, or an image) goes out as it is.
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      preCompressed: true,
      // The compressed copies are chosen by Accept-Encoding, not addressed by URL.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD,
    customTypes: COMPRESSIBLE_TYPE,
    brotliOptions: { params: BROTLI_PARAMS },
  });
  // A cache in between must keep the brotli, gzip and plain copies of an answer apart, also when this one went out
  // plain (too small, or the client asked for none).
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && isCompressibleType(type)) varyOnEncoding(reply);
    return payload;
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    // Client-side routes of the web UI: any GET outside the API gets the app shell. A missing hashed file is a real
    // 404 (an old page asking for a chunk of a previous build must not get HTML back).
    const isShell = hasWeb && req.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/docs') && !path.startsWith('/assets/');
    if (isShell) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${path}` } });
  });
}
