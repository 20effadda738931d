/**
 * Scores kept per entity: the incremental update after a new or voided event
 * (one entity, inside the caller's transaction), and the reads others rely on —
 * `currentClasses` and `creditStanding`.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { EventFact } from './explain.ts';
import { addDays, BASE_SCORE, classFor, daysBetween, INDICATOR_BY_KIND, MAX_CUTOFF_DAYS, RECENT_DAYS } from './model.ts';
import { creditDb, type CreditClass, type CreditDB, type Severity, type Source } from './tables.ts';

/** Today in UTC (YYYY-MM-DD). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The class of an entity with no counting event. */
export const BASE_CLASS: CreditClass = classFor(BASE_SCORE, null);

/** The events of one entity that can count on `asOf` (voided ones included, marked), newest first. */
export async function entityEventFacts(db: Kysely<CreditDB>, entityId: number, asOf: string): Promise<EventFact[]> {
  const rows = await db
    .selectFrom('credit_events')
    .select(['id', 'kind', 'severity', 'source', 'occurred_on', 'voided_at'])
    .where('entity_id', '=', entityId)
    .where('occurred_on', '>', addDays(asOf, -MAX_CUTOFF_DAYS))
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, source: r.source, occurredOn: r.occurred_on, voided: r.voided_at !== null }));
}

/**
 * Re-score one entity on `asOf` and store it; a class change is recorded with its cause.
 * Runs inside the caller's transaction as one call of `credit_rescore` (migration 027, body generated
 * from the model in terms.ts): it creates the score row if missing and locks it (a no-op update), so
 * concurrent events of one entity are applied one after the other and the later one (its next statement
 * takes a new snapshot) sees them all; then it computes the score from the entity's event terms with the
 * full recompute's arithmetic (the same as `explain`), stores it and records a class change. Being a
 * PL/pgSQL function, its statements are planned once per connection.
 */
export async function refreshScore(tx0: Transaction<DB>, entityId: number, cause: { text: string; eventId?: number }, asOf = today()): Promise<void> {
  // One call: lock or create the score row, re-score from the terms, store, record a class change (terms.ts rescoreFunctionSql).
  await sql`select credit_rescore(${entityId}, ${asOf}::date, ${cause.text}, ${cause.eventId ?? null})`.execute(tx0);
}

/**
 * The stored class of each entity (an entity without a score row has the base score: class B).
 * @example
 * ```ts
 * const classes = await currentClasses(db, [7, 8]); // Map { 7 => 'A', 8 => 'B' }
 * ```
 */
export async function currentClasses(db: Kysely<DB>, entityIds: readonly number[]): Promise<Map<number, CreditClass>> {
  const ids = [...new Set(entityIds)].filter((n) => Number.isSafeInteger(n) && n > 0);
  const m = new Map<number, CreditClass>();
  for (const id of ids) m.set(id, BASE_CLASS);
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await creditDb(db)
      .selectFrom('credit_scores')
      .select(['entity_id', 'credit_class'])
      .where('entity_id', 'in', ids.slice(i, i + 10_000))
      .execute();
    for (const r of rows) m.set(r.entity_id, r.credit_class);
  }
  return m;
}

/**
 * A fingerprint of every stored credit class (count, and a sum of hashes of entity and class):
 * it changes whenever a class is stored, changed or removed, so a reader that keeps classes (the
 * search index) reads them all again only then. One aggregate over credit_scores.
 */
export async function creditClassesVersion(db: Kysely<DB>): Promise<string> {
  const r = await sql<{
    v: string;
  }>`select count(*)::text || '/' || coalesce(sum(hashtext(entity_id::text || credit_class))::text, '0') as v from credit_scores`.execute(db);
  return r.rows[0]?.v ?? '';
}

export interface SeriousEvent {
  eventId: number;
  kind: string;
  severity: Severity;
  source: Source;
  occurredOn: string;
  /** The indicator's name (English) and the department's note, if any. */
  reason: string;
  reasonZh: string;
}

export interface CreditStanding {
  entityId: number;
  /** Hundredths of a point (70000 = 700.00). */
  score: number;
  class: CreditClass;
  /** The day the entity entered its class. */
  since: string;
  asOf: string;
  /** Serious and severe events of the last RECENT_DAYS days, newest first (voided ones left out). */
  recentSerious: SeriousEvent[];
}

/** Recent serious or severe events of an entity (for standings and trade-risk warnings). */
export async function recentSeriousEvents(db: Kysely<DB>, entityId: number, asOf = today()): Promise<SeriousEvent[]> {
  const rows = await creditDb(db)
    .selectFrom('credit_events')
    .select(['id', 'kind', 'severity', 'source', 'occurred_on', 'note'])
    .where('entity_id', '=', entityId)
    .where('severity', 'in', ['serious', 'severe'])
    .where('voided_at', 'is', null)
    .where('occurred_on', '>', addDays(asOf, -RECENT_DAYS))
    .where('occurred_on', '<=', asOf)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows
    .filter((r) => daysBetween(r.occurred_on, asOf) < RECENT_DAYS)
    .map((r) => {
      const ind = INDICATOR_BY_KIND.get(r.kind);
      const note = r.note ? `: ${r.note}` : '';
      return {
        eventId: r.id,
        kind: r.kind,
        severity: r.severity,
        source: r.source,
        occurredOn: r.occurred_on,
        reason: `${ind?.en ?? r.kind}${note}`,
        reasonZh: `${ind?.zh ?? r.kind}${note}`,
      };
    });
}

/** An entity's stored score and class, since when, and its recent serious events. */
export async function creditStanding(db: Kysely<DB>, entityId: number): Promise<CreditStanding> {
  const row = await creditDb(db)
    .selectFrom('credit_scores')
    .select(['score', 'credit_class', 'class_since', 'as_of'])
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  const asOf = row?.as_of ?? today();
  return {
    entityId,
    score: row?.score ?? BASE_SCORE,
    class: row?.credit_class ?? BASE_CLASS,
    since: row?.class_since ?? asOf,
    asOf,
    recentSerious: await recentSeriousEvents(db, entityId, today()),
  };
}
