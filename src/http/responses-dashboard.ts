/** Response schema of the operator's dashboard (src/flows/dashboard.ts), checked against the flow's type at compile time. */
import { z } from 'zod';
import type { Dashboard as DashboardView } from '../flows/dashboard.ts';
import { ServiceOverview } from './responses-service.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const Point = z.object({ week: z.string(), value: z.number() });

export const Dashboard = z
  .object({
    generatedAt: z.string(),
    stalls: z.object({
      period: z.string().nullable().meta({ description: 'The quarter shown (the latest evaluated unless asked); null before any evaluation' }),
      runId: int().nullable(),
      byGrade: z.array(z.object({ grade: int(), stalls: int() })),
      byDistrict: z.array(z.object({ districtId: int(), grade: int(), stalls: int() })),
      idle: int(),
      districts: z.array(z.object({ id: int(), market: z.string(), no: int(), nameZh: z.string(), nameEn: z.string() })),
    }),
    idleStalls: z.array(
      z.object({
        stallId: int(),
        holderId: int(),
        districtId: int(),
        score: z.number(),
        grade: int(),
        flag: z.object({ id: int(), status: z.string(), deadline: z.string() }).nullable(),
      }),
    ),
    openRounds: z.array(
      z.object({ id: int(), stallId: int(), method: z.string(), status: z.string(), closesOn: z.string(), startsOn: z.string(), applications: int() }),
    ),
    service: ServiceOverview,
    trade: z.array(
      z.object({
        week: z.string(),
        orders: int(),
        value: z.record(z.string(), int()).meta({ description: 'Minor units by ISO 4217 currency' }),
        activeMerchants: int(),
        activeBuyers: int(),
      }),
    ),
    commodityIndex: z.object({ price: z.array(Point), prosperity: z.array(Point) }),
  })
  .meta({ id: 'Dashboard' });
same<z.infer<typeof Dashboard>, DashboardView>(true);
