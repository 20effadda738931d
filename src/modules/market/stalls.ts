import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { formatStallAddress, parseStallAddress } from './address.ts';
import { parseInput } from '../../core/validation.ts';

export interface Stall {
  id: number;
  market: { code: string; nameZh: string; nameEn: string };
  district: { no: number; nameZh: string; nameEn: string };
  floor: number;
  street: number;
  number: number;
  address: string;
  addressZh: string;
  areaM2: number;
  shopNameZh: string | null;
  shopNameEn: string | null;
  introZh: string | null;
  introEn: string | null;
  phone: string | null;
  holder: { entityId: number; nameZh: string | null; nameEn: string | null; since: string } | null;
}

function stallQuery(db: Kysely<DB>) {
  return db
    .selectFrom('stalls as s')
    .innerJoin('districts as d', 'd.id', 's.district_id')
    .innerJoin('markets as m', 'm.id', 's.market_id')
    .leftJoin('stall_holdings as h', (j) => j.onRef('h.stall_id', '=', 's.id').on('h.valid_to', 'is', null))
    .leftJoin('entities as e', 'e.id', 'h.entity_id')
    .select([
      's.id',
      's.floor',
      's.street',
      's.number',
      's.area_m2',
      's.shop_name_zh',
      's.shop_name_en',
      's.intro_zh',
      's.intro_en',
      's.phone',
      'd.no as district_no',
      'd.name_zh as district_zh',
      'd.name_en as district_en',
      'm.code as market_code',
      'm.name_zh as market_zh',
      'm.name_en as market_en',
      'h.entity_id',
      'h.valid_from',
      'e.name_zh as holder_zh',
      'e.name_en as holder_en',
    ]);
}

type StallRow = Awaited<ReturnType<ReturnType<typeof stallQuery>['executeTakeFirstOrThrow']>>;

function toStall(r: StallRow): Stall {
  const a = { district: r.district_no, floor: r.floor, street: r.street, number: r.number };
  return {
    id: r.id,
    market: { code: r.market_code, nameZh: r.market_zh, nameEn: r.market_en },
    district: { no: r.district_no, nameZh: r.district_zh, nameEn: r.district_en },
    floor: r.floor,
    street: r.street,
    number: r.number,
    address: formatStallAddress(a),
    addressZh: formatStallAddress(a, 'zh'),
    areaM2: r.area_m2,
    shopNameZh: r.shop_name_zh,
    shopNameEn: r.shop_name_en,
    introZh: r.intro_zh,
    introEn: r.intro_en,
    phone: r.phone,
    holder: r.entity_id == null ? null : { entityId: r.entity_id, nameZh: r.holder_zh, nameEn: r.holder_en, since: r.valid_from ?? '' },
  };
}

/**
 * One stall by id, with its address, shop data and current holder. Throws `NOT_FOUND`.
 * @example
 * ```ts
 * const s = await getStall(db, 1201);
 * ```
 */
export async function getStall(db: Kysely<DB>, id: number): Promise<Stall> {
  const r = await stallQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('stall', id);
  return toStall(r);
}

/**
 * Resolve a typed address (any accepted form) to the stall, or a 4xx.
 * Throws `BAD_ADDRESS` (unreadable, or found in several markets without a market
 * code) and `NOT_FOUND` (no stall there).
 * @example
 * ```ts
 * const s = await findStallByAddress(db, 'D2-F3-S21-12345');
 * ```
 */
export async function findStallByAddress(db: Kysely<DB>, input: string): Promise<Stall> {
  const p = parseStallAddress(input);
  if (!p.ok) throw new AppError('BAD_ADDRESS', p.reason);
  const a = p.address;
  let q = stallQuery(db).where('d.no', '=', a.district).where('s.floor', '=', a.floor).where('s.street', '=', a.street).where('s.number', '=', a.number);
  if (a.market) q = q.where((eb) => eb.or([eb('m.code', '=', a.market!), eb('m.name_zh', '=', a.market!)]));
  const rows = await q.limit(2).execute();
  if (rows.length === 0) throw new AppError('NOT_FOUND', `no stall at ${formatStallAddress(a)} (${formatStallAddress(a, 'zh')})`);
  if (rows.length > 1)
    throw new AppError('BAD_ADDRESS', `${formatStallAddress(a)} exists in several markets; prefix the market code, e.g. ITC-${formatStallAddress(a)}`);
  return toStall(rows[0]!);
}

