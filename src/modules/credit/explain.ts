/**
 * Explanations: a score as base + one contribution per event, each with its
 * amount and the date it stops counting. Pure: given an entity's events and a
 * date, `explain` is the model's definition of the score (the incremental update
 * stores exactly its result; the set-based recompute computes the same totals).
 */
import type { CreditClass, Severity, Source } from './tables.ts';
import { addDays, BASE_SCORE, classFor, contribution, CUTOFF_DAYS, daysBetween, GROUPS, INDICATOR_BY_KIND, isRecent, type Group } from './model.ts';

export interface EventFact {
  id: number;
  kind: string;
  severity: Severity;
  source: Source;
  occurredOn: string;
  voided: boolean;
}

export interface Contribution {
  eventId: number;
  kind: string;
  group: Group;
  severity: Severity;
  source: Source;
  occurredOn: string;
  /** What the event adds to the score today (hundredths; negative lowers it). */
  amount: number;
  /** What it would add without its indicator's cap (equal to amount unless capped). */
  uncapped: number;
  /** The first day it no longer counts. */
  stopsCountingOn: string;
  /** The next day its weight halves (null when it stops counting first). */
  halvesOn: string | null;
}

export interface Explanation {
  asOf: string;
  base: number;
  /** base + Σ contributions[].amount, exactly. */
  score: number;
  class: CreditClass;
  /** The class cap in force, when a recent serious or severe event lowered the class. */
  cappedBy: Severity | null;
  groups: Record<Group, number>;
  contributions: Contribution[];
}

const SEVERITY_RANK: Record<Severity, number> = { positive: 0, minor: 1, moderate: 2, serious: 3, severe: 4 };

/** Explain the score of one entity's events on `asOf`. Voided events, events of unknown kinds and events after `asOf` do not count. */
export function explain(events: readonly EventFact[], asOf: string): Explanation {
  const contributions: Contribution[] = [];
  let worst: Severity | null = null;
  for (const e of events) {
    const ind = INDICATOR_BY_KIND.get(e.kind);
    if (!ind || e.voided) continue;
    const age = daysBetween(e.occurredOn, asOf);
    if ((e.severity === 'serious' || e.severity === 'severe') && isRecent(age) && (worst === null || SEVERITY_RANK[e.severity] > SEVERITY_RANK[worst])) {
      worst = e.severity;
    }
    const amount = contribution(ind, e.severity, age);
    if (amount === 0) continue;
    const cutoff = CUTOFF_DAYS[e.severity];
    const nextHalf = (Math.floor(age / ind.halfLifeDays) + 1) * ind.halfLifeDays;
    contributions.push({
      eventId: e.id,
      kind: e.kind,
      group: ind.group,
      severity: e.severity,
      source: e.source,
      occurredOn: e.occurredOn,
      amount,
      uncapped: amount,
      stopsCountingOn: addDays(e.occurredOn, cutoff),
      halvesOn: nextHalf < cutoff ? addDays(e.occurredOn, nextHalf) : null,
    });
  }
  // Newest first; a capped indicator's newest events count until its cap is reached.
  contributions.sort((a, b) => (a.occurredOn === b.occurredOn ? b.eventId - a.eventId : a.occurredOn < b.occurredOn ? 1 : -1));
  const used = new Map<string, number>();
  for (const c of contributions) {
    const cap = INDICATOR_BY_KIND.get(c.kind)?.cap;
    if (cap === undefined) continue;
    const before = used.get(c.kind) ?? 0;
    c.amount = Math.max(0, Math.min(c.uncapped, cap - before));
    used.set(c.kind, before + c.amount);
  }
  const groups = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  let score = BASE_SCORE;
  for (const c of contributions) {
    groups[c.group] += c.amount;
    score += c.amount;
  }
  const plain = classFor(score, null);
  const cls = classFor(score, worst);
  return { asOf, base: BASE_SCORE, score, class: cls, cappedBy: cls === plain ? null : worst, groups, contributions };
}
