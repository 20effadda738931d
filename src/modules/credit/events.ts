/**
 * Credit events in: one by one (`recordCreditEvent`) or as a delivery of many
 * (`recordCreditEvents`, also behind the xlsx/CSV batch import). Delivery is
 * idempotent on (source, external id): an event delivered again unchanged
 * changes nothing; a delivery is all or nothing and every bad row is reported
 * as { row, column, code, reason }. New events update their entities' scores
 * in the same transaction.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { sheetRejected, type SheetError } from '../../core/spreadsheet/sheet-table.ts';
import { entityKinds } from '../market/index.ts';
import { INDICATOR_BY_KIND, severityFits } from './model.ts';
import { refreshScore, today } from './scores.ts';
import { creditDb, SEVERITIES, SOURCES, type Severity, type Source } from './tables.ts';

/** At most this many events per delivery. */
export const MAX_EVENTS_PER_DELIVERY = 20_000;

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a real date');

export const CreditEventInput = z.strictObject({
  entityId: z.number().int().positive(),
  source: z.enum(SOURCES),
  kind: z.string().trim().min(1).max(60),
  /** Defaults to the indicator's own severity. */
  severity: z.enum(SEVERITIES).optional(),
  occurredOn: IsoDate,
  evidenceRef: z.string().trim().min(1).max(500),
  externalId: z.string().trim().min(1).max(200),
  note: z.string().trim().max(2000).optional(),
});
export type CreditEventInput = z.input<typeof CreditEventInput>;

/** A problem of one input row: `row` is 1-based (the sheet's row number for batches), `column` the field. */
export type EventProblem = SheetError & { code: string };

export interface DeliveryReport {
  /** Events new to the platform (recorded now). */
  inserted: number;
  /** Events already delivered with the same content (nothing changed). */
  unchanged: number;
  /** The id of each input row's event, in input order. */
  ids: number[];
  batchId: number | null;
  /** Entities whose scores were updated. */
  entities: number[];
}

interface Clean {
  row: number;
  entityId: number;
  source: Source;
  kind: string;
  severity: Severity;
  occurredOn: string;
  evidenceRef: string;
  externalId: string;
  note: string | null;
}

const sameContent = (a: Clean, b: { entity_id: number; kind: string; severity: string; occurred_on: string; evidence_ref: string }): boolean =>
  a.entityId === b.entity_id && a.kind === b.kind && a.severity === b.severity && a.occurredOn === b.occurred_on && a.evidenceRef === b.evidence_ref;

function mayReport(actor: Actor, source: Source): boolean {
  if (actor.role === 'operator') return true;
  if (source === 'platform') return false;
  if (actor.role === 'customs') return source === 'customs';
  return actor.role === 'regulator' || actor.role === 'department';
}

/** Check every row; problems are collected, not thrown. */
function validate(actor: Actor, inputs: readonly unknown[], rowNo: (i: number) => number, problems: EventProblem[]): Clean[] {
  const clean: Clean[] = [];
  const now = today();
  inputs.forEach((raw, i) => {
    const row = rowNo(i);
    const p = CreditEventInput.safeParse(raw);
    if (!p.success) {
      for (const issue of p.error.issues) {
        const column = String(issue.path[0] ?? 'row');
        const missing = issue.code === 'invalid_type' && (raw as Record<string, unknown> | null)?.[column] === undefined;
        problems.push({ row, column, code: missing ? 'REQUIRED' : 'INVALID', reason: issue.message });
      }
      return;
    }
    const e = p.data;
    const ind = INDICATOR_BY_KIND.get(e.kind);
    const bad = (column: string, code: string, reason: string): void => void problems.push({ row, column, code, reason });
    if (!ind) return bad('kind', 'UNKNOWN_KIND', `no indicator "${e.kind}" in the credit model (docs/credit.md)`);
    if (!ind.sources.includes(e.source)) return bad('kind', 'KIND_NOT_FROM_SOURCE', `${e.kind} is reported by ${ind.sources.join(', ')}, not ${e.source}`);
    if (!mayReport(actor, e.source)) return bad('source', 'SOURCE_NOT_ALLOWED', `a ${actor.role} user cannot report events of ${e.source}`);
    const severity = e.severity ?? ind.defaultSeverity;
    if (!severityFits(ind, severity))
      return bad('severity', 'SEVERITY_MISMATCH', ind.sign === 1 ? `${e.kind} is positive` : `${e.kind} is negative: minor, moderate, serious or severe`);
    if (e.occurredOn > now) return bad('occurredOn', 'FUTURE_DATE', `${e.occurredOn} is after today`);
    if (e.occurredOn < '2000-01-01') return bad('occurredOn', 'INVALID', 'before 2000-01-01');
    clean.push({ row, ...e, kind: e.kind, severity, note: e.note || null });
  });
  return clean;
}

