/**
 * The OpenAPI contract: one shared error schema, the error responses of a route,
 * defaults every route gets (an `onRoute` hook), a start-up check that every
 * documented route has an operationId and a 2xx response schema, the document
 * transforms (raw spreadsheet bodies, Retry-After, unused components) and a
 * response serializer that never silently drops a field the schema forgot.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler, RouteOptions } from 'fastify';
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../core/errors.ts';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Media types of the raw spreadsheet upload bodies (`schema.consumes` of an upload route). */
export const SPREADSHEET_TYPES = [CSV, XLSX, 'application/octet-stream'];

export const ErrorCodeSchema = z
  .enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]])
  .meta({ id: 'ErrorCode', description: 'Stable error code; the HTTP status follows from it (src/core/errors.ts).' });

/** Every failure is answered with this body, whatever the status. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string().meta({ description: 'What went wrong, in words a person can act on.' }),
      details: z.unknown().optional().meta({ description: 'Machine-readable detail: validation issues, bad rows, retryAfterSeconds, …' }),
    }),
  })
  .meta({ id: 'Error' });

const WHY: Partial<Record<number, string>> = {
  400: 'The request is malformed or fails validation',
  401: 'Not signed in, or the bearer token is not valid or has expired',
  403: 'Signed in, but not allowed to do this',
  404: 'It does not exist',
  409: 'It conflicts with the current state',
  413: 'The request body or spreadsheet is over a limit',
  415: 'The body has a content type this operation does not accept',
  422: 'The spreadsheet was read but some rows are bad; nothing was written (details lists every bad row)',
  429: 'Too many attempts; retry after the seconds in Retry-After',
  500: 'A bug on our side; it has been logged',
  503: 'The server is too busy for this heavy work right now; retry after the seconds in Retry-After',
};

export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];
type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ErrorBody } } };

/** The response entry of one error status, e.g. 404 → "It does not exist (NOT_FOUND)". */
export function errorResponse(status: ErrorStatus): ErrorResponse {
  const codes = (Object.keys(ERROR_STATUS) as ErrorCode[]).filter((c) => ERROR_STATUS[c] === status);
  return { description: `${WHY[status] ?? 'Error'} (${codes.join(', ')})`, content: { 'application/json': { schema: ErrorBody } } };
}

/** Response entries for the errors a route can answer: `response: { 200: Thing, ...errors(403, 404) }`. */
export function errors<S extends ErrorStatus>(...statuses: S[]): Record<S, ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(s)])) as Record<S, ErrorResponse>;
}

/** A 204 answer: no body. */
export const NoContent = z.undefined().meta({ description: 'Done; no content' });

/** A file download answered as raw bytes in one of the given media types. */
export function download(description: string, mediaTypes: string[]) {
  const File = z.custom<Buffer | string>((v) => Buffer.isBuffer(v) || typeof v === 'string').meta({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((m) => [m, { schema: File }])) };
}

type Schema = Record<string, unknown> & { response?: Record<string, unknown> };
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * onRoute hook: fills in what every route needs and refuses, at start-up, a
 * documented route without an operationId (camelCase, unique) or a 2xx schema.
 */
export function openapiRouteHook(): (route: RouteOptions) => void {
  const seen = new Map<string, string>();
  return (route) => {
    const methods = ([] as string[]).concat(route.method);
    const schema = route.schema as Schema | undefined;
    if (methods.every((m) => m === 'HEAD') || schema?.hide) return;
    const where = `${methods.join(',')} ${route.url}`;
    const fix = 'add operationId and response to its schema (see src/http/openapi.ts)';
    if (!schema) throw new Error(`route ${where} has no schema: ${fix}`);
    const id = schema.operationId;
    if (typeof id !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(id)) throw new Error(`route ${where} has no camelCase operationId: ${fix}`);
    const other = seen.get(id);
    if (other && other !== where) throw new Error(`operationId ${id} is used by both ${other} and ${where}`);
    seen.set(id, where);
    const response = schema.response ?? {};
    if (!Object.keys(response).some((s) => /^2\d\d$/.test(s))) throw new Error(`route ${where} documents no 2xx response: ${fix}`);
    if (schema.security === undefined) schema.security = [{ bearer: [] }];
    const defaults: ErrorStatus[] = [401, 500];
    if (schema.params || schema.querystring || schema.body || schema.headers || methods.some((m) => BODY_METHODS.has(m))) defaults.push(400);
    if (methods.some((m) => BODY_METHODS.has(m))) defaults.push(413, 415);
    for (const s of defaults) response[s] ??= errorResponse(s);
    schema.response = response;
  };
}

