/**
 * Who may see which registration: operator and customs see all; an entity
 * sees its own; an agent sees the parties linked to it (those it registered).
 * `visibleEntityIds` narrows a query on an entity-id column to that set.
 */
import { requireRole, type Actor, type Role } from '../../core/auth/actor.ts';

/** Roles that read every registration, record and payment. */
export const SEES_ALL: readonly Role[] = ['operator', 'customs'];

export const seesAll = (actor: Actor): boolean => actor.role !== 'anonymous' && SEES_ALL.includes(actor.role);

/** The caller's entity id, or -1 (matches nothing) when it acts for none. */
export const me = (actor: Actor): number => actor.entityId ?? -1;

/** Reading registrations: every role that takes part in 1039 (or looks after it). */
export function requireReader(actor: Actor): void {
  requireRole(actor, 'operator', 'customs', 'agent', 'merchant', 'buyer');
}
