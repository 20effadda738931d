/**
 * The load planner as a task for a worker thread (src/core/work-pool.ts): one
 * plan and its printable loading list from one structured-cloneable input.
 * Bad input is thrown as AppError('VALIDATION'), which crosses the thread with
 * its code and so reaches an HTTP caller as a 400.
 */
import { AppError } from '../../core/errors.ts';
import { loadingList } from './loading-list.ts';
import { planShipment, ShipmentInputError } from './multi-container.ts';
import type { ShipmentInput, ShipmentOptions, ShipmentPlan } from './types.ts';

export interface PlanTaskInput {
  input: ShipmentInput;
  options: ShipmentOptions;
}

export function planWithList({ input, options }: PlanTaskInput): { plan: ShipmentPlan; list: string } {
  try {
    const plan = planShipment(input, options);
    return { plan, list: loadingList(plan) };
  } catch (e) {
    if (e instanceof ShipmentInputError) throw new AppError('VALIDATION', e.message);
    throw e;
  }
}
