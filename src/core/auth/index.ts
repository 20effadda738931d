export { ANONYMOUS, SYSTEM, requireRole, type Actor, type Role } from './actor.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { signIn, signOut, actorForToken, createUser, userInfo, Credentials, type SignedIn } from './sessions.ts';
