import { z } from 'zod';
import { isCurrency } from '../../core/money.ts';
import { parseUnit, UNIT_KEYS } from '../../core/units.ts';

/** Units of sale a wholesale listing may use: the stored keys of src/core/units.ts (each with its UN/ECE Rec 20 code). */
export const UNITS = UNIT_KEYS;

/** A unit named any way src/core/units.ts knows (key, Rec 20 code, English or Chinese name: "个", "pcs", "H87") → its stored key. */
const unit = z.preprocess((v) => (typeof v === 'string' ? (parseUnit(v)?.key ?? v) : v), z.enum(UNITS));

/** The largest unit price, in minor units: 15 digits, so that every currency's decimal form ("12.50") reads back exactly. */
const MAX_PRICE = 999_999_999_999_999;

export const PriceTier = z.strictObject({
  minQty: z.number().int().min(1).max(100_000_000),
  unitPrice: z.number().int().min(1, 'a price must be positive (in minor units, e.g. fen)').max(MAX_PRICE),
});

export const Carton = z.strictObject({
  units: z.number().int().min(1).max(1_000_000),
  lengthCm: z.number().positive().max(300),
  widthCm: z.number().positive().max(300),
  heightCm: z.number().positive().max(300),
  grossKg: z.number().positive().max(1000),
});

/** NUL and the other C0 controls except TAB and line breaks, U+FFFE/U+FFFF and unpaired surrogates: not text. */
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored (as a person would read it), or undefined when it can. */
export function textProblem(s: string): string | undefined {
  const m = BAD_CHAR.exec(s);
  if (!m) return undefined;
  if (m[0] === '\u0000') return 'contains a NUL character (U+0000)';
  const hex = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `contains U+${hex} at position ${m.index}, which is not a text character`;
}
const checkText = (s: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(s);
  const m = problem ? BAD_CHAR.exec(s) : null;
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message: problem,
      params: { problem: 'BAD_TEXT', char: `U+${(m?.[0] ?? '\u0000').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` },
    });
};
/** Line breaks are stored as LF (a CR would not survive an xlsx round trip). */
const lf = (s: string) => s.replace(/\r\n?/g, '\n');

const text = (max: number) => z.string().trim().min(1).max(max).superRefine(checkText).transform(lf);
/** A description: kept as written (line breaks as LF); a blank one is no description. */
const description = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine(checkText)
    .transform((s) => (s.trim() === '' ? undefined : lf(s)));
const descriptionPatch = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine(checkText)
    .transform((s) => (s.trim() === '' ? null : lf(s)));
const attributeName = z
  .string()
  .min(1)
  .max(50)
  .refine((s) => !/\p{Cc}/u.test(s) && !textProblem(s), { message: 'a name may not contain control characters', params: { problem: 'BAD_TEXT' } });
const attributes = z.record(attributeName, z.string().max(200).superRefine(checkText).transform(lf));
const imageUrl = z
  .url({ protocol: /^https?$/ })
  .max(1000)
  .superRefine(checkText);

/**
 * What a merchant submits for one product. Prices are integer minor units of
 * `currency` (fen for CNY); tiers start at the MOQ and never get dearer as the
 * quantity rises.
 */
export const ProductInput = z
  .strictObject({
    sku: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[\p{L}\p{N}._\-/#]+$/u, 'letters, digits and . _ - / # only'),
    categoryCode: z.string().regex(/^([0-9]{2}){1,5}$/, 'a category code such as 010203'),
    stallId: z.number().int().positive().optional(),
    titleZh: text(200).optional(),
    titleEn: text(300).optional(),
    descriptionZh: description(5000).optional(),
    descriptionEn: description(10000).optional(),
    titles: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), text(300)).optional(),
    attributes: attributes.optional(),
    unit,
    moq: z.number().int().min(1).max(100_000_000),
    currency: z
      .string()
      .refine(isCurrency, { message: 'an ISO 4217 currency code such as CNY or USD', params: { problem: 'UNKNOWN_CURRENCY' } })
      .default('CNY'),
    priceTiers: z.array(PriceTier).min(1).max(10),
    stock: z.number().int().min(0).max(2_000_000_000).default(0),
    hsCode: z.string().regex(/^[0-9]{6}([0-9]{2}){0,2}$/, 'an HS code of 6, 8 or 10 digits'),
    carton: Carton,
    images: z.array(imageUrl).max(20).default([]),
    status: z.enum(['active', 'hidden']).default('active'),
  })
  .superRefine((p, ctx) => {
    if (!p.titleZh && !p.titleEn)
      ctx.addIssue({
        code: 'custom',
        path: ['titleZh'],
        message: 'give a title in Chinese (titleZh) or English (titleEn)',
        params: { problem: 'TITLE_REQUIRED' },
      });
    const tiers = p.priceTiers;
    if (tiers[0] && tiers[0].minQty > p.moq) {
      ctx.addIssue({
        code: 'custom',
        path: ['priceTiers', 0, 'minQty'],
        message: `the first tier must start at or below the MOQ (${p.moq})`,
        params: { problem: 'TIER_ABOVE_MOQ', moq: p.moq },
      });
    }
    for (let i = 1; i < tiers.length; i++) {
      const a = tiers[i - 1]!;
      const b = tiers[i]!;
      if (b.minQty <= a.minQty)
        ctx.addIssue({
          code: 'custom',
          path: ['priceTiers', i, 'minQty'],
          message: 'tier quantities must rise',
          params: { problem: 'TIERS_NOT_RISING', previous: a.minQty },
        });
      if (b.unitPrice > a.unitPrice)
        ctx.addIssue({
          code: 'custom',
          path: ['priceTiers', i, 'unitPrice'],
          message: 'a larger quantity must not cost more per unit',
          params: { problem: 'TIER_DEARER', previous: a.unitPrice },
        });
    }
  });
