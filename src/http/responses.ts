/**
 * Response schemas of the HTTP API (the bodies the handlers really return).
 * Each is checked at compile time against the module's own return type
 * (`same<…>()` below) and at run time by the response serializer
 * (src/http/openapi.ts), so the OpenAPI document cannot drift from the code.
 * Schemas with an `id` become named components of /openapi.json.
 */
import { z } from 'zod';
import type * as catalog from '../modules/catalog/index.ts';
import type * as market from '../modules/market/index.ts';
import type * as index from '../modules/commodity-index/index.ts';
import type * as loading from '../modules/load-planner/index.ts';
import type { SignedIn } from '../core/auth/index.ts';
import { ProductImage } from './responses-media.ts';

/** Compile-time check that a schema's output and a module type are the same shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};

const int = () => z.number().int();
const nullableString = () => z.string().nullable();
const Names = { nameZh: z.string(), nameEn: z.string() };

// ---- auth -------------------------------------------------------------------
export const Role = z.enum(['operator', 'merchant', 'buyer', 'agent', 'customs', 'regulator', 'department']).meta({ id: 'Role' });
export const User = z.object({ id: int(), username: z.string(), role: Role, entityId: int().nullable(), displayName: nullableString() }).meta({ id: 'User' });
export const Session = z
  .object({
    token: z.string().meta({ description: 'Bearer token; send as Authorization: Bearer <token>' }),
    sessionId: int(),
    expiresAt: z.string(),
    user: User,
  })
  .meta({ id: 'Session' });
same<z.output<typeof Session>, SignedIn>(true);

// ---- market -----------------------------------------------------------------
export const Market = z.object({ code: z.string(), locode: z.string(), ...Names }).meta({ id: 'Market' });
export const District = z.object({ no: int(), floors: int(), market: z.string(), ...Names, topCategories: z.array(z.string()) }).meta({ id: 'District' });
export const Stall = z
  .object({
    id: int(),
    market: z.object({ code: z.string(), ...Names }),
    district: z.object({ no: int(), ...Names }),
    floor: int(),
    street: int(),
    number: int(),
    address: z.string(),
    addressZh: z.string(),
    areaM2: z.number(),
    shopNameZh: nullableString(),
    shopNameEn: nullableString(),
    introZh: nullableString(),
    introEn: nullableString(),
    phone: nullableString(),
    holder: z.object({ entityId: int(), nameZh: nullableString(), nameEn: nullableString(), since: z.string() }).nullable(),
  })
  .meta({ id: 'Stall' });
export const StallPage = z.object({ items: z.array(Stall), total: int(), page: int() }).meta({ id: 'StallPage' });
export const Holding = z
  .object({
    id: int(),
    stallId: int(),
    entityId: int(),
    entityNameZh: nullableString(),
    entityNameEn: nullableString(),
    validFrom: z.string(),
    validTo: nullableString(),
    note: nullableString(),
  })
  .meta({ id: 'Holding' });
export const Entity = z
  .object({ id: int(), kind: z.string(), uscc: nullableString(), nameZh: nullableString(), nameEn: nullableString(), country: z.string() })
  .meta({ id: 'Entity' });
export const EntityPage = z.object({ items: z.array(Entity), total: int() }).meta({ id: 'EntityPage' });
export const UsccCheck = z
  .discriminatedUnion('ok', [z.object({ ok: z.literal(true), code: z.string() }), z.object({ ok: z.literal(false), reason: z.string() })])
  .meta({ id: 'UsccCheck' });
same<z.output<typeof Stall>, market.Stall>(true);
same<z.output<typeof Holding>, market.Holding>(true);
same<z.output<typeof Entity>, market.Entity>(true);
same<z.output<typeof UsccCheck>, ReturnType<typeof market.checkUscc>>(true);
same<z.output<typeof Market>[], Awaited<ReturnType<typeof market.listMarkets>>>(true);
same<z.output<typeof District>[], Awaited<ReturnType<typeof market.listDistricts>>>(true);

// ---- catalogue --------------------------------------------------------------
export const CategoryTreeNode: z.ZodType<catalog.CategoryTreeNode> = z
  .object({
    id: int(),
    code: z.string(),
    level: int(),
    ...Names,
    parentCode: nullableString(),
    productCount: int().optional(),
    children: z.array(z.lazy(() => CategoryTreeNode)),
  })
  .meta({ id: 'CategoryTreeNode' });
const CategoryRef = z.object({ code: z.string(), ...Names });
export const CategoryPage = z
  .object({ code: z.string(), level: int(), ...Names, ancestors: z.array(CategoryRef), children: z.array(CategoryRef) })
  .meta({ id: 'Category' });
export const Product = z
  .object({
    id: int(),
    sku: z.string(),
    merchant: z.object({ id: int(), nameZh: nullableString(), nameEn: nullableString() }),
    stall: z.object({ id: int(), address: z.string(), addressZh: z.string(), market: z.string(), district: int() }).nullable(),
    category: CategoryRef,
    titleZh: nullableString(),
    titleEn: nullableString(),
    descriptionZh: nullableString(),
    descriptionEn: nullableString(),
    titles: z.record(z.string(), z.string()),
    attributes: z.record(z.string(), z.string()),
    unit: z.string(),
    moq: int(),
    currency: z.string(),
    priceTiers: z.array(z.object({ minQty: int(), unitPrice: int().meta({ description: 'Minor units of currency' }) })),
    stock: int(),
    hsCode: z.string(),
    carton: z.object({ units: int(), lengthCm: z.number(), widthCm: z.number(), heightCm: z.number(), grossKg: z.number() }),
    images: z.array(z.string()),
    mainImage: ProductImage.nullable(),
    status: z.enum(['active', 'hidden']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });
export const ProductCard = Product.pick({
  id: true,
  sku: true,
  merchant: true,
  stall: true,
  category: true,
  titleZh: true,
  titleEn: true,
  unit: true,
  moq: true,
  currency: true,
  priceTiers: true,
  stock: true,
  mainImage: true,
}).meta({
  id: 'ProductCard',
  description: 'What a results list shows of a product; the whole product (descriptions, attributes, carton, HS code, pictures) is GET /api/products/{id}',
});
export const ProductPage = z.object({ items: z.array(Product), total: int(), page: int(), pageSize: int() }).meta({ id: 'ProductPage' });
export const ImportReport = z.object({ rows: int(), created: int(), updated: int() }).meta({ id: 'ImportReport' });
export const SpreadsheetColumn = z
  .object({ key: z.string(), zh: z.string(), en: z.string(), required: z.literal(true).optional() })
  .meta({ id: 'SpreadsheetColumn' });
same<z.output<typeof CategoryTreeNode>, catalog.CategoryTreeNode>(true);
same<z.output<typeof CategoryPage>, Awaited<ReturnType<typeof catalog.getCategory>>>(true);
same<z.output<typeof Product>, catalog.Product>(true);
same<z.output<typeof ProductCard>, catalog.ProductCard>(true);
same<z.output<typeof ProductPage>, Awaited<ReturnType<typeof catalog.listProducts>>>(true);
same<z.output<typeof ImportReport>, catalog.ImportReport>(true);

// ---- commodity index ----------------------------------------------------------
export const Release = z
  .object({
    id: int(),
    releasedAt: z.string(),
    kind: z.enum(['regular', 'revision']),
    firstWeek: z.string(),
    lastWeek: z.string(),
    note: nullableString(),
    method: z.string(),
  })
  .meta({ id: 'IndexRelease' });
export const Series = z
  .object({
    series: z.enum(['price', 'prosperity']),
    formula: z.string(),
    base: z.number(),
    release: Release.nullable(),
    note: z.string().optional(),
    nodes: z.array(
      z.object({
        node: z.string(),
        ...Names,
        level: int(),
        points: z.array(z.object({ week: z.string(), date: z.string(), value: z.number(), release: int().nullable(), detail: z.unknown().optional() })),
      }),
    ),
  })
  .meta({ id: 'IndexSeries' });
export const RunResult = z
  .object({
    status: z.enum(['published', 'revised', 'unchanged']),
    release: Release.nullable(),
    weeks: z.array(z.string()),
    message: z.string(),
    timings: z.record(z.string(), z.number()),
  })
  .meta({ id: 'IndexRunResult' });
export const SurveyReport = z.object({ batchId: int(), rows: int(), items: int() }).meta({ id: 'SurveyReport' });
export const IndexMethod = z
  .object({
    method: z.string(),
    priceBase: z.number(),
    prosperityBase: z.number(),
    prosperityWeights: z.object({
      tradedValue: z.number(),
      volume: z.number(),
      orderCount: z.number(),
      activeMerchants: z.number(),
      activeBuyers: z.number(),
      newListings: z.number(),
    }),
    formulas: z.array(z.string()).readonly(),
    collectionDays: z.array(z.string()),
    document: z.string(),
  })
  .meta({ id: 'IndexMethod' });
same<z.output<typeof Release>, index.Release>(true);
same<z.output<typeof Series>, index.SeriesResponse>(true);
same<z.output<typeof RunResult>, index.RunResult>(true);
same<z.output<typeof SurveyReport>, index.SurveyReport>(true);

// ---- loading ------------------------------------------------------------------
export const ContainerType = z
  .object({ code: z.string(), lengthCm: z.number(), widthCm: z.number(), heightCm: z.number(), payloadKg: z.number() })
  .meta({ id: 'ContainerType' });
const Triple = z.tuple([z.number(), z.number(), z.number()]);
const LotCount = z.object({ lot: z.string(), owner: z.string(), cartons: int() });
export const LoadPlan = z
  .object({
    containers: z.array(
      z.object({
        code: z.string(),
        insideCm: Triple,
        payloadKg: z.number(),
        priceMinor: int(),
        currency: z.string(),
        cartons: z.array(
          z.object({
            lot: z.string(),
            owner: z.string(),
            seq: int(),
            xCm: z.number(),
            yCm: z.number(),
            zCm: z.number(),
            lengthCm: z.number(),
            widthCm: z.number(),
            heightCm: z.number(),
            grossKg: z.number(),
          }),
        ),
        loadedVolumeM3: z.number(),
        utilisation: z.number(),
        weightKg: z.number(),
        centreOfGravityCm: Triple,
        lots: z.array(LotCount),
      }),
    ),
    totalPrice: z.array(z.object({ currency: z.string(), amountMinor: int() })),
    complete: z.boolean(),
    unplaced: z.array(LotCount),
    splitLots: z.array(z.string()),
    support: z.boolean(),
    elapsedMs: z.number(),
    loadingList: z.string().meta({ description: 'The printable loading list (plain text)' }),
  })
  .meta({ id: 'LoadPlan' });
export const Lot = z
  .object({
    id: z.string(),
    owner: z.string(),
    count: int(),
    lengthCm: z.number(),
    widthCm: z.number(),
    heightCm: z.number(),
    grossKg: z.number(),
    verticalAllowed: z.tuple([z.boolean(), z.boolean(), z.boolean()]).readonly().optional(),
  })
  .meta({ id: 'Lot' });
same<Omit<z.output<typeof LoadPlan>, 'loadingList'>, loading.ShipmentPlan>(true);
same<z.output<typeof Lot>[], ReturnType<typeof loading.lotsFromRows>>(true);
