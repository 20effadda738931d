/**
 * Parser of the OR-Library "thpack" format of Bischoff & Ratcliff (BR1–BR10):
 *
 *     P                       number of problems
 *     p seed                  per problem: number and generator seed
 *     L W H                   container inside dimensions
 *     n                       number of box types
 *     i l fl w fw h fh q      per type: each dimension followed by 1 when it may
 *                             stand vertical; q = quantity
 */
import { AppError } from '../../core/errors.ts';
import type { CargoType, PackProblem } from './types.ts';

export interface BRProblem extends PackProblem {
  /** Problem number as given in the file (1-based). */
  number: number;
  seed: number;
}

/** A file that does not follow the format: BAD_BR_FILE. */
const brError = (message: string): AppError => new AppError('BAD_BR_FILE', message);

/**
 * Parse a Bischoff & Ratcliff "thpack" file (the format above) into packing
 * problems, dimensions in the file's units. Throws `BAD_BR_FILE` naming what is
 * wrong (a missing or non-integer token, a bad flag, a negative count).
 * @example
 * ```ts
 * const problems = parseBR(await readFile('br1.txt', 'utf8'));
 * const result = packContainer(problems[0]);
 * ```
 */
export function parseBR(text: string): BRProblem[] {
  const tok = text.split(/\s+/).filter((s) => s.length > 0);
  let pos = 0;
  const next = (what: string): number => {
    const s = tok[pos++];
    if (s === undefined) throw brError(`unexpected end of file while reading ${what}`);
    if (!/^-?\d+$/.test(s)) throw brError(`expected an integer for ${what}, got "${s}" (token ${pos})`);
    return Number(s);
  };
  const flag = (what: string): boolean => {
    const v = next(what);
    if (v !== 0 && v !== 1) throw brError(`${what} must be 0 or 1, got ${v}`);
    return v === 1;
  };
  const P = next('number of problems');
  if (P < 0) throw brError('negative number of problems');
  const out: BRProblem[] = [];
  for (let p = 0; p < P; p++) {
    const number = next('problem number');
    const seed = next(`seed of problem ${number}`);
    const L = next('container length');
    const W = next('container width');
    const H = next('container height');
    const n = next('number of box types');
    if (L <= 0 || W <= 0 || H <= 0 || n < 0) throw brError(`problem ${number}: bad container or type count`);
    const types: CargoType[] = [];
    for (let i = 0; i < n; i++) {
      const idx = next(`type index (problem ${number})`);
      if (idx !== i + 1) throw brError(`problem ${number}: expected type ${i + 1}, got ${idx}`);
      const l = next('box length');
      const fl = flag('length flag');
      const w = next('box width');
      const fw = flag('width flag');
      const h = next('box height');
      const fh = flag('height flag');
      const q = next('quantity');
      if (l <= 0 || w <= 0 || h <= 0 || q < 0) throw brError(`problem ${number}, type ${idx}: bad dimensions or quantity`);
      types.push({ dims: [l, w, h], verticalAllowed: [fl, fw, fh], count: q, weight: 0, group: 0 });
    }
    out.push({ number, seed, container: { L, W, H, maxWeight: Infinity }, types });
  }
  return out;
}
