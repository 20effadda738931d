/**
 * Unit conversion of the shipment layer. The packing core works in integers:
 * millimetres and grams. Carton sizes round *up* to the next millimetre and
 * container sizes round *down*, so an integer plan is valid in real units too.
 */
import type { CargoType, ContainerSpace, ContainerTypeInput, LotInput, PackProblem } from './types.ts';

export const cartonMm = (cm: number): number => Math.ceil(cm * 10 - 1e-9);
export const containerMm = (cm: number): number => Math.floor(cm * 10 + 1e-9);
export const grams = (kg: number): number => Math.round(kg * 1000);

export function containerSpace(c: ContainerTypeInput): ContainerSpace {
  return { L: containerMm(c.lengthCm), W: containerMm(c.widthCm), H: containerMm(c.heightCm), maxWeight: grams(c.payloadKg) };
}

/** One cargo type per lot (group = index of the lot in `lots`), with `counts` boxes. */
export function lotCargo(lots: readonly LotInput[], counts?: readonly number[]): CargoType[] {
  return lots.map((l, i) => ({
    dims: [cartonMm(l.lengthCm), cartonMm(l.widthCm), cartonMm(l.heightCm)] as const,
    verticalAllowed: l.verticalAllowed ?? [true, true, true],
    count: counts ? counts[i]! : l.count,
    weight: grams(l.grossKg),
    group: i,
  }));
}

export function lotProblem(lots: readonly LotInput[], c: ContainerTypeInput, counts?: readonly number[]): PackProblem {
  return { container: containerSpace(c), types: lotCargo(lots, counts) };
}
