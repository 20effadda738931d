import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';

/**
 * Text that is not text never reaches a handler.
 *
 * - JSON bodies are decoded as strict UTF-8 (invalid bytes → 400 BAD_TEXT), a
 *   `charset=` other than UTF-8 is refused (415 UNSUPPORTED_MEDIA), and any
 *   string or key holding U+0000 or an unpaired UTF-16 surrogate (`"\ud800"`),
 *   at any depth, is refused with 400 BAD_TEXT naming its JSON path. PostgreSQL
 *   cannot store NUL (it failed as a 500) and stores a lone surrogate as U+FFFD.
 *   Keys `__proto__` and `constructor.prototype` stay refused, as in Fastify's parser.
 * - The URL (path and query string) must be valid percent-encoded UTF-8 without
 *   %00; otherwise 400 BAD_TEXT before any other work (sign-in lookup included).
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => checkUrl(req.url));
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, parseJsonBody(req, body as Buffer));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}

const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a decoded string is not storable text, or undefined. */
export function stringProblem(s: string): string | undefined {
  if (s.includes('\u0000')) return 'contains a NUL character (U+0000)';
  const m = UNPAIRED.exec(s);
  if (m) return `contains an unpaired UTF-16 surrogate (\\u${m[0].charCodeAt(0).toString(16).toUpperCase()}), which is not a character`;
  return undefined;
}

function checkUrl(url: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    throw new AppError('BAD_TEXT', 'the URL has invalid percent-encoding or bytes that are not UTF-8; encode the path and query as UTF-8 (%E4%B9%89 for 义)', {
      where: 'url',
    });
  }
  const problem = stringProblem(decoded);
  if (problem) throw new AppError('BAD_TEXT', `the URL ${problem}; remove it`, { where: decoded.includes('?') ? 'query' : 'path' });
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJsonBody(req: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(req.headers['content-type']);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new AppError('UNSUPPORTED_MEDIA', `JSON must be sent as UTF-8 (Content-Type: application/json; charset=utf-8), not ${charset}`, { charset });
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new AppError('BAD_TEXT', 'the request body is not valid UTF-8; send the JSON encoded as UTF-8', { where: 'body' });
  }
  if (text.trim() === '') throw new AppError('VALIDATION', 'the body is empty but Content-Type says JSON; send a JSON value or leave out the Content-Type');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new AppError('VALIDATION', `the body is not valid JSON: ${e instanceof Error ? e.message.slice(0, 200) : 'parse error'}`);
  }
  checkTree(value);
  return value;
}

interface Node {
  value: unknown;
  parent: number;
  key: string | number;
}

/** Walks the parsed JSON without recursion (deep nesting cannot overflow the stack). */
function checkTree(root: unknown): void {
  const nodes: Node[] = [{ value: root, parent: -1, key: '' }];
  const pathOf = (i: number): string => {
    const parts: string[] = [];
    for (let j = i; j > 0; j = nodes[j]!.parent) {
      const k = nodes[j]!.key;
      parts.push(typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
    }
    return `body${parts.reverse().join('')}`;
  };
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i]!.value;
    if (typeof v === 'string') {
      const p = stringProblem(v);
      if (p) throw new AppError('BAD_TEXT', `${pathOf(i)} ${p}; remove it`, { path: pathOf(i) });
    } else if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) nodes.push({ value: v[k], parent: i, key: k });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const p = stringProblem(k);
        if (p) throw new AppError('BAD_TEXT', `a key in ${pathOf(i)} ${p}; remove it`, { path: pathOf(i) });
        if (k === '__proto__' || (k === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype'))) {
          throw new AppError('VALIDATION', `${pathOf(i)} has a forbidden key "${k}"`);
        }
        nodes.push({ value: child, parent: i, key: k });
      }
    }
  }
}
