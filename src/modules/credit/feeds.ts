/** Cursors of the feeds the credit data centre consumes (e.g. the trade facts), kept with the events they produced. */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { creditDb } from './tables.ts';

/** The last position consumed of a feed (0 before the first). */
export async function feedCursor(db: Kysely<DB>, feed: string): Promise<number> {
  const r = await creditDb(db).selectFrom('credit_feed_cursors').select('last_seq').where('feed', '=', feed).executeTakeFirst();
  return r?.last_seq ?? 0;
}

/** Move a feed's cursor forward (never back); call it in the transaction that records what was consumed. */
export async function advanceFeedCursor(db: Kysely<DB>, feed: string, lastSeq: number): Promise<void> {
  await creditDb(db)
    .insertInto('credit_feed_cursors')
    .values({ feed, last_seq: lastSeq })
    .onConflict((oc) =>
      oc
        .column('feed')
        .doUpdateSet((eb) => ({ last_seq: eb.fn('greatest', [eb.ref('credit_feed_cursors.last_seq'), eb.ref('excluded.last_seq')]), updated_at: new Date() })),
    )
    .execute();
}
