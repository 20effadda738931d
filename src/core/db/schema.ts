import type { ColumnType, Generated } from 'kysely';

type Json = unknown;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MarketsTable {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  locode: Generated<string>;
}
export interface DistrictsTable {
  id: number;
  market_id: number;
  no: number;
  name_zh: string;
  name_en: string;
  floors: number;
  top_categories: ColumnType<string[], string[] | undefined, string[]>;
}
export interface StallsTable {
  id: Generated<number>;
  market_id: number;
  district_id: number;
  floor: number;
  street: number;
  number: number;
  area_m2: Generated<number>;
  shop_name_zh: string | null;
  shop_name_en: string | null;
  intro_zh: string | null;
  intro_en: string | null;
  phone: string | null;
}
export interface EntitiesTable {
  id: Generated<number>;
  kind: 'merchant' | 'buyer' | 'agent' | 'operator' | 'authority';
  uscc: string | null;
  name_zh: string | null;
  name_en: string | null;
  country: Generated<string>;
  created_at: Timestamp;
}
export interface StallHoldingsTable {
  id: Generated<number>;
  stall_id: number;
  entity_id: number;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
}
export interface CategoriesTable {
  id: number;
  parent_id: number | null;
  code: string;
  level: number;
  name_zh: string;
  name_en: string;
}
export interface ProductsTable {
  id: Generated<number>;
  merchant_id: number;
  stall_id: number | null;
  category_id: number;
  sku: string;
  title_zh: string | null;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  titles: ColumnType<Record<string, string>, string | undefined, string>;
  attributes: ColumnType<Record<string, string>, string | undefined, string>;
  unit: string;
  moq: number;
  currency: string;
  price_tiers: ColumnType<{ minQty: number; unitPrice: number }[], string, string>;
  base_price: number;
  stock: Generated<number>;
  hs_code: string;
  carton_units: number;
  carton_length_mm: number;
  carton_width_mm: number;
  carton_height_mm: number;
  carton_gross_g: number;
  images: ColumnType<string[], string | undefined, string>;
  status: Generated<'active' | 'hidden'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: 'operator' | 'merchant' | 'buyer' | 'agent' | 'customs' | 'regulator' | 'department';
  entity_id: number | null;
  display_name: string | null;
  created_at: Timestamp;
}
export interface SessionsTable {
  token_hash: string;
  user_id: number;
  expires_at: Timestamp;
  // migration 005
  id: Generated<number>;
  created_at: Timestamp;
  last_used_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}
export interface SignInFailuresTable {
  username: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
  lockouts: number;
  updated_at: Timestamp;
}
export interface ProductChangesTable {
  seq: Generated<number>;
  product_id: number;
  op: 'u' | 'd';
  changed_at: Timestamp;
  xid: Generated<string>;
}
export interface DatabaseIdentityTable {
  singleton: Generated<boolean>;
  id: Generated<string>;
  products_epoch: Generated<number>;
}

export interface DB {
  markets: MarketsTable;
  districts: DistrictsTable;
  stalls: StallsTable;
  entities: EntitiesTable;
  stall_holdings: StallHoldingsTable;
  categories: CategoriesTable;
  products: ProductsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  product_changes: ProductChangesTable;
  database_identity: DatabaseIdentityTable;
}
export type { Json };

// ─── commodity index (migration 002) ────────────────────────────────────────
export type IndexPriceType = 'in-market' | 'online' | 'order' | 'export';
export type IndexSource = 'listed' | 'survey' | 'order';
export interface IndexItemsTable {
  id: Generated<number>;
  product_id: number;
  merchant_id: number;
  category_id: number;
  price_type: IndexPriceType;
  currency: string;
  first_week: string;
}
export interface IndexSurveyBatchesTable {
  id: Generated<number>;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
  file_name: string | null;
  rows: number;
}
export interface IndexObservationsTable {
  id: Generated<number>;
  item_id: number;
  product_id: number;
  merchant_id: number;
  category_id: number;
  obs_date: string;
  collection_date: string;
  price: number;
  quantity: number | null;
  value: number | null;
  source: IndexSource;
  buyer_id: number | null;
  batch_id: number | null;
}
export interface IndexWeightsTable {
  year: number;
  category_id: number;
  weight: number;
  reference: string;
}
export interface IndexReleasesTable {
  id: Generated<number>;
  released_at: Timestamp;
  kind: 'regular' | 'revision';
  first_week: string;
  last_week: string;
  note: string | null;
  released_by: number | null;
  method: string;
}
export interface IndexValuesTable {
  release_id: number;
  series: 'price' | 'prosperity';
  node: string;
  week: string;
  value: number;
  detail: ColumnType<Json, string | null, string | null>;
}
export interface IndexStatesTable {
  week: string;
  item_count: number;
  ref_price: Uint8Array;
  imputed_runs: Uint8Array;
  item_category: Uint8Array;
  aggregate: ColumnType<Json, string, string>;
  computed_at: Timestamp;
}
export interface IndexActivityTable {
  week: string;
  category_id: number;
  traded_value: number;
  volume: number;
  order_count: number;
  active_merchants: number;
  active_buyers: number;
  new_listings: number;
}
export interface DB {
  index_items: IndexItemsTable;
  index_survey_batches: IndexSurveyBatchesTable;
  index_observations: IndexObservationsTable;
  index_weights: IndexWeightsTable;
  index_releases: IndexReleasesTable;
  index_values: IndexValuesTable;
  index_states: IndexStatesTable;
  index_activity: IndexActivityTable;
}
