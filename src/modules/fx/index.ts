/**
 * Exchange rates: a maintained, dated table of each currency's rate against
 * CNY, the rate in force on a date, and exact conversion of minor units
 * between ISO 4217 currencies (docs/fx.md). Public face of the module.
 */
export {
  REFERENCE_CURRENCY,
  RATE_DECIMALS,
  RATE_SCALE,
  parseRate,
  formatRate,
  divRoundHalfUp,
  conversionFactor,
  convertMinor,
  convertWith,
  type RateInForce,
  type RateTable,
} from './rate-math.ts';
export {
  setDayRates,
  storeRates,
  listRatesInForce,
  rateHistory,
  ratesInForce,
  rateInForce,
  convertAt,
  todayUtc,
  CurrencyCode,
  IsoDate,
  DayRatesInput,
  RatesQuery,
  HistoryQuery,
  ConvertQuery,
  type RateView,
  type RatesInForceView,
  type ConversionView,
  type RateRow,
} from './rates.ts';
export { importRates, MAX_RATE_ROWS, type RatesImportReport } from './rates-import.ts';
export { FX_MIGRATIONS } from './migrations/index.ts';
