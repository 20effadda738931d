import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { toAppError } from '../core/errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** One handler: every failure becomes { error: { code, message, details } } with the status of its code. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    const send = (status: number, code: string, message: string, details?: unknown) =>
      reply.status(status).send({ error: { code, message, ...(details !== undefined ? { details } : {}) } } satisfies ErrorBody);
    const known = toAppError(err); // AppError, ZodError, database constraint errors: the same translation as the CLI's
    if (known) {
      const retry = known.retryAfterSeconds;
      if (retry !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(retry))));
      return send(known.status, known.code, known.message, known.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const v = err.validation;
      const first = v[0];
      const where = `${err.validationContext ?? 'request'}${first?.instancePath ? first.instancePath.replace(/\//g, '.') : ''}`;
      return send(400, 'VALIDATION', `${where}: ${first?.message ?? 'invalid'}`, {
        issues: v.slice(0, 50).map((i) => ({ path: `${err.validationContext}${i.instancePath.replace(/\//g, '.')}`, message: i.message })),
      });
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(413, 'PAYLOAD_TOO_LARGE', 'the request body is too large');
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return send(415, 'UNSUPPORTED_MEDIA', `content type ${req.headers['content-type'] ?? '(none)'} is not accepted here`);
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return send(fe.statusCode, fe.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION', fe.message);
    }
    req.log.error({ err }, 'unhandled error');
    return send(500, 'INTERNAL', 'something went wrong on our side; it has been logged');
  });
}
