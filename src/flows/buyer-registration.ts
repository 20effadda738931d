/**
 * The buyer as a consignment's documents name it (name, nationality, passport
 * or ID number for the declaration's remarks) and whether it may trade under
 * 1039 with this agent: one place for both, read from the procurement
 * module's registrations (`registrationFacts`, `getRegistration`).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import type { BuyerIdentity } from '../modules/export/index.ts';
import { getEntity } from '../modules/market/index.ts';
import { getRegistration, registrationFacts } from '../modules/procurement/index.ts';

export interface BuyerRegistration {
  identity: BuyerIdentity;
  /** Why the buyer may not trade under 1039 with the acting agent (not registered, suspended, another agent's), or null. */
  problem: string | null;
}

/**
 * Why a buyer may not be a consignment's buyer for this agent, or null: it must
 * be registered as a buyer, active, and linked to the agent (an operator or
 * customs reader is not an agent: only the registration is checked).
 */
export async function buyerProblem(db: Kysely<DB>, actor: Actor, buyerId: number): Promise<string | null> {
  const facts = (await registrationFacts(db, [buyerId])).get(buyerId);
  if (facts?.kind !== 'buyer') return `buyer ${buyerId} is not registered for market procurement (1039): register the buyer first`;
  if (facts.status !== 'active') return `buyer ${buyerId}'s registration is ${facts.status}`;
  if (actor.role === 'agent' && !facts.agentIds.includes(actor.entityId ?? -1))
    return `buyer ${buyerId} is registered with other agents: register the buyer under your agency first`;
  return null;
}

/**
 * The buyer's identity for the remarks: the registration's name, nationality
 * and document number (which the agent, customs and the operator see in full);
 * `documentNo` fills the number only when the registration has none. Without a
 * readable registration, the market's entity gives name and country.
 */
export async function buyerRegistration(db: Kysely<DB>, actor: Actor, buyerId: number, documentNo?: string): Promise<BuyerRegistration> {
  const problem = await buyerProblem(db, actor, buyerId);
  const reg = await getRegistration(db, actor, buyerId).catch(() => null);
  if (reg && !reg.documentMasked)
    return {
      identity: { name: reg.name, nationality: reg.nationality ?? reg.country, documentNo: reg.documentNumber ?? documentNo ?? '—' },
      problem,
    };
  const e = await getEntity(db, buyerId);
  return { identity: { name: e.nameEn ?? e.nameZh ?? `buyer ${buyerId}`, nationality: e.country, documentNo: documentNo ?? '—' }, problem };
}
