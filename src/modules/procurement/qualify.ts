/**
 * Whether goods qualify for mode 1039: a pure check over the facts the
 * record-trade flow gathers (payment methods, registrations, HS rules, the
 * blacklist). Every refusal has a stable reason code; restricted goods pass
 * with a flag and need a licence reference.
 */
import type { HsRuleKind, RegistrationKind, RegistrationStatus } from './tables.ts';

export type RefusalCode =
  | 'CASH_PAYMENT'
  | 'MERCHANT_UNREGISTERED'
  | 'MERCHANT_SUSPENDED'
  | 'MERCHANT_BLACKLISTED'
  | 'BUYER_UNREGISTERED'
  | 'BUYER_SUSPENDED'
  | 'AGENT_UNREGISTERED'
  | 'AGENT_SUSPENDED'
  | 'NOT_YOUR_BUYER'
  | 'HS_PROHIBITED'
  | 'HS_MISSING'
  | 'LICENCE_REQUIRED';

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The order line concerned (HS refusals). */
  orderLineId?: number;
  hs?: string;
}

export interface RuleMatch {
  prefix: string;
  kind: HsRuleKind;
  reasonZh: string;
  reasonEn: string;
}

/** The rule that applies to an HS code: a prohibited prefix wins over a restricted one, then the longest prefix. */
export function matchHs(rules: readonly RuleMatch[], hs: string): RuleMatch | null {
  let best: RuleMatch | null = null;
  for (const r of rules) {
    if (!hs.startsWith(r.prefix)) continue;
    if (!best || (r.kind === 'prohibited' && best.kind === 'restricted') || (r.kind === best.kind && r.prefix.length > best.prefix.length)) best = r;
  }
  return best;
}

export interface Party {
  kind: RegistrationKind;
  status: RegistrationStatus;
  agentIds: readonly number[];
}

export interface QualificationFacts {
  paymentMethods: readonly string[];
  merchant: Party | undefined;
  buyer: Party | undefined;
  agent: Party | undefined;
  agentId: number;
  merchantBlacklisted: boolean;
  lines: readonly { orderLineId: number; hs: string | null }[];
  rules: readonly RuleMatch[];
  licenceRef: string | null;
}

export interface Qualification {
  refusals: Refusal[];
  /** Order lines on the restricted list (allowed with the licence reference). */
  restricted: number[];
}

function partyRefusal(p: Party | undefined, kind: RegistrationKind, label: string): Refusal | null {
  const up = kind.toUpperCase() as 'AGENT' | 'BUYER' | 'MERCHANT';
  if (!p || p.kind !== kind) return { code: `${up}_UNREGISTERED`, message: `the ${label} is not registered for market procurement (1039)` };
  if (p.status !== 'active') return { code: `${up}_SUSPENDED`, message: `the ${label}'s registration is suspended` };
  return null;
}

/**
 * Every reason the goods do not qualify (empty: they do).
 * @example
 * ```ts
 * qualify({ ...facts, paymentMethods: ['cash'] }).refusals[0]?.code; // 'CASH_PAYMENT'
 * ```
 */
export function qualify(f: QualificationFacts): Qualification {
  const refusals: Refusal[] = [];
  if (f.paymentMethods.includes('cash')) refusals.push({ code: 'CASH_PAYMENT', message: 'the order was paid (partly) in cash' });
  for (const r of [partyRefusal(f.agent, 'agent', 'export agent'), partyRefusal(f.merchant, 'merchant', 'merchant'), partyRefusal(f.buyer, 'buyer', 'buyer')]) {
    if (r) refusals.push(r);
  }
  if (f.buyer?.kind === 'buyer' && !f.buyer.agentIds.includes(f.agentId)) {
    refusals.push({ code: 'NOT_YOUR_BUYER', message: 'the buyer is not registered with this export agent' });
  }
  if (f.merchantBlacklisted) refusals.push({ code: 'MERCHANT_BLACKLISTED', message: 'the merchant is on the market’s blacklist of dishonest entities' });
  const restricted: number[] = [];
  for (const l of f.lines) {
    if (!l.hs) {
      refusals.push({ code: 'HS_MISSING', message: `order line ${l.orderLineId} has no HS code`, orderLineId: l.orderLineId });
      continue;
    }
    const m = matchHs(f.rules, l.hs);
    if (m?.kind === 'prohibited') {
      refusals.push({
        code: 'HS_PROHIBITED',
        message: `HS ${l.hs} is prohibited (${m.prefix}: ${m.reasonEn} / ${m.reasonZh})`,
        orderLineId: l.orderLineId,
        hs: l.hs,
      });
    } else if (m?.kind === 'restricted') restricted.push(l.orderLineId);
  }
  if (restricted.length > 0 && !f.licenceRef) {
    refusals.push({
      code: 'LICENCE_REQUIRED',
      message: `order line(s) ${restricted.join(', ')} are on the restricted list: give the licence reference (licenceRef)`,
    });
  }
  return { refusals, restricted };
}
