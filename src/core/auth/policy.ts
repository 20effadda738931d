/**
 * The numbers of the sign-in defences and session lifetimes, with a clock that
 * tests replace (no test sleeps for a minute). `createAuth` returns the state
 * one API process keeps in memory: the per-address limiter and the time of the
 * last sweep of expired rows. The per-account counters live in the database.
 */
import { AddressLimiter } from './address-limiter.ts';

export interface AuthOptions {
  /** The clock; defaults to the system clock. */
  now?: () => Date;
  /** Failed sign-ins for one username within the window that lock it (default 5). */
  accountMaxFailures?: number;
  /** Window in which those failures are counted (default 900 s). */
  accountWindowSeconds?: number;
  /** First lockout (default 60 s); each further one doubles … */
  lockBaseSeconds?: number;
  /** … up to this (default 3600 s). */
  lockMaxSeconds?: number;
  /** A username with no attempt for this long starts again from the first lockout (default 86400 s). */
  forgetAfterSeconds?: number;
  /** Sign-in attempts per client address within the address window (default 20) … */
  addressMaxAttempts?: number;
  /** … (default 60 s). */
  addressWindowSeconds?: number;
  /** Most addresses tracked in memory; the least recently seen are forgotten first (default 50,000). */
  addressMaxTracked?: number;
  /** Absolute session lifetime (default 14 days). */
  sessionMaxSeconds?: number;
  /** A session unused for this long ends (default 24 h). */
  sessionIdleSeconds?: number;
  /** last_used_at is written at most this often per session (default 60 s). */
  touchEverySeconds?: number;
  /** Expired sessions and stale failure counters are deleted at most this often, on sign-in (default 600 s). */
  sweepEverySeconds?: number;
}

export type AuthPolicy = Required<AuthOptions>;

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  now: () => new Date(),
  accountMaxFailures: 5,
  accountWindowSeconds: 900,
  lockBaseSeconds: 60,
  lockMaxSeconds: 3600,
  forgetAfterSeconds: 86_400,
  addressMaxAttempts: 20,
  addressWindowSeconds: 60,
  addressMaxTracked: 50_000,
  sessionMaxSeconds: 14 * 86_400,
  sessionIdleSeconds: 86_400,
  touchEverySeconds: 60,
  sweepEverySeconds: 600,
};

/** Per-process authentication state: the policy, the address limiter and the sweep timer. */
export interface Auth {
  readonly policy: AuthPolicy;
  readonly addresses: AddressLimiter;
  /** When expired rows were last deleted (ms since epoch, by the policy clock). */
  lastSweepMs: number;
}

export function createAuth(opts: AuthOptions = {}): Auth {
  const defined = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  const policy: AuthPolicy = { ...DEFAULT_AUTH_POLICY, ...defined };
  for (const [k, v] of Object.entries(policy)) {
    if (typeof v === 'number' && !(Number.isFinite(v) && v > 0)) throw new Error(`auth option ${k} must be a positive number`);
  }
  const addresses = new AddressLimiter(policy.addressMaxAttempts, policy.addressWindowSeconds * 1000, policy.addressMaxTracked);
  return { policy, addresses, lastSweepMs: Number.NEGATIVE_INFINITY };
}

/** State for callers that do not pass their own (one per process). */
export const defaultAuth: Auth = createAuth();
