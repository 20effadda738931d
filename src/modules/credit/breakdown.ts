/**
 * What an entity (or its regulator) sees of its credit: the explained score with
 * every contribution, the events with their appeals, the class changes and a
 * monthly history of the score.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { requireOwnOrOversight } from './access.ts';
import { explain, type Contribution, type Explanation } from './explain.ts';
import { addDays, INDICATOR_BY_KIND } from './model.ts';
import { lastRecomputeDay } from './recompute.ts';
import { BASE_CLASS, entityEventFacts, today } from './scores.ts';
import { creditDb, type AppealStatus, type CreditClass, type Severity, type Source } from './tables.ts';

export interface ContributionView extends Contribution {
  nameZh: string;
  nameEn: string;
}

export interface CreditEventView {
  id: number;
  source: Source;
  kind: string;
  nameZh: string;
  nameEn: string;
  severity: Severity;
  occurredOn: string;
  evidenceRef: string;
  note: string | null;
  recordedAt: string;
  voided: boolean;
  voidReason: string | null;
  /** The latest appeal against the event, if any. */
  appeal: { id: number; status: AppealStatus } | null;
}

export interface ClassChangeView {
  changedOn: string;
  from: CreditClass | null;
  to: CreditClass;
  score: number;
  cause: string;
}

export interface Breakdown extends Omit<Explanation, 'contributions'> {
  entityId: number;
  since: string;
  contributions: ContributionView[];
  events: CreditEventView[];
  classChanges: ClassChangeView[];
}

const names = (kind: string) => ({ nameZh: INDICATOR_BY_KIND.get(kind)?.zh ?? kind, nameEn: INDICATOR_BY_KIND.get(kind)?.en ?? kind });
const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

/** The day the stored score of an entity is valid for. */
async function storedDay(db: Kysely<DB>, entityId: number): Promise<{ asOf: string; since: string | null }> {
  const row = await creditDb(db).selectFrom('credit_scores').select(['as_of', 'class_since']).where('entity_id', '=', entityId).executeTakeFirst();
  const run = await lastRecomputeDay(db);
  const days = [row?.as_of, run].filter((x): x is string => !!x).sort();
  return { asOf: days.at(-1) ?? today(), since: row?.class_since ?? null };
}

/** The entity's explained score (the stored one: as of its last update or recompute), events and class changes. */
export async function creditBreakdown(db: Kysely<DB>, actor: Actor, entityId: number): Promise<Breakdown> {
  requireOwnOrOversight(actor, entityId);
  const { asOf, since } = await storedDay(db, entityId);
  const x = explain(await entityEventFacts(creditDb(db), entityId, asOf), asOf);
  const c = creditDb(db);
  const events = await c
    .selectFrom('credit_events as e')
    .select(['e.id', 'e.source', 'e.kind', 'e.severity', 'e.occurred_on', 'e.evidence_ref', 'e.note', 'e.recorded_at', 'e.voided_at', 'e.void_reason'])
    .select((eb) => [
      eb.selectFrom('credit_appeals as a').select('a.id').whereRef('a.event_id', '=', 'e.id').orderBy('a.id', 'desc').limit(1).as('appeal_id'),
      eb.selectFrom('credit_appeals as a').select('a.status').whereRef('a.event_id', '=', 'e.id').orderBy('a.id', 'desc').limit(1).as('appeal_status'),
    ])
    .where('e.entity_id', '=', entityId)
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(500)
    .execute();
  const changes = await c
    .selectFrom('credit_class_changes')
    .select(['changed_on', 'from_class', 'to_class', 'score', 'cause'])
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return {
    ...x,
    entityId,
    since: since ?? asOf,
    contributions: x.contributions.map((k) => ({ ...k, ...names(k.kind) })),
    events: events.map((e) => ({
      id: e.id,
      source: e.source,
      kind: e.kind,
      ...names(e.kind),
      severity: e.severity,
      occurredOn: e.occurred_on,
      evidenceRef: e.evidence_ref,
      note: e.note,
      recordedAt: iso(e.recorded_at),
      voided: e.voided_at !== null,
      voidReason: e.void_reason,
      appeal: e.appeal_id != null && e.appeal_status ? { id: Number(e.appeal_id), status: e.appeal_status } : null,
    })),
    classChanges: changes.map((r) => ({ changedOn: r.changed_on, from: r.from_class, to: r.to_class, score: r.score, cause: r.cause })),
  };
}

export interface HistoryPoint {
  date: string;
  score: number;
  class: CreditClass;
}

/** The score at the end of each of the last `months` months and today, from the events as now known (voided ones left out). */
export async function creditHistory(db: Kysely<DB>, actor: Actor, entityId: number, months = 12): Promise<HistoryPoint[]> {
  requireOwnOrOversight(actor, entityId);
  const end = today();
  const first = new Date(`${end.slice(0, 7)}-01T00:00:00Z`);
  first.setUTCMonth(first.getUTCMonth() - Math.min(Math.max(months, 1), 60) + 1);
  const dates: string[] = [];
  for (let m = new Date(first); m.toISOString().slice(0, 10) <= end; m.setUTCMonth(m.getUTCMonth() + 1)) {
    const next = new Date(m);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const last = addDays(next.toISOString().slice(0, 10), -1);
    dates.push([last, end].sort()[0]!);
  }
  const facts = await entityEventFacts(creditDb(db), entityId, addDays(end, 0));
  const older = await entityEventFacts(creditDb(db), entityId, dates[0] ?? end);
  const all = new Map([...older, ...facts].map((f) => [f.id, f]));
  return dates.map((date) => {
    const x = explain([...all.values()], date);
    return { date, score: x.score, class: all.size === 0 ? BASE_CLASS : x.class };
  });
}
