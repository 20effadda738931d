import { AppError } from '../errors.ts';

/** Market roles, and the authorities' roles: customs (inspection of export lots), regulator (credit), department (service desk). */
export type Role = 'operator' | 'merchant' | 'buyer' | 'agent' | 'customs' | 'regulator' | 'department';

/** Every role, in the order the API and the CLI list them. */
export const ROLES: readonly Role[] = ['operator', 'merchant', 'buyer', 'agent', 'customs', 'regulator', 'department'];

/** Who is asking. Anonymous visitors may read public data only. */
export interface Actor {
  readonly userId: number | null;
  readonly role: Role | 'anonymous';
  /** The market entity the user acts for (merchant, buyer, agent). */
  readonly entityId: number | null;
  /** The session the request was authenticated with (HTTP callers only). */
  readonly sessionId?: number;
}

export const ANONYMOUS: Actor = { userId: null, role: 'anonymous', entityId: null };
export const SYSTEM: Actor = { userId: null, role: 'operator', entityId: null };

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.role === 'anonymous') throw new AppError('UNAUTHENTICATED', 'sign in first');
  if (!roles.includes(actor.role)) {
    throw new AppError('FORBIDDEN', `this needs the role ${roles.join(' or ')}; you are signed in as ${actor.role}`);
  }
}
