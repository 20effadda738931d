/**
 * Response schemas of the service desk API, checked against the module's types
 * at compile time like src/http/responses-trade.ts.
 */
import { z } from 'zod';
import type * as service from '../modules/service-desk/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();

export const ServiceStatus = z.enum(['dispatched', 'accepted', 'replied', 'reopened', 'closed']).meta({ id: 'ServiceStatus' });
export const ServiceAction = z.enum(['accept', 'reply', 'confirm', 'reopen', 'reassign']).meta({ id: 'ServiceAction' });

export const ServiceDepartment = z.object({ id: int(), code: z.string(), nameZh: z.string(), nameEn: z.string() }).meta({ id: 'ServiceDepartment' });
same<z.infer<typeof ServiceDepartment>, service.Department>(true);

export const DispatchRule = z
  .object({ category: z.string(), departmentId: int(), departmentCode: z.string(), hoursNormal: int(), hoursUrgent: int(), updatedAt: z.string() })
  .meta({ id: 'DispatchRule', description: 'A category of problem goes to one department, due within hoursNormal (or hoursUrgent) calendar hours' });
same<z.infer<typeof DispatchRule>, service.DispatchRule>(true);

const Step = z.object({
  seq: int(),
  at: z.string(),
  actorRole: z.string().meta({ description: "The role that made the step, or 'system' for the sweep" }),
  action: z.enum(['raise', 'accept', 'reply', 'confirm', 'reopen', 'reassign', 'escalate', 'auto_close']),
  from: ServiceStatus.nullable(),
  to: ServiceStatus,
  note: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
same<z.infer<typeof Step>, service.ServiceStepView>(true);

export const ServiceItem = z
  .object({
    id: int(),
    raiserId: int(),
    raiserRole: z.enum(['merchant', 'buyer']),
    stallId: int().nullable(),
    category: z.string(),
    urgency: z.enum(['normal', 'urgent']),
    description: z.string(),
    photos: z.array(z.object({ url: z.string() })),
    departmentId: int(),
    departmentCode: z.string(),
    status: ServiceStatus,
    dueAt: z.string(),
    overdue: z.boolean().meta({ description: 'The department owes an answer and the deadline has passed' }),
    missedDeadline: z.boolean().meta({ description: 'A deadline of this item was missed at some point (counts against the on-time rate)' }),
    escalationLevel: int().meta({ description: '0 none, 1 the department head, 2 the market office' }),
    escalatedTo: z.enum(['department_head', 'market_office']).nullable(),
    reopenCount: int(),
    reply: z.string().nullable(),
    rating: int().nullable(),
    ratingNote: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    repliedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.enum(['raiser', 'sweep']).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    allowed: z.array(ServiceAction).meta({ description: 'What the caller may do to the item now' }),
    steps: z.array(Step).optional(),
  })
  .meta({ id: 'ServiceItem' });
same<z.infer<typeof ServiceItem>, service.ServiceItemView>(true);

export const ServiceItemPage = z.object({ items: z.array(ServiceItem), total: int(), page: int(), pageSize: int() }).meta({ id: 'ServiceItemPage' });
same<z.infer<typeof ServiceItemPage>, service.ServiceItemPage>(true);

export const SweepResult = z
  .object({ escalated: z.array(z.object({ id: int(), level: int(), to: z.enum(['department_head', 'market_office']) })), autoClosed: z.array(int()) })
  .meta({ id: 'ServiceSweepResult' });
same<z.infer<typeof SweepResult>, service.SweepResult>(true);

const rate = () => z.number().nullable();
export const ServiceIndexRow = z
  .object({
    month: z.string(),
    departmentId: int(),
    departmentCode: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    raised: int(),
    closed: int(),
    onTime: int(),
    onTimeRate: rate(),
    reopened: int(),
    reopenRate: rate(),
    rated: int(),
    meanRating: rate(),
    meanHoursToClose: rate(),
    medianHoursToClose: rate(),
  })
  .meta({ id: 'ServiceIndexRow', description: 'One department in one month (CST); rates are over the items closed in the month (docs/service-desk.md)' });
same<z.infer<typeof ServiceIndexRow>, service.ServiceIndexRow>(true);

const count = () => int();
export const ServiceOverview = z
  .object({
    byStatus: z.object({ dispatched: count(), accepted: count(), replied: count(), reopened: count(), closed: count() }),
    overdue: int(),
    escalated: int(),
    byDepartment: z.array(z.object({ departmentId: int(), departmentCode: z.string(), nameZh: z.string(), nameEn: z.string(), open: int(), overdue: int() })),
  })
  .meta({ id: 'ServiceOverview' });
same<z.infer<typeof ServiceOverview>, service.ServiceOverview>(true);
