/**
 * A service item's life cycle (pure): who may move an item from one state to the next.
 *
 * | action     | from                            | to         | who                                          |
 * |------------|---------------------------------|------------|----------------------------------------------|
 * | raise      | —                               | dispatched | merchant, buyer (by the dispatch rules)      |
 * | accept     | dispatched, reopened            | accepted   | the department it is dispatched to           |
 * | reply      | accepted                        | replied    | that department (the reply text is required) |
 * | confirm    | replied                         | closed     | the raiser, with a rating 1–5                |
 * | reopen     | replied                         | reopened   | the raiser, with a reason (rating optional)  |
 * | reassign   | dispatched, accepted, reopened  | dispatched | the operator (to another department)         |
 * | escalate   | dispatched, accepted, reopened  | (same)     | the sweep, when the deadline has passed      |
 * | auto_close | replied                         | closed     | the sweep, 7 days after a reply left unanswered |
 *
 * Anything else is refused with 409 ILLEGAL_TRANSITION, `details.allowed` listing
 * what the caller may do to the item as it is.
 */
import type { Role } from '../../core/auth/actor.ts';
import type { ServiceStatus } from './tables.ts';

/** What a person can do to an item (escalate and auto_close are the sweep's, raise creates it). */
export type ServiceAction = 'accept' | 'reply' | 'confirm' | 'reopen' | 'reassign';
export const SERVICE_ACTIONS: readonly ServiceAction[] = ['accept', 'reply', 'confirm', 'reopen', 'reassign'];
export const SERVICE_STATES: readonly ServiceStatus[] = ['dispatched', 'accepted', 'replied', 'reopened', 'closed'];
/** States in which the department owes an answer: the deadline runs and the sweep may escalate. */
export const AWAITING_DEPARTMENT: readonly ServiceStatus[] = ['dispatched', 'accepted', 'reopened'];

/** Who may act on an item: its department, its raiser, or the operator. */
export type Party = 'department' | 'raiser' | 'operator';

interface Move {
  readonly from: readonly ServiceStatus[];
  readonly to: ServiceStatus;
  readonly party: Party;
}

export const SERVICE_MOVES: Readonly<Record<ServiceAction, Move>> = {
  accept: { from: ['dispatched', 'reopened'], to: 'accepted', party: 'department' },
  reply: { from: ['accepted'], to: 'replied', party: 'department' },
  confirm: { from: ['replied'], to: 'closed', party: 'raiser' },
  reopen: { from: ['replied'], to: 'reopened', party: 'raiser' },
  reassign: { from: ['dispatched', 'accepted', 'reopened'], to: 'dispatched', party: 'operator' },
};

/** The party `role` plays for an item (null: none; it may not see the item). */
export function partyOf(role: Role | 'anonymous', entityId: number | null, item: { raiserId: number; departmentId: number }): Party | null {
  if (role === 'operator') return 'operator';
  if (role === 'department' && entityId !== null && entityId === item.departmentId) return 'department';
  if ((role === 'merchant' || role === 'buyer') && entityId !== null && entityId === item.raiserId) return 'raiser';
  return null;
}

/** The actions `party` may take on an item in `status`. */
export function allowedServiceActions(status: ServiceStatus, party: Party | null): ServiceAction[] {
  return SERVICE_ACTIONS.filter((a) => SERVICE_MOVES[a].party === party && SERVICE_MOVES[a].from.includes(status));
}
