export { parseStallAddress, formatStallAddress, type StallAddress } from './address.ts';
export { checkUscc, makeUscc, usccCheckChar } from './uscc.ts';
export { registerEntity, getEntity, listEntities, EntityInput, type Entity } from './entities.ts';
export { getStall, findStallByAddress, listStalls, updateStall, listDistricts, listMarkets, StallPatch, StallQuery, type Stall } from './stalls.ts';
export { transferStall, releaseStall, stallHistory, currentStallsOf, TransferInput, type Holding } from './holdings.ts';
export { MARKET_MIGRATIONS } from './migrations/index.ts';
export { merchantTenure, entityIdsOfKind } from './tenure.ts';
