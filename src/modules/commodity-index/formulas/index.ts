/** Public face of the commodity-index formula library. Method: docs/commodity-index.md. */
export * from './types.ts';
export { Accumulator, compensatedSum, dot, naturalCompare, sumOf } from './numeric.ts';
export {
  bilateralIndex,
  bilateralLogIndex,
  carli,
  dutot,
  fisher,
  harmonic,
  jevons,
  laspeyres,
  logFisher,
  logJevons,
  logTornqvist,
  paasche,
  tornqvist,
  walsh,
} from './bilateral.ts';
export { buildPanel, matchPeriods, type MatchedComparison, type Observation, type PeriodOrder } from './panel.ts';
export {
  bilateralSeries,
  chainedSeries,
  chainLinks,
  chainLogLinks,
  comparison,
  fixedBaseSeries,
  type BilateralSeriesOptions,
} from './chaining.ts';
export {
  geksLogLevels,
  geksSeries,
  geksWindow,
  SPLICE_METHODS,
  spliceLogFactor,
  type GeksBase,
  type GeksOptions,
  type LogBilateral,
  type SpliceMethod,
} from './geks.ts';
export {
  DEFAULT_MAX_IMPUTED_PERIODS,
  DEFAULT_OUTLIER_RULE,
  elementaryLinks,
  elementaryStep,
  initialElementaryState,
  quantileSorted,
  type ElementaryConfig,
  type ElementaryState,
  type ElementaryStepResult,
  type ImputationMethod,
  type OutlierRule,
  type PeriodObservations,
} from './elementary.ts';
export {
  aggregateStep,
  aggregateTree,
  chainedAggregate,
  imputeLeafLinks,
  initialAggregateState,
  relink,
  treeOrder,
  type AggregateState,
  type AggregationMethod,
  type CategoryTree,
  type ChainedAggregateInput,
  type TreeOrder,
} from './aggregate.ts';
export {
  PROSPERITY_BASE,
  PROSPERITY_COMPONENTS,
  prosperityIndex,
  PUBLISHED_PROSPERITY_WEIGHTS,
  type ActivityMeasures,
  type ProsperityComponent,
  type ProsperityOptions,
  type ProsperityResult,
  type ProsperityWeights,
} from './prosperity.ts';
export { csvProblemsOf, formatCsvProblems, parseObservationsCsv, splitCsv, type CsvOptions, type CsvProblem, type CsvResult } from './csv.ts';
export { computeSeries, type SeriesOptions } from './series.ts';
