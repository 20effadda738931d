import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';

/** A merchant (or buyer, agent) reads only its own credit details; regulators and operators read all. */
export function requireOwnOrOversight(actor: Actor, entityId: number): void {
  requireRole(actor, 'operator', 'regulator', 'merchant', 'buyer', 'agent');
  if (actor.role === 'operator' || actor.role === 'regulator') return;
  if (actor.entityId !== entityId) throw new AppError('FORBIDDEN', 'you can see only your own credit details');
}
