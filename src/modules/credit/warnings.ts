/**
 * Trade-risk warnings before a deal: a buyer about to order from, or a merchant
 * about to accept an order from, an entity with a recent serious or severe
 * event (or of class D) sees each reason.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { creditStanding } from './scores.ts';
import type { CreditClass, Severity } from './tables.ts';

export interface TradeWarning {
  level: 'severe' | 'serious' | 'class_d';
  kind: string | null;
  occurredOn: string | null;
  reason: string;
  reasonZh: string;
}

export interface TradeRisk {
  entityId: number;
  class: CreditClass;
  warnings: TradeWarning[];
}

/** Warnings about a counterparty (any signed-in user may ask: the facts are those a buyer is entitled to before a deal). */
export async function tradeRiskWarnings(db: Kysely<DB>, actor: Actor, entityId: number): Promise<TradeRisk> {
  requireRole(actor, 'merchant', 'buyer', 'agent', 'operator', 'regulator');
  const s = await creditStanding(db, entityId);
  const warnings: TradeWarning[] = s.recentSerious.map((e) => ({
    level: e.severity as Extract<Severity, 'serious' | 'severe'>,
    kind: e.kind,
    occurredOn: e.occurredOn,
    reason: e.reason,
    reasonZh: e.reasonZh,
  }));
  if (s.class === 'D' && warnings.length === 0) {
    warnings.push({ level: 'class_d', kind: null, occurredOn: null, reason: 'Credit class D (poor credit record)', reasonZh: '信用等级D（信用记录较差）' });
  }
  return { entityId, class: s.class, warnings };
}
