/**
 * The service desk (市场吹哨、部门报到): merchants and buyers raise problems,
 * the dispatch rules send them to a department with a deadline, the
 * department accepts and replies, the raiser confirms with a rating or
 * reopens; overdue items escalate; a service index by department and month.
 * Public face of the module (re-exports only). Method: docs/service-desk.md.
 */
export {
  setupServiceDesk,
  listDepartments,
  departmentOf,
  listRules,
  setRule,
  RuleInput,
  CategoryCode,
  DEFAULT_DEPARTMENTS,
  DEFAULT_RULES,
  type Department,
  type DispatchRule,
} from './departments.ts';
export { raiseItem, listItems, getItem, RaiseInput, ItemQuery, MAX_PHOTOS, type ServiceItemView, type ServiceItemPage, type ServiceStepView } from './items.ts';
export { actOnItem, ActionInput } from './moves.ts';
export { allowedServiceActions, SERVICE_ACTIONS, SERVICE_MOVES, SERVICE_STATES, AWAITING_DEPARTMENT, type ServiceAction } from './states.ts';
export {
  sweepServiceItems,
  runSweep,
  startServiceSweeper,
  escalationLevelAt,
  SECOND_ESCALATION_HOURS,
  AUTO_CLOSE_DAYS,
  type SweepResult,
} from './sweep.ts';
export { serviceIndex, serviceOverview, IndexQuery, Month, monthOf, monthStart, type ServiceIndexRow, type ServiceOverview } from './service-index.ts';
export { monthlyReport, MAX_REPORT_ITEMS } from './report.ts';
export type { ServiceStatus, Urgency, StepAction, EscalationTarget } from './tables.ts';
export { SERVICE_DESK_MIGRATIONS } from './migrations/index.ts';
