/** Allowed orientations of a box under "which side may stand vertical" flags. */
import type { CargoType, Dims } from './types.ts';

/**
 * All distinct orientations [l, w, h] (extent along x, y, z) of a box type:
 * the height is a dimension whose vertical flag is set, the other two lie flat
 * in either order. Duplicates from equal dimensions are removed.
 * @example
 * ```ts
 * orientationsOf({ dims: [60, 40, 30], verticalAllowed: [false, false, true] }); // [[60, 40, 30], [40, 60, 30]]
 * ```
 */
export function orientationsOf(t: Pick<CargoType, 'dims' | 'verticalAllowed'>): Dims[] {
  const out: Dims[] = [];
  const seen = new Set<string>();
  for (let v = 0; v < 3; v++) {
    if (!t.verticalAllowed[v]) continue;
    const h = t.dims[v]!;
    const a = t.dims[(v + 1) % 3]!;
    const b = t.dims[(v + 2) % 3]!;
    for (const o of [
      [a, b, h],
      [b, a, h],
    ] as const) {
      const key = o.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(o);
      }
    }
  }
  return out;
}

/**
 * True when (l, w, h) is an allowed orientation of the type.
 * @example
 * ```ts
 * isAllowedOrientation({ dims: [60, 40, 30], verticalAllowed: [false, false, true] }, 40, 60, 30); // true
 * ```
 */
export function isAllowedOrientation(t: Pick<CargoType, 'dims' | 'verticalAllowed'>, l: number, w: number, h: number): boolean {
  return orientationsOf(t).some((o) => o[0] === l && o[1] === w && o[2] === h);
}
