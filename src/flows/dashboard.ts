/**
 * The operator's dashboard: one read across the market's modules for the
 * market office — stalls by grade and district and the idle stalls of the
 * latest evaluated quarter, open re-allocation rounds (stall evaluation),
 * service items by state and overdue (service desk), trade volume and active
 * merchants by week (trade), and the latest commodity index (price and
 * prosperity of the whole market). Operator only. `dashboardWorkbook`
 * (dashboard-sheet.ts) writes the same figures to xlsx.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { requireRole, type Actor } from '../core/auth/actor.ts';
import { parseInput } from '../core/validation.ts';
import { districtNames } from '../modules/market/index.ts';
import { gradeSummary, idleStalls, openRounds, type GradeSummary, type IdleStall } from '../modules/stall-evaluation/index.ts';
import { serviceOverview, type ServiceOverview } from '../modules/service-desk/index.ts';
import { weeklyTrade, type WeeklyTrade } from '../modules/trade/index.ts';
import { getSeries } from '../modules/commodity-index/index.ts';

export const DashboardQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}Q[1-4]$/, 'a quarter as YYYYQn')
    .optional(),
  weeks: z.coerce.number().int().min(4).max(104).default(12),
});

/** At most this many idle stalls are listed (the count covers them all). */
export const DASHBOARD_IDLE_LIMIT = 50;

export interface DashboardRound {
  id: number;
  stallId: number;
  method: string;
  status: string;
  closesOn: string;
  startsOn: string;
  applications: number;
}
export interface IndexPoint {
  week: string;
  value: number;
}
export interface Dashboard {
  generatedAt: string;
  stalls: GradeSummary & { districts: { id: number; market: string; no: number; nameZh: string; nameEn: string }[] };
  idleStalls: IdleStall[];
  openRounds: DashboardRound[];
  service: ServiceOverview;
  trade: WeeklyTrade[];
  commodityIndex: { price: IndexPoint[]; prosperity: IndexPoint[] };
}

async function indexTail(db: Kysely<DB>, series: 'price' | 'prosperity', weeks: number): Promise<IndexPoint[]> {
  const r = await getSeries(db, { series, category: 'ALL' });
  const pts = r.nodes.find((n) => n.node === 'ALL')?.points ?? [];
  return pts.slice(-weeks).map((p) => ({ week: p.week, value: p.value }));
}

/**
 * Everything on the dashboard. Throws `FORBIDDEN` for anyone but the operator, `VALIDATION` for a bad query.
 * @example
 * ```ts
 * const d = await dashboard(db, operator, { weeks: 12 });
 * console.log(d.stalls.byGrade, d.service.overdue, d.trade.at(-1));
 * ```
 */
export async function dashboard(db: Kysely<DB>, actor: Actor, raw: unknown = {}, now: Date = new Date()): Promise<Dashboard> {
  requireRole(actor, 'operator');
  const q = parseInput(DashboardQuery, raw);
  const period = q.period ? { period: q.period } : {};
  const [grades, idle, rounds, service, trade, price, prosperity, districts] = await Promise.all([
    gradeSummary(db, period),
    idleStalls(db, { ...period, limit: DASHBOARD_IDLE_LIMIT }),
    openRounds(db),
    serviceOverview(db, actor, now),
    weeklyTrade(db, { weeks: q.weeks, now }),
    indexTail(db, 'price', q.weeks),
    indexTail(db, 'prosperity', q.weeks),
    districtNames(db),
  ]);
  const used = new Set(grades.byDistrict.map((d) => d.districtId));
  return {
    generatedAt: now.toISOString(),
    stalls: { ...grades, districts: districts.filter((d) => used.has(d.id)) },
    idleStalls: idle,
    openRounds: rounds.map((r) => ({
      id: r.id,
      stallId: r.stallId,
      method: r.method,
      status: r.status,
      closesOn: r.closesOn,
      startsOn: r.startsOn,
      applications: r.applications,
    })),
    service,
    trade,
    commodityIndex: { price, prosperity },
  };
}
