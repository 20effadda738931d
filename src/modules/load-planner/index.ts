/** Container load planner: public face of the module (re-exports only). */
export type {
  CargoType,
  CartonPlacement,
  ContainerPlan,
  ContainerSpace,
  ContainerTypeInput,
  Dims,
  LotInput,
  PackOptions,
  PackProblem,
  PackResult,
  PackStats,
  Placement,
  ShipmentInput,
  ShipmentOptions,
  ShipmentPlan,
} from './types.ts';
export { parseBR } from './br-format.ts';
export type { BRProblem } from './br-format.ts';
export { orientationsOf, isAllowedOrientation } from './orientations.ts';
export { packContainer } from './planner.ts';
export { planShipment, checkShipmentInput, planFloorMs } from './multi-container.ts';
export { validatePacking } from './validate.ts';
export type { ValidateOptions, ValidationResult } from './validate.ts';
export { validatePlan } from './validate-plan.ts';
export { lotsFromCsv, lotsFromRows, lotsFromXlsx, parseCsv, LOT_COLUMNS } from './lots.ts';
export { loadingList } from './loading-list.ts';
export { planWithList, type PlanTaskInput } from './plan-task.ts';
/** The module a worker thread loads to run `planWithList` (the planner's entry point for work pools). */
export const PLAN_TASK_MODULE: URL = new URL('./plan-task.ts', import.meta.url);
export { STANDARD_CONTAINERS, DEFAULT_PRICES_MINOR, standardContainer } from './containers.ts';
