/** Public face of the commodity index (义乌·中国小商品指数). Method: docs/commodity-index.md. */
export * from './formulas/index.ts';
export { addDays, collectionDateOf, collectionDays, lastCompleteWeek, mondayOf, weekLabel, weekStart, weeksBetween, COLLECTION_DAYS } from './calendar.ts';
export {
  collectListedPrices,
  COLLECT_BATCH,
  isDayCollected,
  ObservationInput,
  PRICE_TYPES,
  recordObservations,
  SOURCES,
  type CollectOptions,
  type ObservationSource,
  type PriceType,
} from './observations.ts';
export { MAX_SURVEY_ROWS, SURVEY_COLUMNS, uploadSurvey, type SurveyError, type SurveyReport } from './survey.ts';
export { baseWeek, computeWeek, METHOD, PRICE_BASE, prosperityValues, type RunState, type WeekResult } from './run.ts';
export { getRelease, listReleases, type Release } from './releases.ts';
export { indexRunPool, runIndex, RunInput, type RunOptions, type RunResult } from './run-index.ts';
export {
  getSeries,
  observationsVersion,
  seriesCacheOf,
  seriesTable,
  SeriesQuery,
  type NodeSeries,
  type SeriesOptions,
  type SeriesPoint,
  type SeriesResponse,
} from './series.ts';
export { computeAnalysis, type AnalysisTask } from './series-compute.ts';
export { SeriesCache, type SeriesCacheStats } from './series-cache.ts';
export { activitySeason, clearIndexData, loadDemoHistory, priceSeason, type DemoHistoryOptions, type DemoHistoryReport } from './demo-history.ts';
export { indexTick, lastCollectionDay, startIndexScheduler, type SchedulerOptions, type TickResult } from './scheduler.ts';
export { loadTree, MARKET_NODE, type IndexTree } from './tree.ts';
export { pullWeek, repackWeeks, scanWeek } from './data-path.ts';
export { activityOf, activitySql } from './activity.ts';
export { COMMODITY_INDEX_MIGRATIONS } from './migrations/index.ts';
