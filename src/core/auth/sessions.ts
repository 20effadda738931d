import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { ANONYMOUS, type Actor, type Role } from './actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

const SESSION_DAYS = 14;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const Credentials = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: { id: number; username: string; role: Role; entityId: number | null; displayName: string | null };
}

/** Sign in: a random bearer token is returned once; only its hash is stored. */
export async function signIn(db: Kysely<DB>, raw: unknown): Promise<SignedIn> {
  const c = Credentials.parse(raw);
  const user = await db.selectFrom('users').selectAll().where('username', '=', c.username).executeTakeFirst();
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(c.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError('BAD_CREDENTIALS', 'wrong username or password');
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86400_000);
  await db.insertInto('sessions').values({ token_hash: sha256(token), user_id: user.id, expires_at: expires }).execute();
  return {
    token,
    expiresAt: expires.toISOString(),
    user: { id: user.id, username: user.username, role: user.role, entityId: user.entity_id, displayName: user.display_name },
  };
}
const DUMMY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function signOut(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** Bearer token → actor; a missing token is anonymous, a bad or expired one is refused. */
export async function actorForToken(db: Kysely<DB>, token: string | undefined): Promise<Actor> {
  if (!token) return ANONYMOUS;
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.role', 'u.entity_id'])
    .where('s.token_hash', '=', sha256(token))
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!row) throw new AppError('UNAUTHENTICATED', 'your session has expired or is not valid; sign in again');
  return { userId: row.id, role: row.role, entityId: row.entity_id };
}

export async function createUser(
  db: Kysely<DB>,
  u: { username: string; password: string; role: Role; entityId?: number | null; displayName?: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ username: u.username, password_hash: await hashPassword(u.password), role: u.role, entity_id: u.entityId ?? null, display_name: u.displayName ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userInfo(db: Kysely<DB>, actor: Actor) {
  if (actor.userId == null) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const u = await db.selectFrom('users').select(['id', 'username', 'role', 'entity_id', 'display_name']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  return { id: u.id, username: u.username, role: u.role, entityId: u.entity_id, displayName: u.display_name };
}
