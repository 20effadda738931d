/**
 * Flow: trade facts become credit events. The trade module appends a fact for
 * every delivery (on time or late), merchant cancellation, dispute outcome and
 * answered inquiry (`tradeEvents`); this flow maps each to the credit model's
 * platform indicators and records them with source 'platform' and external id
 * `trade:<seq>`, moving the feed cursor in the same transaction. Recording is
 * idempotent, so each pass re-reads a small overlap behind the cursor: a fact
 * committed late with a lower seq is still picked up.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { SYSTEM } from '../core/auth/actor.ts';
import { advanceFeedCursor, feedCursor, recordCreditEvents, type CreditEventInput } from '../modules/credit/index.ts';
import { tradeEvents, type TradeEvent } from '../modules/trade/index.ts';

const FEED = 'trade';
/** Facts re-read behind the cursor on every pass. */
export const TRADE_FEED_OVERLAP = 200;
const PAGE = 2000;

/** Inquiries answered within a day count for the merchant, after three days against it. */
const FAST_REPLY_SECONDS = 86_400;
const SLOW_REPLY_SECONDS = 3 * 86_400;

/** The credit event a trade fact gives, if any (completions and replies between one and three days give none). */
export function creditEventOf(f: TradeEvent): CreditEventInput | null {
  const base = { entityId: f.entityId, source: 'platform' as const, occurredOn: f.at.slice(0, 10), externalId: `trade:${f.seq}` };
  const order = `order ${f.orderId}`;
  switch (f.kind) {
    case 'order_delivered_on_time':
      return { ...base, kind: 'order_on_time', evidenceRef: order };
    case 'order_delivered_late': {
      const lateDays = Number(f.detail.lateDays ?? 0);
      return { ...base, kind: 'order_late', severity: lateDays > 14 ? 'moderate' : 'minor', evidenceRef: order, note: `${lateDays} day(s) late` };
    }
    case 'order_cancelled_by_merchant':
      return { ...base, kind: 'merchant_cancellation', evidenceRef: order };
    case 'dispute_lost':
      return { ...base, kind: 'dispute_lost', evidenceRef: `dispute ${f.disputeId} (${order})` };
    case 'dispute_won':
      return { ...base, kind: 'dispute_won', evidenceRef: `dispute ${f.disputeId} (${order})` };
    case 'inquiry_answered': {
      const seconds = Number(f.detail.seconds ?? 0);
      if (seconds <= FAST_REPLY_SECONDS) return { ...base, kind: 'inquiry_fast_reply', evidenceRef: `inquiry ${f.inquiryId}` };
      if (seconds > SLOW_REPLY_SECONDS)
        return { ...base, kind: 'inquiry_slow_reply', evidenceRef: `inquiry ${f.inquiryId}`, note: `first reply after ${Math.round(seconds / 3600)} h` };
      return null;
    }
    default:
      return null;
  }
}

/**
 * Consume the trade facts not yet turned into credit events; returns how many facts were read and events recorded.
 * @example
 * ```ts
 * const { facts, recorded } = await creditFromTrade(db);
 * ```
 */
export async function creditFromTrade(db: Kysely<DB>): Promise<{ facts: number; recorded: number; lastSeq: number }> {
  let facts = 0;
  let recorded = 0;
  let after = Math.max(0, (await feedCursor(db, FEED)) - TRADE_FEED_OVERLAP);
  for (;;) {
    const page = await tradeEvents(db, { afterSeq: after, limit: PAGE });
    if (page.length === 0) break;
    const inputs = page.map(creditEventOf).filter((e): e is CreditEventInput => e !== null);
    const last = page.at(-1)!.seq;
    await db.transaction().execute(async (tx) => {
      if (inputs.length > 0) recorded += (await recordCreditEvents(tx, SYSTEM, inputs)).inserted;
      await advanceFeedCursor(tx, FEED, last);
    });
    facts += page.length;
    after = last;
    if (page.length < PAGE) break;
  }
  return { facts, recorded, lastSeq: await feedCursor(db, FEED) };
}
