/**
 * Market procurement export (mode 1039, BRIEF.md §5; docs/export.md). Public
 * face of the module.
 *
 * Declarations (pure, no database): a consignment's lots into customs
 * declarations of at most USD 150,000 each, as few as practical, one line per
 * HS code or, with more than five codes, the five highest-value codes and one
 * merged line per HS chapter of the rest.
 *
 * ```ts
 * import { splitDeclarations } from '../modules/export/index.ts';
 * const { declarations, summary } = splitDeclarations({ date, rates, lots });
 * ```
 */
export {
  splitDeclarations,
  splitExact,
  type DeclarationSplit,
  type SplitSummary,
} from './declarations/split.ts';
export {
  ConsignmentInput,
  DeclarationLot,
  PerUsdRate,
  readConsignment,
  MAX_LOTS,
  type DeclarationLotInput,
  type ExactConsignment,
  type ExactLot,
  type ExactRate,
} from './declarations/input.ts';
export { DECLARATION_CAP_USD_MINOR, MAX_DECLARATIONS, lotUsdMinor } from './declarations/pack.ts';
export {
  MAX_KINDS_LINE_BY_LINE,
  MIXED_UNITS_UNIT,
  MIXED_CURRENCIES_CURRENCY,
  type Declaration,
  type DeclarationLine,
  type LineLot,
} from './declarations/lines.ts';

// Consolidation, inspection before loading, load plans, containers and documents (docs/export.md).
export { EXPORT_MIGRATIONS } from './migrations/index.ts';
export {
  openConsignment,
  listConsignments,
  getConsignment,
  moveConsignment,
  OpenConsignmentInput,
  ConsignmentQuery,
  MoveInput,
  UnLocode,
  CONSIGNMENT_MOVES,
  type ConsignmentView,
  type LotCounts,
} from './consignments.ts';
export { receiveLot, consignmentLots, merchantLots, ReceiveLotInput, LotQuery, type LotView, type TradeLine } from './lots.ts';
export { setInspection, inspectionHistory, InspectionInput, INSPECTION_MOVES, MAX_INSPECTION_LOTS, type InspectionChange } from './inspection.ts';
export {
  loadPlanTask,
  saveLoadPlan,
  getLoadPlan,
  numberContainer,
  plannerLot,
  PlanOptions,
  ContainerInput,
  type LoadPlanView,
  type ContainerView,
} from './load-plans.ts';
export { charValue, iso6346CheckDigit, isContainerNumber, parseContainerNumber, containerNumber, CONTAINER_NUMBER } from './iso6346.ts';
export {
  documentSource,
  exactConsignment,
  buildDocuments,
  type DocumentSource,
  type ConsignmentDocuments,
  type BuyerIdentity,
  type Party,
  type PackingRow,
} from './documents.ts';
export { documentTables, DOCUMENT_KINDS, type DocumentKind } from './document-tables.ts';
export { renderDocumentXlsx } from './documents-xlsx.ts';
export { renderDocumentPdf } from './documents-pdf.ts';
export { DOCUMENT_FORMATS, type DocumentFormat, documentFile, documentFiles, documentPdfBytes, documentXlsx } from './documents-render.ts';
export { CONSIGNMENT_STATUSES, INSPECTION_STATUSES, type ConsignmentStatus, type InspectionStatus, type PlanStatus } from './tables.ts';
