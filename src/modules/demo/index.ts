export { loadDemo, resetData, isEmpty, publishedDemoAccounts, DEMO_ACCOUNTS, type LoadReport, type DemoAccount, type LoadProgress } from './load.ts';
export { scaleOf, SCALES, type Scale } from './scale.ts';
export { generateMarket, type GenMarket } from './market-gen.ts';
export { generateProducts, PRODUCT_COLUMNS } from './product-gen.ts';
export { Rng } from './rng.ts';
export { PRODUCT_KINDS, type ProductKind } from './vocabulary.ts';
