import { invalid } from '../../core/errors.ts';

/** How big a demo market to generate. `full` is the real Yiwu market: 75,000 stalls, 2.1 million products. */
export interface Scale {
  name: string;
  stalls: number;
  productsPerMerchant: number;
}

/**
 * Named demo sizes: tiny, demo, medium, full (75,000 stalls).
 */
export const SCALES: Readonly<Record<string, Scale>> = {
  tiny: { name: 'tiny', stalls: 60, productsPerMerchant: 8 },
  demo: { name: 'demo', stalls: 2000, productsPerMerchant: 15 },
  medium: { name: 'medium', stalls: 10000, productsPerMerchant: 28 },
  full: { name: 'full', stalls: 75000, productsPerMerchant: 28 },
};

/**
 * A demo size by name (`SCALES`) or as a number of stalls (10–750,000, 28
 * products per merchant). Throws `VALIDATION` for anything else.
 * @example
 * ```ts
 * scaleOf('tiny'); // { name: 'tiny', stalls: 60, productsPerMerchant: 8 }
 * scaleOf('500'); // { name: '500 stalls', stalls: 500, productsPerMerchant: 28 }
 * ```
 */
export function scaleOf(name: string): Scale {
  const s = SCALES[name];
  if (s) return s;
  const n = Number(name);
  if (Number.isInteger(n) && n >= 10 && n <= 750000) return { name: `${n} stalls`, stalls: n, productsPerMerchant: 28 };
  throw invalid(`unknown scale "${name}": use ${Object.keys(SCALES).join(', ')} or a number of stalls (10–750000)`);
}
