import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import {
  changePassword,
  Credentials,
  defaultAuth,
  listSessions,
  PasswordChange,
  revokeAllSessions,
  revokeSession,
  signIn,
  userInfo,
  type Auth,
} from '../../core/auth/index.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from './params.ts';
import { errors, NoContent } from '../openapi.ts';
import { Session as SignedInOut, User } from '../responses.ts';

const Revoked = z.object({ revokedSessions: z.number() });
const SessionOut = z.object({
  id: z.number(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  idleExpiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});

export async function authRoutes(app0: FastifyInstance, db: Kysely<DB>, auth: Auth = defaultAuth): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        operationId: 'signIn',
        summary: 'Sign in; returns a bearer token. Limited per address and per account (429 RATE_LIMITED with Retry-After)',
        security: [],
        body: Credentials,
        response: { 200: SignedInOut, ...errors(401, 429) },
      },
    },
    async (req) => signIn(db, req.body, { auth, ip: req.ip, userAgent: req.headers['user-agent'] }),
  );
  app.post('/api/auth/logout', { schema: { tags, operationId: 'signOut', summary: 'End this session', response: { 204: NoContent } } }, async (req, reply) => {
    const id = req.actor.sessionId;
    if (id !== undefined) {
      try {
        await revokeSession(db, req.actor, id);
      } catch (err) {
        // Already ended by a concurrent request: signed out either way.
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
      }
    }
    return reply.status(204).send();
  });
  app.get('/api/auth/me', { schema: { tags, operationId: 'getSignedInUser', summary: 'The signed-in user', response: { 200: User } } }, async (req) =>
    userInfo(db, req.actor),
  );
  app.get(
    '/api/auth/sessions',
    {
      schema: {
        tags,
        operationId: 'listSessions',
        summary: "The signed-in user's live sessions (never their tokens); `current` marks the one in use",
        response: { 200: z.array(SessionOut) },
      },
    },
    async (req) => listSessions(db, req.actor, auth),
  );
  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        tags,
        operationId: 'revokeSession',
        summary: 'End one of your sessions (e.g. a lost phone)',
        params: IdParams,
        response: { 204: NoContent, ...errors(404) },
      },
    },
    async (req, reply) => {
      await revokeSession(db, req.actor, req.params.id);
      return reply.status(204).send();
    },
  );
  app.delete(
    '/api/auth/sessions',
    {
      schema: {
        tags,
        operationId: 'revokeAllSessions',
        summary: 'Sign out everywhere: end all your sessions (keepCurrent=true keeps the one making this request)',
        querystring: z.strictObject({ keepCurrent: z.enum(['true', 'false']).optional() }),
        response: { 200: Revoked },
      },
    },
    async (req) => ({ revokedSessions: await revokeAllSessions(db, req.actor, req.query.keepCurrent === 'true') }),
  );
  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        operationId: 'changePassword',
        summary: 'Change your password (at least 10 characters); every other session is ended, this one stays signed in',
        body: PasswordChange,
        response: { 200: Revoked, ...errors(403, 429) },
      },
    },
    async (req) => changePassword(db, req.actor, req.body, { auth, ip: req.ip }),
  );
}