export type ProductInput = z.output<typeof ProductInput>;

export const ProductPatch = z.strictObject({
  categoryCode: z
    .string()
    .regex(/^([0-9]{2}){1,5}$/)
    .optional(),
  stallId: z.number().int().positive().optional(),
  titleZh: text(200).nullable().optional(),
  titleEn: text(300).nullable().optional(),
  descriptionZh: descriptionPatch(5000).nullable().optional(),
  descriptionEn: descriptionPatch(10000).nullable().optional(),
  titles: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), text(300)).optional(),
  attributes: attributes.optional(),
  unit: unit.optional(),
  moq: z.number().int().min(1).max(100_000_000).optional(),
  currency: z.string().refine(isCurrency, 'an ISO 4217 currency code').optional(),
  priceTiers: z.array(PriceTier).min(1).max(10).optional(),
  stock: z.number().int().min(0).max(2_000_000_000).optional(),
  hsCode: z
    .string()
    .regex(/^[0-9]{6}([0-9]{2}){0,2}$/)
    .optional(),
  carton: Carton.optional(),
  images: z.array(imageUrl).max(20).optional(),
  status: z.enum(['active', 'hidden']).optional(),
});

/**
 * Unit price for a quantity under tiered pricing (the deepest tier whose minQty ≤ qty).
 * Returns `undefined` when qty is below the first tier (under the MOQ).
 * @example
 * ```ts
 * unitPriceFor([{ minQty: 100, unitPrice: 250 }, { minQty: 1000, unitPrice: 200 }], 500); // 250
 * ```
 */
export function unitPriceFor(tiers: readonly { minQty: number; unitPrice: number }[], qty: number): number | undefined {
  let price: number | undefined;
  for (const t of tiers) if (t.minQty <= qty) price = t.unitPrice;
  return price;
}

/**
 * Columns of the products table for one validated input (category and stall resolved by the caller).
 * Pure: `p` must already have been parsed with `ProductInput`.
 * @example
 * ```ts
 * const input = parseInput(ProductInput, raw);
 * const row = toProductRow(input, merchantId, categoryId, stallId);
 * await db.insertInto('products').values(row).execute();
 * ```
 */
export function toProductRow(p: ProductInput, merchantId: number, categoryId: number, stallId: number | null) {
  return {
    merchant_id: merchantId,
    stall_id: stallId,
    category_id: categoryId,
    sku: p.sku,
    title_zh: p.titleZh ?? null,
    title_en: p.titleEn ?? null,
    description_zh: p.descriptionZh ?? null,
    description_en: p.descriptionEn ?? null,
    titles: JSON.stringify(p.titles ?? {}),
    attributes: JSON.stringify(p.attributes ?? {}),
    unit: p.unit,
    moq: p.moq,
    currency: p.currency,
    price_tiers: JSON.stringify(p.priceTiers),
    base_price: p.priceTiers[0]!.unitPrice,
    stock: p.stock,
    hs_code: p.hsCode,
    carton_units: p.carton.units,
    carton_length_mm: Math.round(p.carton.lengthCm * 10),
    carton_width_mm: Math.round(p.carton.widthCm * 10),
    carton_height_mm: Math.round(p.carton.heightCm * 10),
    carton_gross_g: Math.round(p.carton.grossKg * 1000),
    images: JSON.stringify(p.images),
    status: p.status,
  };
}
export type ProductRow = ReturnType<typeof toProductRow>;
