/**
 * Departments and the dispatch rules. A department is an authority entity
 * (market module) with a code here; a rule sends a category of problem to one
 * department with a deadline in hours for normal and for urgent items. The
 * operator edits the rules; a change applies to items raised after it.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { ensureAuthority } from '../market/index.ts';
import { serviceDb, iso } from './tables.ts';

/** The departments a market office works with (市场吹哨、部门报到), created by `setupServiceDesk`. */
export const DEFAULT_DEPARTMENTS = [
  { code: 'supervision', nameZh: '市场监督管理局', nameEn: 'Market Supervision Bureau' },
  { code: 'fire', nameZh: '消防救援大队', nameEn: 'Fire and Rescue Brigade' },
  { code: 'property', nameZh: '市场物业管理处', nameEn: 'Market Property Management' },
  { code: 'customs', nameZh: '义乌海关', nameEn: 'Yiwu Customs' },
  { code: 'tax', nameZh: '税务局', nameEn: 'Tax Bureau' },
  { code: 'police', nameZh: '市场派出所', nameEn: 'Market Police Station' },
  { code: 'service_centre', nameZh: '市场服务中心', nameEn: 'Market Service Centre' },
] as const;

/** Categories of problem with their default department and deadlines (hours: normal, urgent). docs/service-desk.md explains them. */
export const DEFAULT_RULES = [
  { category: 'product_quality', department: 'supervision', hoursNormal: 72, hoursUrgent: 24 },
  { category: 'ip_infringement', department: 'supervision', hoursNormal: 120, hoursUrgent: 48 },
  { category: 'trade_dispute', department: 'supervision', hoursNormal: 72, hoursUrgent: 24 },
  { category: 'fire_hazard', department: 'fire', hoursNormal: 24, hoursUrgent: 4 },
  { category: 'facility_repair', department: 'property', hoursNormal: 48, hoursUrgent: 8 },
  { category: 'sanitation_order', department: 'property', hoursNormal: 48, hoursUrgent: 12 },
  { category: 'customs_clearance', department: 'customs', hoursNormal: 72, hoursUrgent: 24 },
  { category: 'tax_invoice', department: 'tax', hoursNormal: 120, hoursUrgent: 48 },
  { category: 'theft_security', department: 'police', hoursNormal: 24, hoursUrgent: 2 },
  { category: 'other', department: 'service_centre', hoursNormal: 72, hoursUrgent: 24 },
] as const;

export interface Department {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface DispatchRule {
  category: string;
  departmentId: number;
  departmentCode: string;
  hoursNormal: number;
  hoursUrgent: number;
  updatedAt: string;
}

const Hours = z.number().int().min(1).max(2160);
export const RuleInput = z
  .strictObject({ departmentCode: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/), hoursNormal: Hours, hoursUrgent: Hours })
  .refine((r) => r.hoursUrgent <= r.hoursNormal, { message: 'an urgent deadline is not longer than the normal one', path: ['hoursUrgent'] });
export const CategoryCode = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'a category code: lower-case letters, digits and _');

/**
 * Create the default departments (authority entities with their codes) and the default rules,
 * leaving whatever exists as it is (an edited rule is not reset). Operator only; idempotent.
 * @example
 * ```ts
 * await setupServiceDesk(db, SYSTEM);
 * ```
 */
export async function setupServiceDesk(db0: Kysely<DB>, actor: Actor): Promise<{ departments: number; rules: number }> {
  requireRole(actor, 'operator');
  return db0.transaction().execute(async (tx0) => {
    const tx = serviceDb(tx0);
    const ids = new Map<string, number>();
    for (const d of DEFAULT_DEPARTMENTS) {
      const had = await tx.selectFrom('service_departments').select('entity_id').where('code', '=', d.code).executeTakeFirst();
      if (had) {
        ids.set(d.code, had.entity_id);
        continue;
      }
      const id = await ensureAuthority(tx0, d);
      await tx.insertInto('service_departments').values({ entity_id: id, code: d.code, name_zh: d.nameZh, name_en: d.nameEn }).execute();
      ids.set(d.code, id);
    }
    for (const r of DEFAULT_RULES)
      await tx
        .insertInto('service_rules')
        .values({
          category: r.category,
          department_id: ids.get(r.department)!,
          hours_normal: r.hoursNormal,
          hours_urgent: r.hoursUrgent,
          updated_by: actor.userId,
        })
        .onConflict((oc) => oc.column('category').doNothing())
        .execute();
    return { departments: ids.size, rules: DEFAULT_RULES.length };
  });
}

/** Every department of the service desk (anyone signed in: the raise form names where a problem goes). */
export async function listDepartments(db: Kysely<DB>): Promise<Department[]> {
  const rows = await serviceDb(db).selectFrom('service_departments').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ id: r.entity_id, code: r.code, nameZh: r.name_zh, nameEn: r.name_en }));
}

/** The department an authority entity is (null: not a department of the service desk). */
export async function departmentOf(db: Kysely<DB>, entityId: number): Promise<Department | null> {
  const r = await serviceDb(db).selectFrom('service_departments').selectAll().where('entity_id', '=', entityId).executeTakeFirst();
  return r ? { id: r.entity_id, code: r.code, nameZh: r.name_zh, nameEn: r.name_en } : null;
}

/** The dispatch rules, by category. */
export async function listRules(db: Kysely<DB>): Promise<DispatchRule[]> {
  const rows = await serviceDb(db)
    .selectFrom('service_rules as r')
    .innerJoin('service_departments as d', 'd.entity_id', 'r.department_id')
    .select(['r.category', 'r.department_id', 'd.code', 'r.hours_normal', 'r.hours_urgent', 'r.updated_at'])
    .orderBy('r.category')
    .execute();
  return rows.map((r) => ({
    category: r.category,
    departmentId: r.department_id,
    departmentCode: r.code,
    hoursNormal: r.hours_normal,
    hoursUrgent: r.hours_urgent,
    updatedAt: iso(r.updated_at),
  }));
}

/**
 * The operator sets (or adds) the rule of a category: its department and deadlines. Items already
 * raised keep their department and deadline. Throws `VALIDATION` for an unknown department code.
 */
export async function setRule(db0: Kysely<DB>, actor: Actor, category: string, raw: unknown): Promise<DispatchRule> {
  requireRole(actor, 'operator');
  const cat = parseInput(CategoryCode, category, 'category');
  const input = parseInput(RuleInput, raw);
  const db = serviceDb(db0);
  const dept = await db.selectFrom('service_departments').select('entity_id').where('code', '=', input.departmentCode).executeTakeFirst();
  if (!dept) throw new AppError('VALIDATION', `no department has the code ${input.departmentCode}`, { field: 'departmentCode' });
  const values = {
    department_id: dept.entity_id,
    hours_normal: input.hoursNormal,
    hours_urgent: input.hoursUrgent,
    updated_by: actor.userId,
    updated_at: new Date(),
  };
  await db
    .insertInto('service_rules')
    .values({ category: cat, ...values })
    .onConflict((oc) => oc.column('category').doUpdateSet(values))
    .execute();
  return (await listRules(db0)).find((r) => r.category === cat)!;
}