const row = (c: Clean, batchId: number | null, actor: Actor) => ({
  entity_id: c.entityId,
  source: c.source,
  kind: c.kind,
  severity: c.severity,
  occurred_on: c.occurredOn,
  evidence_ref: c.evidenceRef,
  external_id: c.externalId,
  note: c.note,
  batch_id: batchId,
  recorded_by: actor.userId,
});

async function inTransaction<T>(db: Kysely<DB>, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
}

/**
 * Record a delivery of events, all or nothing: any bad row → 422 IMPORT_REJECTED with every problem
 * ({ row, column, code, reason }) and nothing written. Rows already delivered with the same content
 * count as unchanged; a resent delivery changes nothing (no batch, no score update).
 * Runs in the caller's transaction when given one.
 */
export async function recordCreditEvents(
  db: Kysely<DB>,
  actor: Actor,
  inputs: readonly unknown[],
  opts: { fileName?: string; rowNo?: (i: number) => number; sha256?: string } = {},
): Promise<DeliveryReport> {
  requireRole(actor, 'operator', 'regulator', 'department', 'customs');
  if (inputs.length === 0) throw new AppError('VALIDATION', 'no events to record');
  if (inputs.length > MAX_EVENTS_PER_DELIVERY) throw new AppError('VALIDATION', `at most ${MAX_EVENTS_PER_DELIVERY} events per delivery; split it`);
  const rowNo = opts.rowNo ?? ((i: number) => i + 1);
  const problems: EventProblem[] = [];
  const clean = validate(actor, inputs, rowNo, problems);
  const kinds = await entityKinds(
    db,
    clean.map((c) => c.entityId),
  );
  const firstOf = new Map<string, Clean>();
  for (const c of clean) {
    const k = kinds.get(c.entityId);
    if (k === undefined) problems.push({ row: c.row, column: 'entityId', code: 'UNKNOWN_ENTITY', reason: `entity ${c.entityId} does not exist` });
    else if (k === 'authority' || k === 'operator')
      problems.push({ row: c.row, column: 'entityId', code: 'ENTITY_NOT_RATED', reason: `entity ${c.entityId} is an ${k}` });
    const key = `${c.source}\u0000${c.externalId}`;
    const first = firstOf.get(key);
    if (!first) firstOf.set(key, c);
    else if (
      !sameContent(c, { entity_id: first.entityId, kind: first.kind, severity: first.severity, occurred_on: first.occurredOn, evidence_ref: first.evidenceRef })
    )
      problems.push({ row: c.row, column: 'externalId', code: 'DUPLICATE_IN_DELIVERY', reason: `row ${first.row} has the same id with other content` });
  }
  return inTransaction(db, async (tx0) => {
    const tx = creditDb(tx0);
    const only = firstOf.size === 1 ? [...firstOf.values()][0]! : undefined;
    if (only && problems.length === 0 && !opts.fileName) {
      // one event (the common case of the API and the trade feed): insert first, look for a previous delivery only on conflict
      const r = await tx
        .insertInto('credit_events')
        .values(row(only, null, actor))
        .onConflict((oc) => oc.columns(['source', 'external_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (r) {
        await refreshScore(tx0, only.entityId, { text: `event ${only.source}/${only.externalId}`, eventId: r.id });
        return { inserted: 1, unchanged: 0, ids: clean.map(() => r.id), batchId: null, entities: [only.entityId] };
      }
    }
    const existing = new Map<string, { id: number; entity_id: number; kind: string; severity: string; occurred_on: string; evidence_ref: string }>();
    const bySource = new Map<Source, string[]>();
    for (const c of firstOf.values()) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.externalId]);
    for (const [source, ids] of bySource) {
      for (let i = 0; i < ids.length; i += 5000) {
        const rows = await tx
          .selectFrom('credit_events')
          .select(['id', 'external_id', 'entity_id', 'kind', 'severity', 'occurred_on', 'evidence_ref'])
          .where('source', '=', source)
          .where('external_id', 'in', ids.slice(i, i + 5000))
          .execute();
        for (const r of rows) existing.set(`${source}\u0000${r.external_id}`, r);
      }
    }
    for (const c of clean) {
      const old = existing.get(`${c.source}\u0000${c.externalId}`);
      if (old && !sameContent(c, old))
        problems.push({
          row: c.row,
          column: 'externalId',
          code: 'CHANGED_AFTER_DELIVERY',
          reason: `event ${c.source}/${c.externalId} was delivered before with other content; void it by appeal instead`,
        });
    }
    if (problems.length > 0)
      throw sheetRejected(
        problems.sort((a, b) => a.row - b.row),
        'nothing was recorded',
        'deliver the events again',
      );
    const fresh = [...firstOf.values()].filter((c) => !existing.has(`${c.source}\u0000${c.externalId}`));
    let batchId: number | null = null;
    if (fresh.length > 1 || opts.fileName) {
      if (fresh.length > 0) {
        const sha = opts.sha256 ?? createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
        const b = await tx
          .insertInto('credit_batches')
          .values({
            source: fresh[0]!.source,
            file_name: opts.fileName ?? null,
            sha256: sha,
            row_count: inputs.length,
            inserted: fresh.length,
            recorded_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        batchId = b.id;
      }
    }
    const ids = new Map<string, number>();
    for (const [k, v] of existing) ids.set(k, v.id);
    for (let i = 0; i < fresh.length; i += 1000) {
      const part = fresh.slice(i, i + 1000);
      const rows = await tx
        .insertInto('credit_events')
        .values(part.map((c) => row(c, batchId, actor)))
        .onConflict((oc) => oc.columns(['source', 'external_id']).doNothing())
        .returning(['id', 'source', 'external_id'])
        .execute();
      for (const r of rows) ids.set(`${r.source}\u0000${r.external_id}`, r.id);
    }
    const lastOf = new Map<number, Clean>();
    for (const c of fresh) lastOf.set(c.entityId, c);
    const entities = [...lastOf.keys()].sort((a, b) => a - b);
    for (const entityId of entities) {
      const last = lastOf.get(entityId)!;
      await refreshScore(tx0, entityId, { text: `event ${last.source}/${last.externalId}`, eventId: ids.get(`${last.source}\u0000${last.externalId}`) });
    }
    return {
      inserted: fresh.length,
      unchanged: firstOf.size - fresh.length,
      ids: clean.map((c) => ids.get(`${c.source}\u0000${c.externalId}`)!),
      batchId,
      entities,
    };
  });
}

/**
 * Record one event (idempotent on source + external id). Bad input → 422 IMPORT_REJECTED listing its problems.
 * @example
 * ```ts
 * await recordCreditEvent(db, regulator, { entityId: 7, source: 'market_supervision', kind: 'false_advertising',
 *   occurredOn: '2026-05-02', evidenceRef: 'JXSJ-2026-0117', externalId: 'case-0117' });
 * ```
 */
export async function recordCreditEvent(db: Kysely<DB>, actor: Actor, input: unknown): Promise<{ id: number; inserted: boolean }> {
  const r = await recordCreditEvents(db, actor, [input]);
  return { id: r.ids[0]!, inserted: r.inserted === 1 };
}
