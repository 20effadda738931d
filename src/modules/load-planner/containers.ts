/**
 * Standard dry containers (ISO 668 series 1; inside dimensions as in the project
 * brief). Payload = max gross 30 480 kg minus a typical tare (about 2 280 /
 * 3 780 / 3 980 kg), rounded: figures vary by builder, so a plan should use the
 * payload printed on the actual box (CSC plate) when known.
 *
 * The prices are placeholders (USD, minor units) for examples and tests only;
 * real freight rates are passed in by the caller.
 */
import { invalid } from '../../core/errors.ts';
import type { ContainerTypeInput } from './types.ts';

/**
 * Inside dimensions and payload of the standard ISO containers (20GP, 40GP, 40HQ).
 */
export const STANDARD_CONTAINERS: Readonly<Record<string, Omit<ContainerTypeInput, 'priceMinor' | 'currency'>>> = {
  '20GP': { code: '20GP', lengthCm: 589.8, widthCm: 235.0, heightCm: 239.2, payloadKg: 28_200 },
  '40GP': { code: '40GP', lengthCm: 1203.2, widthCm: 235.0, heightCm: 239.2, payloadKg: 26_700 },
  '40HQ': { code: '40HQ', lengthCm: 1203.2, widthCm: 235.0, heightCm: 269.3, payloadKg: 26_500 },
};

/** Placeholder prices, USD cents. */
export const DEFAULT_PRICES_MINOR: Readonly<Record<string, number>> = {
  '20GP': 150_000,
  '40GP': 260_000,
  '40HQ': 280_000,
};

/**
 * A standard container type with a price; throws VALIDATION on an unknown code.
 * @example
 * ```ts
 * const c = standardContainer('40HQ', 420_000); // 4,200.00 USD
 * ```
 */
export function standardContainer(code: string, priceMinor?: number, currency = 'USD'): ContainerTypeInput {
  const c = STANDARD_CONTAINERS[code.toUpperCase()];
  if (!c) throw invalid(`unknown container type "${code}" (known: ${Object.keys(STANDARD_CONTAINERS).join(', ')})`);
  return { ...c, priceMinor: priceMinor ?? DEFAULT_PRICES_MINOR[c.code] ?? 0, currency };
}
