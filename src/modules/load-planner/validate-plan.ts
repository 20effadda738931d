/** Checks a shipment plan against its input: every container rule plus the bookkeeping. */
import type { Placement, ShipmentInput, ShipmentPlan } from './types.ts';
import { lotProblem } from './units.ts';
import { validatePacking } from './validate.ts';
import type { ValidationResult } from './validate.ts';

/**
 * Check a shipment plan against its input: every container rule (as
 * `validatePacking`) plus the bookkeeping (offered types, known lots, placed +
 * unplaced = count per lot, `complete`). Returns `{ ok, errors }`; never throws.
 * @example
 * ```ts
 * const plan = planShipment(input);
 * assert.ok(validatePlan(input, plan).ok);
 * ```
 */
export function validatePlan(input: ShipmentInput, plan: ShipmentPlan, options: { support?: boolean } = {}): ValidationResult {
  const support = options.support ?? plan.support;
  const errors: string[] = [];
  const lotIdx = new Map(input.lots.map((l, i) => [l.id, i]));
  const placed = input.lots.map(() => 0);
  plan.containers.forEach((c, ci) => {
    const ct = input.containers.find((t) => t.code === c.code);
    if (!ct) {
      errors.push(`container ${ci + 1}: type ${c.code} was not offered`);
      return;
    }
    const problem = lotProblem(input.lots, ct);
    const placements: Placement[] = [];
    for (const k of c.cartons) {
      const i = lotIdx.get(k.lot);
      if (i === undefined) {
        errors.push(`container ${ci + 1}: unknown lot ${k.lot}`);
        continue;
      }
      placed[i]!++;
      placements.push({
        type: i,
        x: Math.round(k.xCm * 10),
        y: Math.round(k.yCm * 10),
        z: Math.round(k.zCm * 10),
        l: Math.round(k.lengthCm * 10),
        w: Math.round(k.widthCm * 10),
        h: Math.round(k.heightCm * 10),
      });
    }
    const r = validatePacking(problem, placements, { support, sequence: support, groupsContiguous: true });
    for (const e of r.errors) errors.push(`container ${ci + 1} (${c.code}): ${e}`);
  });
  const unplaced = new Map(plan.unplaced.map((u) => [u.lot, u.cartons]));
  input.lots.forEach((l, i) => {
    if (placed[i]! + (unplaced.get(l.id) ?? 0) !== l.count) errors.push(`lot ${l.id}: ${placed[i]} placed + ${unplaced.get(l.id) ?? 0} unplaced ≠ ${l.count}`);
  });
  if (plan.complete !== (plan.unplaced.length === 0)) errors.push('"complete" disagrees with the unplaced list');
  return { ok: errors.length === 0, errors };
}
