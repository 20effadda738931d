/**
 * The input of the declaration split — a consignment's lots and the day's
 * exchange rates — its strict schema, and its reading into exact integers
 * with every problem named by lot and field.
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors.ts';
import { isCurrency } from '../../../core/money.ts';
import { decimalProblem, readDecimal, toScaled } from './exact.ts';

/** The most lots one split takes (the HTTP body and the CLI alike). */
export const MAX_LOTS = 20_000;
/** Decimal places of a rate (`perUsd`). */
export const RATE_MAX_DECIMALS = 12;
/** Decimal places of a quantity and of a weight in kg (thousandths: grams for weights). */
export const MEASURE_DECIMALS = 3;
/** Largest quantity of one lot, in its unit. */
export const MAX_QUANTITY = 100_000_000;
/** Largest net or gross weight of one lot, in kg (10,000 t). */
export const MAX_LOT_KG = 10_000_000;
/** Largest number of cartons of one lot. */
export const MAX_CARTONS = 1_000_000;

const decimal = (maxDecimals: number, max: number, example: string) =>
  z
    .union([z.number(), z.string().max(40)])
    .superRefine((v, ctx) => {
      const problem = decimalProblem(v, maxDecimals, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description: `A positive decimal with at most ${maxDecimals} places, as a JSON number or a string, e.g. ${example}` });

const Id = z.union([z.string().trim().min(1).max(64), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);

/** One lot of a consignment: the cartons of one order line of one merchant. */
export const DeclarationLot = z
  .strictObject({
    id: Id.meta({ description: 'The lot’s id, unique in the consignment (a string or a whole number)' }),
    merchant: Id.meta({ description: 'The merchant’s number on the market’s platform' }),
    goodsName: z.string().trim().min(1).max(200),
    hs: z
      .string()
      .regex(/^\d{10}$/, 'a 10-digit Chinese HS code such as 9503008900')
      .meta({ description: '10-digit Chinese tariff code; one code is one kind of goods' }),
    quantity: decimal(MEASURE_DECIMALS, MAX_QUANTITY, '1200'),
    unit: z.string().trim().min(1).max(20).meta({ description: 'The unit of the quantity as the goods list writes it (pcs, 个, kg, m, dozen …)' }),
    cartons: z.number().int().min(1).max(MAX_CARTONS),
    valueMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'The lot’s value in minor units of its currency' }),
    currency: z.string().refine(isCurrency, 'an ISO 4217 currency code this platform knows, e.g. CNY or USD'),
    netKg: decimal(MEASURE_DECIMALS, MAX_LOT_KG, '812.5'),
    grossKg: decimal(MEASURE_DECIMALS, MAX_LOT_KG, '860'),
  })
  .meta({ id: 'DeclarationLot' });

/** How many units of a currency one US dollar buys on the consignment's date. */
export const PerUsdRate = z
  .strictObject({
    currency: z.string().refine(isCurrency, 'an ISO 4217 currency code this platform knows, e.g. CNY'),
    perUsd: decimal(RATE_MAX_DECIMALS, 1_000_000_000, '"7.1034"').meta({
      description: 'Units of the currency per 1 USD, read exactly (a string keeps every digit; a JSON number is read by its shortest decimal text)',
    }),
  })
  .meta({ id: 'PerUsdRate' });

/** The split's input: `{date, rates, lots}`. */
export const ConsignmentInput = z
  .strictObject({
    date: z.iso.date().meta({ description: 'The day the rates are for (YYYY-MM-DD)' }),
    rates: z.array(PerUsdRate).max(200).meta({ description: 'One rate per currency the lots use; USD needs none (its rate is 1)' }),
    lots: z.array(DeclarationLot).min(1).max(MAX_LOTS),
  })
  .meta({ id: 'ConsignmentInput' });

export type ConsignmentInput = z.input<typeof ConsignmentInput>;
export type DeclarationLotInput = z.input<typeof DeclarationLot>;

/** A lot read into exact integers. */
export interface ExactLot {
  /** Position in the input. */
  index: number;
  id: string | number;
  /** The id as text: the order of lots in every tie-break (code-unit order). */
  key: string;
  merchant: string | number;
  goodsName: string;
  hs: string;
  /** Quantity in thousandths of its unit. */
  quantityMilli: number;
  unit: string;
  cartons: number;
  valueMinor: number;
  currency: string;
  netG: number;
  grossG: number;
}

