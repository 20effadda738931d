/**
 * Per-account sign-in limits, kept in the database so every API process shares
 * them. Keyed by the username text as typed (trimmed, lower-cased), whether or
 * not such a user exists, so the limiter does not reveal which accounts exist.
 *
 * Every attempt is counted as a failure *before* the password hash is computed
 * (a reservation under a row lock); a success then clears the row. The attempt
 * that reaches the limit locks the account in the same step, so parallel
 * guesses cannot slip past it: at most `accountMaxFailures` hashes are computed
 * per window. Lockouts double (60 s, 120 s, … up to lockMaxSeconds) until a
 * success, or until the username has been quiet for forgetAfterSeconds.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Auth } from './policy.ts';

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = secondsUntil(until, now);
  return new AppError('RATE_LIMITED', `too many failed sign-ins for this account; try again in ${retryAfterSeconds} s`, {
    scope: 'account',
    retryAfterSeconds,
  });
}

/** Refuse when the address or the account is limited; otherwise count this attempt as a failure until it succeeds. */
export async function reserveSignInAttempt(db: Kysely<DB>, auth: Auth, username: string, address: string | undefined): Promise<void> {
  const now = auth.policy.now();
  auth.addresses.take(address, now.getTime());
  await db.transaction().execute((trx) => reserveAccount(trx, auth, username, now));
}

async function reserveAccount(trx: Transaction<DB>, auth: Auth, username: string, now: Date): Promise<void> {
  const p = auth.policy;
  await trx
    .insertInto('sign_in_failures')
    .values({ username, failures: 0, window_started_at: now, locked_until: null, lockouts: 0, updated_at: now })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  const row = await trx.selectFrom('sign_in_failures').selectAll().where('username', '=', username).forUpdate().executeTakeFirstOrThrow();
  if (row.locked_until && row.locked_until > now) throw lockedError(row.locked_until, now);

  const quiet = now.getTime() - row.updated_at.getTime() > p.forgetAfterSeconds * 1000;
  const windowOver = now.getTime() - row.window_started_at.getTime() > p.accountWindowSeconds * 1000;
  let lockouts = quiet ? 0 : row.lockouts;
  let failures = quiet || windowOver || row.locked_until ? 0 : row.failures;
  const windowStart = failures === 0 ? now : row.window_started_at;
  failures += 1;
  let lockedUntil: Date | null = null;
  if (failures >= p.accountMaxFailures) {
    // Lock now; a success on this very attempt clears it again.
    lockouts += 1;
    const seconds = Math.min(p.lockMaxSeconds, p.lockBaseSeconds * 2 ** Math.min(lockouts - 1, 30));
    lockedUntil = new Date(now.getTime() + seconds * 1000);
  }
  await trx
    .updateTable('sign_in_failures')
    .set({ failures, window_started_at: windowStart, locked_until: lockedUntil, lockouts, updated_at: now })
    .where('username', '=', username)
    .execute();
}

/** The attempt succeeded: forget the failures and any lockout of this username. */
export async function clearSignInFailures(db: Kysely<DB>, username: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('username', '=', username).execute();
}

/** Delete failure counters that are neither locked nor recent (called by the sweep). */
export async function sweepSignInFailures(db: Kysely<DB>, auth: Auth, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - auth.policy.forgetAfterSeconds * 1000);
  await db
    .deleteFrom('sign_in_failures')
    .where('updated_at', '<', stale)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
}