/**
 * Query of `listStalls` (market, district, floor, street, holder; page, pageSize ≤ 200).
 */
export const StallQuery = z.strictObject({
  market: z.string().max(10).optional(),
  district: z.coerce.number().int().min(1).max(99).optional(),
  floor: z.coerce.number().int().min(1).max(20).optional(),
  street: z.coerce.number().int().min(1).max(999).optional(),
  holder: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Stalls in id order, filtered by market, district, floor, street or holder, paged.
 * `raw` is a `StallQuery` (query-string values are coerced); throws `VALIDATION`.
 * @example
 * ```ts
 * const { items, total } = await listStalls(db, { district: 2, floor: 3, page: 1 });
 * ```
 */
export async function listStalls(db: Kysely<DB>, raw: unknown): Promise<{ items: Stall[]; total: number; page: number }> {
  const q = parseInput(StallQuery, raw);
  let base = stallQuery(db);
  if (q.market) base = base.where('m.code', '=', q.market);
  if (q.district) base = base.where('d.no', '=', q.district);
  if (q.floor) base = base.where('s.floor', '=', q.floor);
  if (q.street) base = base.where('s.street', '=', q.street);
  if (q.holder) base = base.where('h.entity_id', '=', q.holder);
  const rows = await base
    .orderBy('s.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const count = await base.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return { items: rows.map(toStall), total: Number(count.n), page: q.page };
}

/**
 * Patch of `updateStall` (shop names, intros, phone; `null` clears a field).
 */
export const StallPatch = z.strictObject({
  shopNameZh: z.string().trim().max(100).nullable().optional(),
  shopNameEn: z.string().trim().max(200).nullable().optional(),
  introZh: z.string().max(2000).nullable().optional(),
  introEn: z.string().max(4000).nullable().optional(),
  phone: z
    .string()
    .regex(/^[+0-9 ()-]{5,30}$/, 'digits, spaces, + ( ) - only')
    .nullable()
    .optional(),
});

/**
 * Shop data of a stall: its current holder (a merchant) or the operator may change it.
 * `raw` is a `StallPatch`. Throws `UNAUTHENTICATED`, `FORBIDDEN` (a stall the
 * merchant does not hold), `NOT_FOUND` and `VALIDATION`.
 * @example
 * ```ts
 * const s = await updateStall(db, actor, 1201, { shopNameZh: '小明玩具', phone: '+86 579 8555 1234' });
 * ```
 */
export async function updateStall(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<Stall> {
  requireRole(actor, 'operator', 'merchant');
  const patch = parseInput(StallPatch, raw);
  const current = await getStall(db, id);
  if (actor.role === 'merchant' && current.holder?.entityId !== actor.entityId) {
    throw new AppError('FORBIDDEN', `stall ${current.address} is not held by you; you can change only your own stalls`);
  }
  const values = {
    ...(patch.shopNameZh !== undefined ? { shop_name_zh: patch.shopNameZh } : {}),
    ...(patch.shopNameEn !== undefined ? { shop_name_en: patch.shopNameEn } : {}),
    ...(patch.introZh !== undefined ? { intro_zh: patch.introZh } : {}),
    ...(patch.introEn !== undefined ? { intro_en: patch.introEn } : {}),
    ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
  };
  if (Object.keys(values).length > 0) await db.updateTable('stalls').set(values).where('id', '=', id).execute();
  return getStall(db, id);
}

/**
 * The districts of every market (or of one, by market code), with floors and top categories.
 * @example
 * ```ts
 * const districts = await listDistricts(db, 'ITC');
 * ```
 */
export async function listDistricts(db: Kysely<DB>, marketCode?: string) {
  let q = db
    .selectFrom('districts as d')
    .innerJoin('markets as m', 'm.id', 'd.market_id')
    .select(['m.code as market', 'd.no', 'd.name_zh as nameZh', 'd.name_en as nameEn', 'd.floors', 'd.top_categories as topCategories']);
  if (marketCode) q = q.where('m.code', '=', marketCode);
  return q.orderBy('m.code').orderBy('d.no').execute();
}

/**
 * Every market (code, names, UN/LOCODE), in id order.
 * @example
 * ```ts
 * const markets = await listMarkets(db);
 * ```
 */
export async function listMarkets(db: Kysely<DB>) {
  return db.selectFrom('markets').select(['code', 'name_zh as nameZh', 'name_en as nameEn', 'locode']).orderBy('id').execute();
}
