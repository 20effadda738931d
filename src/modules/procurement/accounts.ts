/**
 * Settlement accounts (bank, account number, currency) registered for a party
 * that collects buyers' payments: an export agent or a merchant. The owner
 * must be registered; the operator, the owner itself or one of its agents adds
 * an account.
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { me, requireReader, seesAll } from './access.ts';
import { procDb, type ProcDB } from './tables.ts';

export const AccountInput = z.strictObject({
  bank: z.string().trim().min(1).max(200),
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Z ]{6,40}$/, 'an account number (or IBAN) is 6 to 40 digits, capital letters or spaces'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code, e.g. CNY'),
});
export type AccountInput = z.input<typeof AccountInput>;

export const NewAccountInput = AccountInput.extend({ ownerId: z.number().int().positive() });

export interface SettlementAccount {
  id: number;
  ownerId: number;
  bank: string;
  accountNumber: string;
  currency: string;
  active: boolean;
}

export async function insertAccount(tx: Transaction<ProcDB>, ownerId: number, a: z.output<typeof AccountInput>): Promise<number> {
  const r = await tx
    .insertInto('proc_accounts')
    .values({ owner_id: ownerId, bank: a.bank, account_number: a.accountNumber, currency: a.currency })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** May the actor act for this registered party (itself, its agent, the operator)? */
async function actsFor(db: Kysely<ProcDB>, actor: Actor, ownerId: number): Promise<boolean> {
  if (actor.role === 'operator' || actor.entityId === ownerId) return true;
  if (actor.role !== 'agent') return false;
  const l = await db
    .selectFrom('proc_registration_agents')
    .select('agent_id')
    .where('entity_id', '=', ownerId)
    .where('agent_id', '=', me(actor))
    .executeTakeFirst();
  return l !== undefined;
}

/**
 * Register a settlement account for an agent or a merchant. Throws
 * `NOT_QUALIFIED` (reason OWNER_UNREGISTERED: the owner is not a registered
 * agent or merchant), `NOT_FOUND` (not yours), `DUPLICATE`.
 */
export async function addAccount(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<SettlementAccount> {
  requireRole(actor, 'operator', 'agent', 'merchant');
  const input = parseInput(NewAccountInput, raw);
  const id = await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    if (!(await actsFor(tx, actor, input.ownerId))) throw new AppError('NOT_FOUND', `registration ${input.ownerId} does not exist or is not yours`);
    const reg = await tx.selectFrom('proc_registrations').select(['kind']).where('entity_id', '=', input.ownerId).executeTakeFirst();
    if (!reg || reg.kind === 'buyer') {
      throw new AppError('NOT_QUALIFIED', `entity ${input.ownerId} is not a registered agent or merchant`, {
        reason: 'OWNER_UNREGISTERED',
        entityId: input.ownerId,
      });
    }
    return insertAccount(tx, input.ownerId, input);
  });
  return { id, ownerId: input.ownerId, bank: input.bank, accountNumber: input.accountNumber, currency: input.currency, active: true };
}

export const AccountQuery = z.strictObject({ owner: z.coerce.number().int().positive().optional() });

/** Accounts the actor may read: all (operator, customs); its own and its parties' (agent); its own (merchant). */
export async function listAccounts(db0: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<SettlementAccount[]> {
  requireReader(actor);
  const q = parseInput(AccountQuery, raw, 'query');
  const db = procDb(db0);
  let base = db.selectFrom('proc_accounts').selectAll();
  if (!seesAll(actor)) {
    const id = me(actor);
    base =
      actor.role === 'agent'
        ? base.where((eb) =>
            eb.or([eb('owner_id', '=', id), eb('owner_id', 'in', eb.selectFrom('proc_registration_agents').select('entity_id').where('agent_id', '=', id))]),
          )
        : base.where('owner_id', '=', id);
  }
  if (q.owner) base = base.where('owner_id', '=', q.owner);
  const rows = await base.orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({ id: r.id, ownerId: r.owner_id, bank: r.bank, accountNumber: r.account_number, currency: r.currency, active: r.active }));
}
