/**
 * Flow: an agent opens a consignment for a buyer. The buyer must be an entity
 * of kind buyer (market module) and a registered, active buyer linked to this
 * agent (procurement module; `buyerProblem` in buyer-registration.ts).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { type ConsignmentView, OpenConsignmentInput, openConsignment } from '../modules/export/index.ts';
import { getEntity } from '../modules/market/index.ts';
import { buyerProblem } from './buyer-registration.ts';

/**
 * Open a consignment after checking the buyer.
 * @example
 * ```ts
 * await openConsignmentForBuyer(db, agent, { buyerId: 12, destination: 'AEJEA', incoterm: 'FOB' });
 * ```
 */
export async function openConsignmentForBuyer(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<ConsignmentView> {
  const input = parseInput(OpenConsignmentInput, raw);
  if (actor.role !== 'agent') return openConsignment(db, actor, input); // refused there, before anything is read
  const entity = await getEntity(db, input.buyerId).catch(() => null);
  if (entity?.kind !== 'buyer') throw new AppError('VALIDATION', `buyerId: entity ${input.buyerId} is not a buyer`);
  const problem = await buyerProblem(db, actor, input.buyerId);
  if (problem) throw new AppError('CONFLICT', problem);
  return openConsignment(db, actor, input);
}
