/**
 * Flow: the documents of a consignment. The lots of its final load plan
 * (export module) are valued at the exchange rates in force on the date (fx
 * module's dated table), split into declarations (export's declaration rule),
 * and laid out with the consignor (the agent, market module) and the buyer's
 * identity in the remarks (buyer-registration.ts).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import { parseInput } from '../core/validation.ts';
import { buildDocuments, type ConsignmentDocuments, documentSource, exactConsignment, splitExact } from '../modules/export/index.ts';
import { formatRate, IsoDate, ratesInForce, todayUtc } from '../modules/fx/index.ts';
import { getEntity } from '../modules/market/index.ts';
import { buyerRegistration } from './buyer-registration.ts';

export const DocumentsQuery = z.strictObject({
  date: IsoDate.optional().meta({ description: 'The day whose exchange rates value the lots (default today, UTC)' }),
  documentNo: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: "The buyer's passport or ID number for the remarks, when the registration does not give it" }),
});
export type DocumentsQuery = z.input<typeof DocumentsQuery>;

/**
 * Build the documents (its agent, the operator, customs). CONFLICT without a
 * final plan; NOT_FOUND when a lot's currency or USD has no rate on or before the date.
 * @example
 * ```ts
 * const docs = await consignmentDocuments(db, agent, 7, { date: '2026-11-30' });
 * docs.declarations.length; docs.packingLists[0].rows;
 * ```
 */
export async function consignmentDocuments(db: Kysely<DB>, actor: Actor, consignmentId: number, raw: unknown = {}): Promise<ConsignmentDocuments> {
  const q = parseInput(DocumentsQuery, raw, 'query');
  const date = q.date ?? todayUtc();
  const src = await documentSource(db, actor, consignmentId);
  const currencies = [...new Set([...src.lots.map((l) => l.currency), 'USD'])];
  const table = await ratesInForce(db, currencies, date);
  const e10 = new Map([...table.values()].map((r) => [r.currency, r.rateE10]));
  const split = splitExact(exactConsignment(date, src.lots, e10));
  const agent = await getEntity(db, src.consignment.agentId);
  const buyer = await buyerRegistration(db, actor, src.consignment.buyerId, q.documentNo);
  const rates = [...table.values()]
    .map((r) => ({ currency: r.currency, cnyPerUnit: formatRate(r.rateE10), rateDate: r.rateDate }))
    .sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return buildDocuments(
    src,
    split,
    { consignor: { name: agent.nameZh ?? agent.nameEn ?? `agent ${agent.id}`, code: agent.uscc }, buyer: buyer.identity },
    date,
    rates,
  );
}
