/**
 * The service index by department and month (docs/service-desk.md, "Index"):
 * items closed in the month, on-time rate, reopen rate, mean rating, time to
 * close (mean and median hours); plus the live overview (items by state,
 * overdue, escalated) for the operator's pages and the dashboard.
 * Months are China Standard Time (UTC+8, no daylight saving).
 */
import { z } from 'zod';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { SERVICE_STATES, AWAITING_DEPARTMENT } from './states.ts';
import type { ServiceStatus } from './tables.ts';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
export const IndexQuery = z.strictObject({ from: Month.optional(), to: Month.optional() });

export interface ServiceIndexRow {
  month: string;
  departmentId: number;
  departmentCode: string;
  nameZh: string;
  nameEn: string;
  /** Items raised in the month (dispatched to this department when raised or reassigned since). */
  raised: number;
  /** Items closed in the month: the base of every rate below. */
  closed: number;
  onTime: number;
  /** onTime / closed: closed items that never missed a deadline (null without closed items). */
  onTimeRate: number | null;
  reopened: number;
  /** reopened / closed: closed items reopened at least once. */
  reopenRate: number | null;
  rated: number;
  meanRating: number | null;
  meanHoursToClose: number | null;
  medianHoursToClose: number | null;
}

const CST = 8 * 3600_000;
/** The first instant of a month in China Standard Time. */
export function monthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1) - CST);
}
/** The month (CST) an instant falls in. */
export function monthOf(d: Date): string {
  return new Date(d.getTime() + CST).toISOString().slice(0, 7);
}
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
export function prevMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const monthSql = (col: string) => sql<string>`to_char((${sql.ref(col)} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;

/**
 * The index rows for months `from`…`to` (default: the last 12 months to now's), one per department
 * and month with any item raised or closed. The operator and the regulator see every department, a
 * department its own. Throws `VALIDATION` for a range over 36 months or reversed.
 * @example
 * ```ts
 * const rows = await serviceIndex(db, operator, { from: '2026-01', to: '2026-10' });
 * ```
 */
export async function serviceIndex(db: Kysely<DB>, actor: Actor, raw: unknown = {}, now: Date = new Date()): Promise<ServiceIndexRow[]> {
  requireRole(actor, 'operator', 'regulator', 'department');
  const q = parseInput(IndexQuery, raw);
  const to = q.to ?? monthOf(now);
  let from = q.from;
  if (!from) {
    from = to;
    for (let i = 0; i < 11; i++) from = prevMonth(from);
  }
  const a = monthStart(from);
  const b = monthStart(nextMonth(to));
  if (a >= b) throw new AppError('VALIDATION', `the range ${from} … ${to} is empty`, { field: 'from' });
  if (b.getTime() - a.getTime() > 37 * 31 * 86400_000) throw new AppError('VALIDATION', 'at most 36 months at a time', { field: 'from' });
  const dept = actor.role === 'department' ? (actor.entityId ?? -1) : null;
  const onlyDept = dept === null ? sql`true` : sql`i.department_id = ${dept}`;
  const closed = await sql<Record<string, unknown>>`
    select i.department_id, ${monthSql('i.closed_at')} as month, count(*) as closed,
      count(*) filter (where not i.missed_deadline) as on_time,
      count(*) filter (where i.reopen_count > 0) as reopened,
      count(i.rating) as rated, avg(i.rating)::float8 as mean_rating,
      avg(extract(epoch from (i.closed_at - i.created_at)) / 3600)::float8 as mean_hours,
      percentile_cont(0.5) within group (order by extract(epoch from (i.closed_at - i.created_at)) / 3600) as median_hours
    from service_items i
    where i.status = 'closed' and i.closed_at >= ${a} and i.closed_at < ${b} and ${onlyDept}
    group by 1, 2`.execute(db);
  const raised = await sql<{ department_id: number; month: string; n: number }>`
    select i.department_id, ${monthSql('i.created_at')} as month, count(*) as n
    from service_items i
    where i.created_at >= ${a} and i.created_at < ${b} and ${onlyDept}
    group by 1, 2`.execute(db);
  const depts = await sql<{
    entity_id: number;
    code: string;
    name_zh: string;
    name_en: string;
  }>`select entity_id, code, name_zh, name_en from service_departments`.execute(db);
  const byId = new Map(depts.rows.map((d) => [Number(d.entity_id), d]));
  const rows = new Map<string, ServiceIndexRow>();
  const row = (deptId: number, month: string): ServiceIndexRow => {
    const key = `${month}|${deptId}`;
    let r = rows.get(key);
    if (!r) {
      const d = byId.get(deptId);
      r = {
        month,
        departmentId: deptId,
        departmentCode: d?.code ?? '',
        nameZh: d?.name_zh ?? '',
        nameEn: d?.name_en ?? '',
        raised: 0,
        closed: 0,
        onTime: 0,
        onTimeRate: null,
        reopened: 0,
        reopenRate: null,
        rated: 0,
        meanRating: null,
        meanHoursToClose: null,
        medianHoursToClose: null,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const x of raised.rows) row(Number(x.department_id), x.month).raised = Number(x.n);
  for (const x of closed.rows) {
    const r = row(Number(x.department_id), String(x.month));
    r.closed = Number(x.closed);
    r.onTime = Number(x.on_time);
    r.reopened = Number(x.reopened);
    r.rated = Number(x.rated);
    r.onTimeRate = ratio(r.onTime, r.closed);
    r.reopenRate = ratio(r.reopened, r.closed);
    r.meanRating = num(x.mean_rating);
    r.meanHoursToClose = num(x.mean_hours);
    r.medianHoursToClose = num(x.median_hours);
  }
  return [...rows.values()].sort((x, y) => x.month.localeCompare(y.month) || x.departmentCode.localeCompare(y.departmentCode));
}

export interface ServiceOverview {
  byStatus: Record<ServiceStatus, number>;
  /** Items the department owes an answer to past their deadline, now. */
  overdue: number;
  escalated: number;
  byDepartment: { departmentId: number; departmentCode: string; nameZh: string; nameEn: string; open: number; overdue: number }[];
}

/** Items by state and overdue now (operator and regulator: all; a department: its own). */
export async function serviceOverview(db: Kysely<DB>, actor: Actor, now: Date = new Date()): Promise<ServiceOverview> {
  requireRole(actor, 'operator', 'regulator', 'department');
  const onlyDept = actor.role === 'department' ? sql`i.department_id = ${actor.entityId ?? -1}` : sql`true`;
  const awaiting = sql.join(AWAITING_DEPARTMENT.map((s) => sql`${s}`));
  const r = await sql<{
    entity_id: number;
    code: string;
    name_zh: string;
    name_en: string;
    status: ServiceStatus | null;
    n: number;
    overdue: number;
    escalated: number;
  }>`
    select d.entity_id, d.code, d.name_zh, d.name_en, i.status, count(i.id) as n,
      count(i.id) filter (where i.status in (${awaiting}) and i.due_at < ${now}) as overdue,
      count(i.id) filter (where i.status in (${awaiting}) and i.escalation_level > 0) as escalated
    from service_departments d left join service_items i on i.department_id = d.entity_id and ${onlyDept}
    where ${actor.role === 'department' ? sql`d.entity_id = ${actor.entityId ?? -1}` : sql`true`}
    group by 1, 2, 3, 4, 5 order by 2`.execute(db);
  const byStatus = Object.fromEntries(SERVICE_STATES.map((s) => [s, 0])) as Record<ServiceStatus, number>;
  const depts = new Map<number, ServiceOverview['byDepartment'][number]>();
  let overdue = 0;
  let escalated = 0;
  for (const x of r.rows) {
    const id = Number(x.entity_id);
    const d = depts.get(id) ?? { departmentId: id, departmentCode: x.code, nameZh: x.name_zh, nameEn: x.name_en, open: 0, overdue: 0 };
    depts.set(id, d);
    if (!x.status) continue;
    byStatus[x.status] += Number(x.n);
    if (x.status !== 'closed') d.open += Number(x.n);
    d.overdue += Number(x.overdue);
    overdue += Number(x.overdue);
    escalated += Number(x.escalated);
  }
  return { byStatus, overdue, escalated, byDepartment: [...depts.values()] };
}
