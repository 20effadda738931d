/**
 * The merchant order's life cycle (pure): which role may move an order from
 * one state to the next, and which moves need a reason.
 *
 *   placed ─merchant confirms─▶ confirmed ─deposit received─▶ deposit_paid ─▶ in_production ─▶ ready ─▶ delivered ─buyer─▶ completed
 *     │ └─merchant proposes changes─▶ proposed ─buyer accepts─▶ confirmed
 *     │                                  └─buyer declines─▶ placed
 *     └─ either side cancels (reason) from placed, proposed or confirmed; the operator from any state before completed
 *
 * "deposit received" is not a move anyone makes: recording payments that reach
 * the deposit moves a confirmed order on (src/modules/trade/orders.ts).
 */
import type { Role } from '../../core/auth/actor.ts';
import type { OrderStatus } from './tables.ts';

export type OrderAction = 'confirm' | 'propose' | 'accept' | 'decline' | 'start_production' | 'mark_ready' | 'deliver' | 'complete' | 'cancel';

interface Move {
  readonly from: readonly OrderStatus[];
  readonly to: OrderStatus;
  readonly roles: readonly Role[];
  readonly needsReason: boolean;
}

export const MOVES: Readonly<Record<OrderAction, Move>> = {
  confirm: { from: ['placed'], to: 'confirmed', roles: ['merchant'], needsReason: false },
  propose: { from: ['placed'], to: 'proposed', roles: ['merchant'], needsReason: true },
  accept: { from: ['proposed'], to: 'confirmed', roles: ['buyer'], needsReason: false },
  decline: { from: ['proposed'], to: 'placed', roles: ['buyer'], needsReason: true },
  start_production: { from: ['deposit_paid'], to: 'in_production', roles: ['merchant'], needsReason: false },
  mark_ready: { from: ['in_production'], to: 'ready', roles: ['merchant'], needsReason: false },
  deliver: { from: ['ready'], to: 'delivered', roles: ['merchant'], needsReason: false },
  complete: { from: ['delivered'], to: 'completed', roles: ['buyer', 'operator'], needsReason: false },
  cancel: { from: ['placed', 'proposed', 'confirmed'], to: 'cancelled', roles: ['buyer', 'merchant', 'operator'], needsReason: true },
};

/** Operators may also cancel later (dispute resolution), up to delivery. */
const OPERATOR_CANCEL_FROM: readonly OrderStatus[] = ['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered'];

/** Whether `role` may apply `action` to an order in `status`. */
export function canMove(action: OrderAction, status: OrderStatus, role: Role): boolean {
  const m = MOVES[action];
  if (!m.roles.includes(role)) return false;
  if (action === 'cancel' && role === 'operator') return OPERATOR_CANCEL_FROM.includes(status);
  return m.from.includes(status);
}

/** The actions `role` may take on an order in `status` (what the UI offers, and what a refusal lists). */
export function allowedActions(status: OrderStatus, role: Role): OrderAction[] {
  return (Object.keys(MOVES) as OrderAction[]).filter((a) => canMove(a, status, role));
}
