/**
 * The red list (诚信红名单): each year's honour list of trustworthy merchants,
 * foreign buyers and firms, drawn from the credit events by published rules
 * (`REDLIST_RULES`, docs/credit-governance.md). For year Y the period runs
 * from Y-01-01 to E = min(Y-12-31, today); an entity qualifies when
 *
 * 1. its class (the model's `explain` on the events) is A at the end of every
 *    month of the period and at E — "class A all year", read from the events
 *    themselves, so a recompute gives the same list;
 * 2. it has no negative event (not voided) that occurred in the period;
 * 3. it was never on the blacklist during the period;
 *
 * and the list keeps the top `perCategory` qualifiers per category by score at
 * E (ties: lower entity id first). Categories: `merchant` (entities of kind
 * merchant), `foreign_buyer` (buyers outside CN), `firm` (export agents).
 * Stored per year (a recompute replaces the year's rows); audited.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { parseInput } from '../../../core/validation.ts';
import { getEntity } from '../../market/index.ts';
import { explain } from '../explain.ts';
import { RECENT_DAYS } from '../model.ts';
import { entityEventFacts, today } from '../scores.ts';
import { creditDb } from '../tables.ts';
import { audit } from './audit.ts';
import { govDb, type RedListCategory } from './tables.ts';

export const REDLIST_RULES =
  'redlist-v1: class A at every month end of the year, no negative event in the year, never blacklisted in the year; top N per category by score';
export const REDLIST_CATEGORIES: readonly RedListCategory[] = ['merchant', 'foreign_buyer', 'firm'];

export const RedListCompute = z.strictObject({ year: z.number().int().min(2000).max(2999), perCategory: z.number().int().min(1).max(1000).default(10) });
export const RedListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2999),
  category: z.enum(['merchant', 'foreign_buyer', 'firm']).optional(),
});

export interface RedListEntry {
  year: number;
  category: RedListCategory;
  rank: number;
  entityId: number;
  entityNameZh: string | null;
  entityNameEn: string | null;
  /** Score at the end of the period, hundredths of a point. */
  score: number;
}

function monthEnds(start: string, end: string): string[] {
  const out: string[] = [];
  const y = Number(start.slice(0, 4));
  for (let m = 1; m <= 12; m++) {
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (last <= end) out.push(last);
  }
  return [...out, end];
}

/** The qualifiers of a year by category and rank (pure of side effects; `computeRedList` stores them). */
export async function drawRedList(db: Kysely<DB>, year: number, perCategory: number, asOf = today()): Promise<RedListEntry[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  if (end < start) return [];
  const g = govDb(db);
  // A needs positive events (the base score is class B): candidates had one that still counted in the period.
  const candidates = await creditDb(db)
    .selectFrom('credit_events as e')
    .select('e.entity_id')
    .distinct()
    .where('e.severity', '=', 'positive')
    .where('e.voided_at', 'is', null)
    .where('e.occurred_on', '>', sql<string>`(${start}::date - ${RECENT_DAYS}::int)`)
    .where('e.occurred_on', '<=', end)
    .where(({ not, exists }) =>
      not(
        exists(
          creditDb(db)
            .selectFrom('credit_events as n')
            .select('n.id')
            .where('n.entity_id', '=', sql.ref<number>('e.entity_id'))
            .where('n.severity', '<>', 'positive')
            .where('n.voided_at', 'is', null)
            .where('n.occurred_on', '>=', start)
            .where('n.occurred_on', '<=', end),
        ),
      ),
    )
    .where(({ not, exists }) =>
      not(
        exists(
          g
            .selectFrom('credit_blacklist as b')
            .select('b.id')
            .where('b.entity_id', '=', sql.ref<number>('e.entity_id'))
            .where(sql<boolean>`(b.listed_at::date <= ${end} and (b.removed_at is null or b.removed_at::date >= ${start}))`),
        ),
      ),
    )
    .orderBy('e.entity_id')
    .execute();
  const dates = monthEnds(start, end);
  const scored: { entityId: number; score: number }[] = [];
  for (const { entity_id } of candidates) {
    const facts = await entityEventFacts(creditDb(db), entity_id, start);
    if (!dates.every((d) => explain(facts, d).class === 'A')) continue;
    scored.push({ entityId: entity_id, score: explain(facts, end).score });
  }
  scored.sort((a, b) => b.score - a.score || a.entityId - b.entityId);
  const out: RedListEntry[] = [];
  const count: Record<RedListCategory, number> = { merchant: 0, foreign_buyer: 0, firm: 0 };
  for (const s of scored) {
    const e = await getEntity(db, s.entityId);
    const category: RedListCategory | null =
      e.kind === 'merchant' ? 'merchant' : e.kind === 'buyer' && e.country !== 'CN' ? 'foreign_buyer' : e.kind === 'agent' ? 'firm' : null;
    if (!category || count[category] >= perCategory) continue;
    count[category] += 1;
    out.push({ year, category, rank: count[category], entityId: s.entityId, entityNameZh: e.nameZh, entityNameEn: e.nameEn, score: s.score });
  }
  return out;
}

/** Compute and store a year's red list (regulator), replacing the year's rows; audited with the rules. */
export async function computeRedList(db: Kysely<DB>, actor: Actor, raw: unknown, asOf = today()): Promise<RedListEntry[]> {
  requireRole(actor, 'regulator', 'operator');
  const { year, perCategory } = parseInput(RedListCompute, raw);
  const list = await drawRedList(db, year, perCategory, asOf);
  await db.transaction().execute(async (tx) => {
    const g = govDb(tx);
    await g.deleteFrom('credit_redlist').where('year', '=', year).execute();
    if (list.length > 0)
      await g
        .insertInto('credit_redlist')
        .values(list.map((e) => ({ year, category: e.category, rank: e.rank, entity_id: e.entityId, score: String(e.score), rules: REDLIST_RULES })))
        .execute();
    await audit(tx, actor, 'redlist.compute', null, REDLIST_RULES, { year, perCategory, asOf, entities: list.map((e) => e.entityId) });
  });
  return list;
}

/** A year's stored red list (public), by category and rank. */
export async function listRedList(db: Kysely<DB>, raw: unknown): Promise<RedListEntry[]> {
  const q = parseInput(RedListQuery, raw);
  let s = govDb(db).selectFrom('credit_redlist').selectAll().where('year', '=', q.year);
  if (q.category) s = s.where('category', '=', q.category);
  const rows = await s.orderBy('category').orderBy('rank').execute();
  const out: RedListEntry[] = [];
  for (const r of rows) {
    const e = await getEntity(db, r.entity_id);
    out.push({
      year: r.year,
      category: r.category,
      rank: r.rank,
      entityId: r.entity_id,
      entityNameZh: e.nameZh,
      entityNameEn: e.nameEn,
      score: Number(r.score),
    });
  }
  return out;
}

/** The red-list badges of an entity (public): every year it was on the list. */
export async function redListBadges(db: Kysely<DB>, entityId: number): Promise<{ year: number; category: RedListCategory; rank: number }[]> {
  const rows = await govDb(db)
    .selectFrom('credit_redlist')
    .select(['year', 'category', 'rank'])
    .where('entity_id', '=', entityId)
    .orderBy('year', 'desc')
    .execute();
  return rows;
}
