/**
 * Flow: match an RFQ to the merchants whose goods fit (货找人). Spans search
 * (which products answer the RFQ's words within its category), the catalogue
 * (whose they are, their MOQ and price) and trade (the merchants' response
 * record, and where the matches are kept).
 *
 * Score of a merchant (0–100, integer), and the reason kept with it:
 *   40 · min(1, log2(1 + matching products) / log2(1 + 50))   how much of what was asked it sells
 * + 25 · [some matching product's MOQ ≤ the RFQ quantity]        MOQ fits
 * + 20 · response                                                 1 when the median first answer ≤ 2 h, 0.5 ≤ 24 h, 0.25 unknown, else 0
 * + 15 · [lowest price at the RFQ quantity ≤ the target price]    (no target: 15 when any price is known)
 * Ties: more matching products, then the better-ranked best product.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { SYSTEM } from '../core/auth/actor.ts';
import { productTerms } from '../modules/catalog/index.ts';
import type { SearchQuery, SearchResult } from '../modules/search/index.ts';
import { getRfq, recordRfqMatches, responseStats, tierIndexFor, type RfqMatchReason } from '../modules/trade/index.ts';

/** What the flow needs of search: the live index's `search`. */
export interface ProductFinder {
  search(q: SearchQuery): SearchResult;
}

export interface RfqMatch {
  merchantId: number;
  score: number;
  reason: RfqMatchReason;
}

/** How many search hits are considered (5 pages of 100), and how many merchants are notified. */
export const RFQ_HITS = 500;
export const RFQ_NOTIFY_TOP = 10;

/**
 * Rank the merchants for RFQ `rfqId` and record the top `top` as its matches (they see it in their
 * RFQ inbox). Returns the ranking.
 * @example
 * ```ts
 * const matches = await matchRfq(db, live, rfq.id);
 * matches[0]?.reason.matchingProducts; // e.g. 37
 * ```
 */
export async function matchRfq(db: Kysely<DB>, finder: ProductFinder, rfqId: number, top = RFQ_NOTIFY_TOP): Promise<RfqMatch[]> {
  const rfq = await getRfq(db, SYSTEM, rfqId);
  const rankOf = new Map<number, number>();
  for (let page = 1; rankOf.size < RFQ_HITS; page++) {
    const r = finder.search({ text: rfq.text, filters: rfq.categoryCode ? { category: rfq.categoryCode } : {}, page, pageSize: 100, facets: false });
    if (r.kind !== 'results' || r.items.length === 0) break;
    // Partial answers (not every word matched) still count: the reason says how many products matched.
    for (const hit of r.items) if (!rankOf.has(hit.id)) rankOf.set(hit.id, rankOf.size);
    if (r.items.length < 100 || page * 100 >= r.total) break;
  }
  const terms = await productTerms(db, [...rankOf.keys()]);
  const byMerchant = new Map<number, { count: number; best: number; bestProduct: number; minMoq: number; lowest: number | null; currency: string | null }>();
  for (const [id, rank] of rankOf) {
    const p = terms.get(id);
    if (!p?.active) continue;
    const g = byMerchant.get(p.merchantId) ?? {
      count: 0,
      best: Number.POSITIVE_INFINITY,
      bestProduct: id,
      minMoq: Number.POSITIVE_INFINITY,
      lowest: null,
      currency: null,
    };
    g.count++;
    if (rank < g.best) {
      g.best = rank;
      g.bestProduct = id;
    }
    g.minMoq = Math.min(g.minMoq, p.moq);
    if (p.currency === rfq.currency && p.priceTiers.length) {
      const price = p.priceTiers[Math.max(0, tierIndexFor(p.priceTiers, rfq.qty))]!.unitPrice;
      if (g.lowest === null || price < g.lowest) {
        g.lowest = price;
        g.currency = p.currency;
      }
    }
    byMerchant.set(p.merchantId, g);
  }
  const ranked: (RfqMatch & { best: number })[] = [];
  for (const [merchantId, g] of byMerchant) {
    const stats = await responseStats(db, merchantId, 50);
    const median = stats.medianSeconds;
    const response = median === null ? 0.25 : median <= 7200 ? 1 : median <= 86_400 ? 0.5 : 0;
    const moqFits = g.minMoq <= rfq.qty;
    const priceFits = g.lowest !== null && (rfq.targetPrice === null || g.lowest <= rfq.targetPrice);
    const score = Math.round(40 * Math.min(1, Math.log2(1 + g.count) / Math.log2(51)) + (moqFits ? 25 : 0) + 20 * response + (priceFits ? 15 : 0));
    ranked.push({
      merchantId,
      score,
      best: g.best,
      reason: {
        matchingProducts: g.count,
        categoryCode: rfq.categoryCode,
        bestProductId: g.bestProduct,
        minMoq: g.minMoq,
        moqFits,
        medianResponseSeconds: median,
        lowestUnitPrice: g.lowest,
        currency: g.currency,
      },
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.reason.matchingProducts - a.reason.matchingProducts || a.best - b.best || a.merchantId - b.merchantId);
  const chosen = ranked.slice(0, top).map(({ best: _best, ...m }) => m);
  await recordRfqMatches(db, rfqId, chosen);
  return chosen;
}
