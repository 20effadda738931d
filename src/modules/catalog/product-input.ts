import { z } from 'zod';
import { isCurrency } from '../../core/money.ts';

/** Units of sale a wholesale listing may use (UN/CEFACT rec. 20 codes in brackets). */
export const UNITS = ['pcs', 'set', 'pair', 'dozen', 'box', 'pack', 'roll', 'm', 'kg', 'bag', 'carton'] as const;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export const PriceTier = z.strictObject({
  minQty: z.number().int().min(1).max(100_000_000),
  unitPrice: z.number().int().min(1, 'a price must be positive (in minor units, e.g. fen)').max(MAX_SAFE),
});

export const Carton = z.strictObject({
  units: z.number().int().min(1).max(1_000_000),
  lengthCm: z.number().positive().max(300),
  widthCm: z.number().positive().max(300),
  heightCm: z.number().positive().max(300),
  grossKg: z.number().positive().max(1000),
});

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a merchant submits for one product. Prices are integer minor units of
 * `currency` (fen for CNY); tiers start at the MOQ and never get dearer as the
 * quantity rises.
 */
export const ProductInput = z
  .strictObject({
    sku: z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._\-/#]+$/u, 'letters, digits and . _ - / # only'),
    categoryCode: z.string().regex(/^([0-9]{2}){1,5}$/, 'a category code such as 010203'),
    stallId: z.number().int().positive().optional(),
    titleZh: text(200).optional(),
    titleEn: text(300).optional(),
    descriptionZh: z.string().max(5000).optional(),
    descriptionEn: z.string().max(10000).optional(),
    titles: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), text(300)).optional(),
    attributes: z.record(z.string().min(1).max(50), z.string().max(200)).optional(),
    unit: z.enum(UNITS),
    moq: z.number().int().min(1).max(100_000_000),
    currency: z.string().refine(isCurrency, 'an ISO 4217 currency code such as CNY or USD').default('CNY'),
    priceTiers: z.array(PriceTier).min(1).max(10),
    stock: z.number().int().min(0).max(2_000_000_000).default(0),
    hsCode: z.string().regex(/^[0-9]{6}([0-9]{2}){0,2}$/, 'an HS code of 6, 8 or 10 digits'),
    carton: Carton,
    images: z.array(z.url({ protocol: /^https?$/ }).max(1000)).max(20).default([]),
    status: z.enum(['active', 'hidden']).default('active'),
  })
  .superRefine((p, ctx) => {
    if (!p.titleZh && !p.titleEn) ctx.addIssue({ code: 'custom', path: ['titleZh'], message: 'give a title in Chinese (titleZh) or English (titleEn)' });
    const tiers = p.priceTiers;
    if (tiers[0] && tiers[0].minQty > p.moq) {
      ctx.addIssue({ code: 'custom', path: ['priceTiers', 0, 'minQty'], message: `the first tier must start at or below the MOQ (${p.moq})` });
    }
    for (let i = 1; i < tiers.length; i++) {
      const a = tiers[i - 1]!;
      const b = tiers[i]!;
      if (b.minQty <= a.minQty) ctx.addIssue({ code: 'custom', path: ['priceTiers', i, 'minQty'], message: 'tier quantities must rise' });
      if (b.unitPrice > a.unitPrice) ctx.addIssue({ code: 'custom', path: ['priceTiers', i, 'unitPrice'], message: 'a larger quantity must not cost more per unit' });
    }
  });
export type ProductInput = z.output<typeof ProductInput>;

export const ProductPatch = z.strictObject({
  categoryCode: z.string().regex(/^([0-9]{2}){1,5}$/).optional(),
  stallId: z.number().int().positive().optional(),
  titleZh: text(200).nullable().optional(),
  titleEn: text(300).nullable().optional(),
  descriptionZh: z.string().max(5000).nullable().optional(),
  descriptionEn: z.string().max(10000).nullable().optional(),
  titles: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), text(300)).optional(),
  attributes: z.record(z.string().min(1).max(50), z.string().max(200)).optional(),
  unit: z.enum(UNITS).optional(),
  moq: z.number().int().min(1).max(100_000_000).optional(),
  currency: z.string().refine(isCurrency, 'an ISO 4217 currency code').optional(),
  priceTiers: z.array(PriceTier).min(1).max(10).optional(),
  stock: z.number().int().min(0).max(2_000_000_000).optional(),
  hsCode: z.string().regex(/^[0-9]{6}([0-9]{2}){0,2}$/).optional(),
  carton: Carton.optional(),
  images: z.array(z.url({ protocol: /^https?$/ }).max(1000)).max(20).optional(),
  status: z.enum(['active', 'hidden']).optional(),
});

/** Unit price for a quantity under tiered pricing (the deepest tier whose minQty ≤ qty). */
export function unitPriceFor(tiers: readonly { minQty: number; unitPrice: number }[], qty: number): number | undefined {
  let price: number | undefined;
  for (const t of tiers) if (t.minQty <= qty) price = t.unitPrice;
  return price;
}

/** Columns of the products table for one validated input (category and stall resolved by the caller). */
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
