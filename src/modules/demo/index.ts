export { loadDemo, resetData, isEmpty, publishedDemoAccounts, DEMO_ACCOUNTS, type LoadReport, type DemoAccount, type LoadProgress } from './load.ts';
export { scaleOf, SCALES, type Scale } from './scale.ts';
export { generateMarket, type GenMarket } from './market-gen.ts';
export { generateProducts, PRODUCT_COLUMNS } from './product-gen.ts';
export { Rng } from '../../core/random.ts';
export { searchDocFromProductRow, demoSearchDocs, demoQuality } from './search-docs.ts';
export { loadTradeHistory, tradeDefaults, type DemoTradeFlows, type TradeHistoryOptions, type TradeHistoryReport } from './trade-history.ts';
export { loadServiceDeskDemo, serviceDemoUsername, SERVICE_DEMO_PASSWORD, type ServiceDemoReport } from './service-desk-demo.ts';
