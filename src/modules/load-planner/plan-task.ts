/**
 * The load planner as a task for a worker thread (src/core/work-pool.ts): one
 * plan and its printable loading list from one structured-cloneable input.
 * Bad input is thrown by the planner as AppError('VALIDATION'), which crosses the
 * thread by its code (the pool re-creates it) and so reaches an HTTP caller as a 400.
 */
import { loadingList } from './loading-list.ts';
import { planShipment } from './multi-container.ts';
import type { ShipmentInput, ShipmentOptions, ShipmentPlan } from './types.ts';

export interface PlanTaskInput {
  input: ShipmentInput;
  options: ShipmentOptions;
}

/**
 * A plan and its loading list in one call: the function a worker thread runs
 * (`PLAN_TASK_MODULE`). Throws `VALIDATION` as `planShipment`.
 * @example
 * ```ts
 * const { plan, list } = planWithList({ input: { lots, containers: [standardContainer('40HQ')] }, options: {} });
 * ```
 */
export function planWithList({ input, options }: PlanTaskInput): { plan: ShipmentPlan; list: string } {
  const plan = planShipment(input, options);
  return { plan, list: loadingList(plan) };
}
