import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { getEntity } from '../market/index.ts';
import type { RankedApplicant } from './ranking.ts';
import type { EvalTables } from './tables.ts';

type RoundRow = Selectable<EvalTables['stall_rounds']>;
type ApplicationRow = Selectable<EvalTables['stall_round_applications']>;

export interface ApplicationView {
  id: number;
  entityId: number;
  nameZh: string | null;
  nameEn: string | null;
  creditClass: string;
  merit: number;
  /** Sealed: null until the round is awarded. */
  bidAmount: number | null;
  eligible: boolean;
  ineligibleReason: string | null;
  record: Record<string, number | string | null>;
  appliedAt: string;
}

export interface RoundView {
  id: number;
  stallId: number;
  flagId: number | null;
  rules: { method: 'score' | 'bid_score'; bidWeight: number; minCreditClass: string | null; currency: string; minBid: number };
  closesOn: string;
  startsOn: string;
  status: 'open' | 'awarded' | 'published' | 'void';
  publishedAt: string | null;
  awardedAt: string | null;
  winnerEntityId: number | null;
  applicationCount: number;
  /** Every application (operator, or once published); a merchant's own while open. */
  applications: ApplicationView[];
  ranking: RankedApplicant[] | null;
}

/** The view of a round as the actor may see it (see getRound). */
export async function roundView(db: Kysely<DB>, r: RoundRow, apps: readonly ApplicationRow[], actor: Actor): Promise<RoundView> {
  const full = actor.role === 'operator' || r.published_at !== null;
  const shown = full ? apps : apps.filter((a) => actor.role === 'merchant' && a.entity_id === actor.entityId);
  const sealed = r.status === 'open';
  const names = new Map<number, { nameZh: string | null; nameEn: string | null }>();
  for (const a of shown) {
    const e = await getEntity(db, a.entity_id).catch(() => null);
    names.set(a.entity_id, { nameZh: e?.nameZh ?? null, nameEn: e?.nameEn ?? null });
  }
  return {
    id: r.id,
    stallId: r.stall_id,
    flagId: r.flag_id,
    rules: { method: r.method, bidWeight: r.bid_weight, minCreditClass: r.min_credit_class, currency: r.currency, minBid: r.min_bid },
    closesOn: r.closes_on,
    startsOn: r.starts_on,
    status: r.status,
    publishedAt: r.published_at?.toISOString() ?? null,
    awardedAt: r.awarded_at?.toISOString() ?? null,
    winnerEntityId: full ? r.winner_entity_id : null,
    applicationCount: apps.length,
    applications: shown.map((a) => ({
      id: a.id,
      entityId: a.entity_id,
      ...names.get(a.entity_id)!,
      creditClass: a.credit_class,
      merit: a.merit,
      bidAmount: sealed ? null : a.bid_amount,
      eligible: a.eligible,
      ineligibleReason: a.ineligible_reason,
      record: a.record,
      appliedAt: a.created_at.toISOString(),
    })),
    ranking: full ? r.ranking : null,
  };
}
