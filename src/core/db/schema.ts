import type { ColumnType, Generated } from 'kysely';

type Json = unknown;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MarketsTable { id: number; code: string; name_zh: string; name_en: string; locode: Generated<string> }
export interface DistrictsTable {
  id: number; market_id: number; no: number; name_zh: string; name_en: string; floors: number;
  top_categories: ColumnType<string[], string[] | undefined, string[]>;
}
export interface StallsTable {
  id: Generated<number>; market_id: number; district_id: number; floor: number; street: number; number: number;
  area_m2: Generated<number>;
  shop_name_zh: string | null; shop_name_en: string | null; intro_zh: string | null; intro_en: string | null; phone: string | null;
}
export interface EntitiesTable {
  id: Generated<number>; kind: 'merchant' | 'buyer' | 'agent' | 'operator'; uscc: string | null;
  name_zh: string | null; name_en: string | null; country: Generated<string>; created_at: Timestamp;
}
export interface StallHoldingsTable {
  id: Generated<number>; stall_id: number; entity_id: number; valid_from: string; valid_to: string | null; note: string | null;
}
export interface CategoriesTable { id: number; parent_id: number | null; code: string; level: number; name_zh: string; name_en: string }
export interface ProductsTable {
  id: Generated<number>; merchant_id: number; stall_id: number | null; category_id: number; sku: string;
  title_zh: string | null; title_en: string | null; description_zh: string | null; description_en: string | null;
  titles: ColumnType<Record<string, string>, string | undefined, string>;
  attributes: ColumnType<Record<string, string>, string | undefined, string>;
  unit: string; moq: number; currency: string;
  price_tiers: ColumnType<{ minQty: number; unitPrice: number }[], string, string>;
  base_price: number; stock: Generated<number>; hs_code: string;
  carton_units: number; carton_length_mm: number; carton_width_mm: number; carton_height_mm: number; carton_gross_g: number;
  images: ColumnType<string[], string | undefined, string>;
  status: Generated<'active' | 'hidden'>;
  created_at: Timestamp; updated_at: Timestamp;
}
export interface UsersTable {
  id: Generated<number>; username: string; password_hash: string; role: 'operator' | 'merchant' | 'buyer' | 'agent';
  entity_id: number | null; display_name: string | null; created_at: Timestamp;
}
export interface SessionsTable { token_hash: string; user_id: number; expires_at: Timestamp }

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
}
export type { Json };
