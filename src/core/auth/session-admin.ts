/**
 * A user's own sessions: list them (never a token or its hash), revoke one,
 * sign out everywhere, and change the password (which revokes every other
 * session; the session that made the change stays signed in).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { AppError, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { defaultAuth, type Auth } from './policy.ts';
import { clearSignInFailures, reserveSignInAttempt } from './sign-in-limits.ts';
import { parseInput } from '../validation.ts';

export const MIN_PASSWORD_LENGTH = 10;

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export interface SessionInfo {
  id: number;
  createdAt: string;
  lastUsedAt: string;
  /** Absolute end of the session. */
  expiresAt: string;
  /** When it ends if it is not used before then. */
  idleExpiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

function signedIn(actor: Actor): number {
  if (actor.userId == null) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return actor.userId;
}

/** The user's live sessions, most recently used first. */
export async function listSessions(db: Kysely<DB>, actor: Actor, auth: Auth = defaultAuth): Promise<SessionInfo[]> {
  const userId = signedIn(actor);
  const now = auth.policy.now();
  const idleMs = auth.policy.sessionIdleSeconds * 1000;
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_used_at', 'expires_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .where('last_used_at', '>', new Date(now.getTime() - idleMs))
    .orderBy('last_used_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    idleExpiresAt: new Date(Math.min(r.expires_at.getTime(), r.last_used_at.getTime() + idleMs)).toISOString(),
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === actor.sessionId,
  }));
}

/** End one of the user's own sessions; another user's session is "not found". */
export async function revokeSession(db: Kysely<DB>, actor: Actor, sessionId: number): Promise<void> {
  const userId = signedIn(actor);
  const r = await db.deleteFrom('sessions').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound('session', sessionId);
}

/** Sign out everywhere: every session of the user, or every other one with keepCurrent. */
export async function revokeAllSessions(db: Kysely<DB>, actor: Actor, keepCurrent = false): Promise<number> {
  const userId = signedIn(actor);
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepCurrent && actor.sessionId !== undefined) q = q.where('id', '<>', actor.sessionId);
  return Number((await q.executeTakeFirst()).numDeletedRows);
}

/**
 * Change the password. The current password is checked under the same
 * per-account and per-address limits as sign-in (a stolen token must not be a
 * way to guess it). On success every other session of the user is revoked; the
 * session that made the change stays valid.
 */
export async function changePassword(db: Kysely<DB>, actor: Actor, raw: unknown, ctx: { auth?: Auth; ip?: string } = {}): Promise<{ revokedSessions: number }> {
  const userId = signedIn(actor);
  const auth = ctx.auth ?? defaultAuth;
  const c = parseInput(PasswordChange, raw);
  const user = await db.selectFrom('users').select(['username', 'password_hash']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (c.newPassword === c.currentPassword) throw new AppError('VALIDATION', 'the new password must differ from the current one');
  if (c.newPassword.normalize('NFKC').toLowerCase().includes(user.username)) {
    throw new AppError('VALIDATION', 'the new password must not contain the username');
  }
  await reserveSignInAttempt(db, auth, user.username, ctx.ip);
  if (!(await verifyPassword(c.currentPassword, user.password_hash))) {
    throw new AppError('FORBIDDEN', 'the current password is wrong');
  }
  await clearSignInFailures(db, user.username);
  const hash = await hashPassword(c.newPassword);
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
    let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (actor.sessionId !== undefined) q = q.where('id', '<>', actor.sessionId);
    return { revokedSessions: Number((await q.executeTakeFirst()).numDeletedRows) };
  });
}
