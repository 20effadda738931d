import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { Credentials, signIn, signOut, userInfo } from '../../core/auth/index.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

export async function authRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in; returns a bearer token', security: [], body: Credentials } },
    async (req) => signIn(db, req.body),
  );
  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'End this session' } }, async (req, reply) => {
    const h = req.headers.authorization;
    if (h?.startsWith('Bearer ')) await signOut(db, h.slice(7).trim());
    return reply.status(204).send();
  });
  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: z.object({ id: z.number(), username: z.string(), role: z.string(), entityId: z.number().nullable(), displayName: z.string().nullable() }) } } },
    async (req) => userInfo(db, req.actor),
  );
}
