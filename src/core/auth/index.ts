export { ANONYMOUS, SYSTEM, ROLES, requireRole, type Actor, type Role } from './actor.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { signIn, signOut, actorForToken, createUser, userInfo, sweepExpired, Credentials, type SignedIn, type SignInContext } from './sessions.ts';
export { listSessions, revokeSession, revokeAllSessions, changePassword, PasswordChange, MIN_PASSWORD_LENGTH, type SessionInfo } from './session-admin.ts';
export { createAuth, defaultAuth, DEFAULT_AUTH_POLICY, type Auth, type AuthOptions, type AuthPolicy } from './policy.ts';
export { bearerToken, MAX_TOKEN_LENGTH } from './bearer.ts';
export { addressKey } from './address-limiter.ts';