const SUCCESS: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted' };
const BINARY_BODY = { type: 'string', format: 'binary', description: 'The file itself as the raw request body' };
const RETRY_AFTER = { 'Retry-After': { type: 'integer', minimum: 1, description: 'Seconds after which a retry may succeed' } };

/** jsonSchemaTransform, plus a binary request body for routes that `consume` raw files and Retry-After on 429/503. */
export const openapiTransform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]) as { schema: Schema; url: string };
  const source = input.schema as Schema | undefined;
  if (!out.schema || out.schema.hide || !source) return out;
  if (source.consumes && !source.body) out.schema.body = BINARY_BODY;
  for (const [status, entry] of Object.entries(out.schema.response ?? {})) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    if (status === '429' || status === '503') e.headers = RETRY_AFTER;
    // a plain 2xx schema: a response description instead of "Default Response"
    if (/^2/.test(status) && !e.content && !e.description) e[e.$ref ? 'description' : 'x-response-description'] = SUCCESS[status] ?? 'Success';
  }
  return out;
};

/** jsonSchemaTransformObject without the components no operation refers to (e.g. the unused input twin of Error). */
export const openapiTransformObject: SwaggerTransformObject = (doc) => {
  const out = jsonSchemaTransformObject(doc) as { components?: { schemas?: Record<string, unknown> }; paths?: unknown };
  const schemas = out.components?.schemas;
  if (!schemas) return out as ReturnType<SwaggerTransformObject>;
  const used = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if (k === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = child.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit(out.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return out as ReturnType<SwaggerTransformObject>;
};

/** Tests (node --test) and YIWU_STRICT_RESPONSES=1 turn a response that does not match its schema into a 500. */
const underTest = () => process.env.NODE_TEST_CONTEXT !== undefined || process.env.YIWU_STRICT_RESPONSES === '1';

/** Where two JSON values first differ ("items.0.product.stock"), or undefined when equal. */
function firstDifference(sent: unknown, kept: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(sent, kept)) return undefined;
  if (sent && kept && typeof sent === 'object' && typeof kept === 'object') {
    for (const k of new Set([...Object.keys(sent), ...Object.keys(kept)])) {
      const d = firstDifference((sent as Record<string, unknown>)[k], (kept as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return path || '(root)';
}

/** In production, of each route's responses per status, the first CHECK_FIRST are checked and then one in CHECK_EVERY. */
const CHECK_FIRST = 16;
const CHECK_EVERY = 64;

/**
 * Serializes a response checked against its zod schema. Under test every body is
 * checked, and one the schema does not describe (a wrong type, or a field the
 * schema would strip) is a contract bug and fails the request. In production the
 * handler's own body is sent unchanged (no client loses a field the schema
 * forgot), a sample of the bodies is checked (the first CHECK_FIRST per route and
 * status, then one in CHECK_EVERY: checking a search answer with 100 hydrated
 * products costs 1–2 ms, more than the search) and a mismatch is reported once
 * per route and status.
 */
export function createResponseSerializerCompiler(strict: () => boolean = underTest): FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> {
  const warned = new Set<string>();
  return ({ schema: s, method, url, httpStatus }) => {
    let sent = 0;
    const schema = s instanceof z.ZodType ? s : s.properties;
    const report = (drift: string) => {
      const message = `response ${httpStatus} of ${method} ${url} does not match its OpenAPI schema: ${drift}`;
      if (strict()) throw new Error(message);
      const key = `${method} ${url} ${httpStatus}`;
      if (warned.has(key)) return;
      warned.add(key);
      process.emitWarning(message);
    };
    return (data) => {
      const check = strict() || sent < CHECK_FIRST || sent % CHECK_EVERY === 0;
      sent++;
      if (!check) return JSON.stringify(data);
      const result = z.safeEncode(schema, data);
      if (result.error) report(z.prettifyError(result.error));
      else if (strict()) {
        const json = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
        const where = firstDifference(json(data), json(result.data));
        if (where) report(`the schema does not describe ${where}`);
      }
      return JSON.stringify(data);
    };
  };
}
export const responseSerializerCompiler = createResponseSerializerCompiler();