/** A rate as an exact fraction: `units / 10^decimals` units of the currency per USD. */
export interface ExactRate {
  units: bigint;
  scale: bigint;
}

export interface ExactConsignment {
  date: string;
  rates: ReadonlyMap<string, ExactRate>;
  lots: ExactLot[];
}

interface Issue {
  path: string;
  message: string;
}

/** "lot "L-7" (lots[3]) hs" for a path into the raw input, so that a message names the lot as well as its place. */
function where(raw: unknown, path: readonly PropertyKey[]): string {
  const [top, i, ...rest] = path;
  const tail = rest.map(String).join('.');
  const list = (raw as Record<string, unknown> | null)?.[String(top)];
  if (typeof i === 'number' && Array.isArray(list)) {
    const item = list[i] as Record<string, unknown> | undefined;
    if (top === 'lots') {
      const id = item?.id;
      const named = typeof id === 'string' || typeof id === 'number' ? `lot ${JSON.stringify(id).slice(0, 70)} (lots[${i}])` : `lots[${i}]`;
      return tail ? `${named} ${tail}` : named;
    }
    if (top === 'rates') {
      const c = typeof item?.currency === 'string' ? ` ${item.currency.slice(0, 8)}` : '';
      return `rates[${i}]${c}${tail ? ` ${tail}` : ''}`;
    }
  }
  return path.map(String).join('.') || 'input';
}

function refuse(issues: Issue[]): never {
  const first = issues[0]!;
  throw new AppError('VALIDATION', `${first.path}: ${first.message}`, { issues: issues.slice(0, 50) });
}

/**
 * Read and check a consignment: the schema (strict: an unknown field is
 * refused), then what a schema cannot see — a lot id given twice, a currency
 * without a rate, a rate given twice, USD at a rate other than 1, a gross
 * weight under the net weight. Every problem names the lot (id and place) and
 * the field; all are listed in `details.issues` (first 50).
 * @throws AppError VALIDATION
 */
export function readConsignment(raw: unknown): ExactConsignment {
  const parsed = ConsignmentInput.safeParse(raw);
  if (!parsed.success) refuse(parsed.error.issues.map((i) => ({ path: where(raw, i.path), message: i.message })));
  const input = parsed.data;
  const issues: Issue[] = [];
  const rates = new Map<string, ExactRate>([['USD', { units: 1n, scale: 1n }]]);
  const rateAt = new Map<string, number>();
  input.rates.forEach((r, i) => {
    const d = readDecimal(r.perUsd)!;
    const at = rateAt.get(r.currency);
    if (at !== undefined) issues.push({ path: where(raw, ['rates', i, 'currency']), message: `${r.currency} is given twice (also rates[${at}])` });
    rateAt.set(r.currency, i);
    if (r.currency === 'USD' && d.units !== 10n ** BigInt(d.decimals))
      issues.push({ path: where(raw, ['rates', i, 'perUsd']), message: 'USD is the declaration currency: its rate can only be 1' });
    else rates.set(r.currency, { units: d.units, scale: 10n ** BigInt(d.decimals) });
  });
  const seen = new Map<string, number>();
  const lots = input.lots.map((l, i): ExactLot => {
    const key = String(l.id);
    const at = seen.get(key);
    if (at !== undefined) issues.push({ path: where(raw, ['lots', i, 'id']), message: `the id is given twice (also lots[${at}])` });
    seen.set(key, i);
    if (!rates.has(l.currency))
      issues.push({ path: where(raw, ['lots', i, 'currency']), message: `no rate for ${l.currency}: add {"currency": "${l.currency}", "perUsd": …} to rates` });
    const netG = toScaled(l.netKg, MEASURE_DECIMALS);
    const grossG = toScaled(l.grossKg, MEASURE_DECIMALS);
    if (grossG < netG)
      issues.push({ path: where(raw, ['lots', i, 'grossKg']), message: `${String(l.grossKg)} kg is less than the net weight (${String(l.netKg)} kg)` });
    return {
      index: i,
      id: l.id,
      key,
      merchant: l.merchant,
      goodsName: l.goodsName,
      hs: l.hs,
      quantityMilli: toScaled(l.quantity, MEASURE_DECIMALS),
      unit: l.unit,
      cartons: l.cartons,
      valueMinor: l.valueMinor,
      currency: l.currency,
      netG,
      grossG,
    };
  });
  if (issues.length > 0) refuse(issues);
  return { date: input.date, rates, lots };
}
