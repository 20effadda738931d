import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { ANONYMOUS, type Actor, type Role } from './actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { defaultAuth, type Auth } from './policy.ts';
import { clearSignInFailures, reserveSignInAttempt, sweepSignInFailures } from './sign-in-limits.ts';
import { parseInput } from '../validation.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const Credentials = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

export interface SignedIn {
  token: string;
  sessionId: number;
  expiresAt: string;
  user: { id: number; username: string; role: Role; entityId: number | null; displayName: string | null };
}

/** Where a sign-in comes from: the per-process limits and what is recorded with the session. */
export interface SignInContext {
  auth?: Auth;
  ip?: string;
  userAgent?: string;
}

/**
 * Sign in: a random bearer token is returned once; only its hash is stored.
 * The address and account limits are checked before the password hash is
 * computed, so refused attempts cost no CPU.
 */
export async function signIn(db: Kysely<DB>, raw: unknown, ctx: SignInContext = {}): Promise<SignedIn> {
  const auth = ctx.auth ?? defaultAuth;
  const c = parseInput(Credentials, raw);
  await reserveSignInAttempt(db, auth, c.username, ctx.ip);
  const now = auth.policy.now();
  await sweepExpired(db, auth, now);
  const user = await db.selectFrom('users').selectAll().where('username', '=', c.username).executeTakeFirst();
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(c.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError('BAD_CREDENTIALS', 'wrong username or password');
  await clearSignInFailures(db, c.username);
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + auth.policy.sessionMaxSeconds * 1000);
  const session = await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      user_id: user.id,
      expires_at: expires,
      created_at: now,
      last_used_at: now,
      user_agent: ctx.userAgent ? ctx.userAgent.slice(0, 300) : null,
      ip: ctx.ip ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    token,
    sessionId: session.id,
    expiresAt: expires.toISOString(),
    user: { id: user.id, username: user.username, role: user.role, entityId: user.entity_id, displayName: user.display_name },
  };
}
const DUMMY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function signOut(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/**
 * Bearer token → actor; a missing token is anonymous, an unknown, expired or
 * idle one is refused. Last use is written at most once per touchEverySeconds.
 */
export async function actorForToken(db: Kysely<DB>, token: string | undefined, auth: Auth = defaultAuth): Promise<Actor> {
  if (!token) return ANONYMOUS;
  const p = auth.policy;
  const now = p.now();
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as sessionId', 's.expires_at', 's.last_used_at', 'u.id', 'u.role', 'u.entity_id'])
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst();
  const idleSince = new Date(now.getTime() - p.sessionIdleSeconds * 1000);
  if (!row || row.expires_at <= now || row.last_used_at <= idleSince) {
    if (row) await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    throw new AppError('UNAUTHENTICATED', 'your session has expired or is not valid; sign in again');
  }
  const touchBefore = new Date(now.getTime() - p.touchEverySeconds * 1000);
  if (row.last_used_at <= touchBefore) {
    await db.updateTable('sessions').set({ last_used_at: now }).where('id', '=', row.sessionId).where('last_used_at', '<=', touchBefore).execute();
  }
  return { userId: row.id, role: row.role, entityId: row.entity_id, sessionId: row.sessionId };
}

/**
 * Delete sessions past their absolute or idle expiry and stale failure
 * counters; runs at most once per sweepEverySeconds per process (on sign-in).
 */
export async function sweepExpired(db: Kysely<DB>, auth: Auth, now: Date = auth.policy.now(), force = false): Promise<void> {
  if (!force && now.getTime() - auth.lastSweepMs < auth.policy.sweepEverySeconds * 1000) return;
  auth.lastSweepMs = now.getTime();
  const idleSince = new Date(now.getTime() - auth.policy.sessionIdleSeconds * 1000);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_used_at', '<=', idleSince)]))
    .execute();
  await sweepSignInFailures(db, auth, now);
}

export async function createUser(
  db: Kysely<DB>,
  u: { username: string; password: string; role: Role; entityId?: number | null; displayName?: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      password_hash: await hashPassword(u.password),
      role: u.role,
      entity_id: u.entityId ?? null,
      display_name: u.displayName ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userInfo(db: Kysely<DB>, actor: Actor) {
  if (actor.userId == null) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const u = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'entity_id', 'display_name'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  return { id: u.id, username: u.username, role: u.role, entityId: u.entity_id, displayName: u.display_name };
}
