/**
 * The header's badges: what is waiting for the signed-in account, counted in
 * one statement (one round trip) so the UI can poll it cheaply. Every count is
 * restricted to the caller's own things (its buyer or merchant entity); a count
 * that does not apply to the caller's role is 0.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor, type Role } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';

export interface Notifications {
  role: Role;
  /** Buyer: lines in its purchase list. */
  listLines: number;
  /** Buyer and merchant: messages from the other side not read yet. Operator: reported threads (its inbox). */
  inquiriesUnread: number;
  /** Merchant: incoming orders waiting for its confirmation (placed). */
  ordersPlaced: number;
  /** Buyer: orders waiting for it (proposed changes to accept or decline, delivered ones to complete). */
  ordersToAct: number;
  /** Merchant: open RFQs matched to it that it has not opened yet. */
  rfqsUnseen: number;
  /** Buyer: open quotes on its open RFQs. */
  quotesOpen: number;
  /** Operator: open disputes. Buyer and merchant: open disputes about their own orders. */
  disputesOpen: number;
}

const ZERO = { listLines: 0, inquiriesUnread: 0, ordersPlaced: 0, ordersToAct: 0, rfqsUnseen: 0, quotesOpen: 0, disputesOpen: 0 } as const;
type Counts = { [K in keyof typeof ZERO]: number | string | bigint | null };

const toNumbers = (r: Counts | undefined): Omit<Notifications, 'role'> => {
  const out = { ...ZERO } as Record<keyof typeof ZERO, number>;
  if (r) for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) out[k] = Number(r[k] ?? 0);
  return out;
};

/**
 * The counts behind the header's badges for `actor` (anonymous: UNAUTHENTICATED).
 * @example
 * ```ts
 * const n = await notifications(db, merchant);
 * n.ordersPlaced; // incoming orders to confirm
 * ```
 */
export async function notifications(db: Kysely<DB>, actor: Actor): Promise<Notifications> {
  requireRole(actor, 'buyer', 'merchant', 'operator', 'agent', 'customs', 'regulator', 'department');
  const role = actor.role as Role;
  if (role === 'agent' || role === 'customs' || role === 'regulator' || role === 'department') return { role, ...ZERO };
  if (role === 'operator') {
    const r = await sql<Counts>`select
        (select count(*) from inquiries where reported_at is not null) as "inquiriesUnread",
        (select count(*) from disputes where status = 'open') as "disputesOpen"`.execute(db);
    return { role, ...toNumbers(r.rows[0]) };
  }
  const me = actor.entityId;
  if (me === null) throw new AppError('FORBIDDEN', 'this account is not linked to a market entity');
  if (role === 'buyer') {
    const r = await sql<Counts>`select
        (select count(*) from list_lines where buyer_id = ${me}) as "listLines",
        (select count(*) from inquiries i
           join inquiry_messages m on m.inquiry_id = i.id and m.sender = 'merchant'
           left join inquiry_reads r on r.inquiry_id = i.id and r.party = 'buyer'
          where i.buyer_id = ${me} and m.seq > coalesce(r.last_read_seq, 0)) as "inquiriesUnread",
        (select count(*) from merchant_orders where buyer_id = ${me} and status in ('proposed', 'delivered')) as "ordersToAct",
        (select count(*) from quotes q join rfqs f on f.id = q.rfq_id
          where q.buyer_id = ${me} and q.status = 'open' and f.status = 'open') as "quotesOpen",
        (select count(*) from disputes where buyer_id = ${me} and status = 'open') as "disputesOpen"`.execute(db);
    return { role, ...toNumbers(r.rows[0]) };
  }
  const r = await sql<Counts>`select
      (select count(*) from inquiry_messages m
         left join inquiry_reads r on r.inquiry_id = m.inquiry_id and r.party = 'merchant'
        where m.merchant_id = ${me} and m.sender = 'buyer' and m.seq > coalesce(r.last_read_seq, 0)) as "inquiriesUnread",
      (select count(*) from merchant_orders where merchant_id = ${me} and status = 'placed') as "ordersPlaced",
      (select count(*) from rfq_matches m join rfqs f on f.id = m.rfq_id
        where m.merchant_id = ${me} and m.seen_at is null and f.status = 'open') as "rfqsUnseen",
      (select count(*) from disputes where merchant_id = ${me} and status = 'open') as "disputesOpen"`.execute(db);
  return { role, ...toNumbers(r.rows[0]) };
}
