/** A printable loading list: per container, per layer (tier), per lot. */
import type { ShipmentPlan } from './types.ts';

const fmt = (n: number, d = 1): string => n.toFixed(d);

/**
 * A printable loading list of a plan (plain text): per container, per layer
 * (tier), per lot, with the total price.
 * @example
 * ```ts
 * console.log(loadingList(planShipment(input)));
 * ```
 */
export function loadingList(plan: ShipmentPlan): string {
  const out: string[] = [];
  const price = plan.totalPrice.map((p) => `${(p.amountMinor / 100).toFixed(2)} ${p.currency}`).join(' + ') || '-';
  out.push(`LOADING LIST — ${plan.containers.length} container(s), total ${price}, support ${plan.support ? 'full' : 'off'}`);
  plan.containers.forEach((c, i) => {
    out.push('');
    out.push(`Container ${i + 1}: ${c.code} (inside ${c.insideCm.join(' × ')} cm)`);
    out.push(`  cartons ${c.cartons.length}, ${fmt(c.loadedVolumeM3, 3)} m³ (${fmt(c.utilisation * 100)} %), ${fmt(c.weightKg)} kg of ${c.payloadKg} kg`);
    out.push(
      `  centre of gravity x ${fmt(c.centreOfGravityCm[0])} / y ${fmt(c.centreOfGravityCm[1])} / z ${fmt(c.centreOfGravityCm[2])} cm (container centre ${fmt(c.insideCm[0] / 2)} / ${fmt(c.insideCm[1] / 2)})`,
    );
    out.push('  Load sequence (back wall first):');
    c.lots.forEach((l, k) => {
      const cs = c.cartons.filter((x) => x.lot === l.lot);
      const x0 = Math.min(...cs.map((x) => x.xCm)),
        x1 = Math.max(...cs.map((x) => x.xCm + x.lengthCm));
      out.push(`   ${String(k + 1).padStart(3)}. lot ${l.lot} (${l.owner}): ${l.cartons} cartons, x ${fmt(x0)}–${fmt(x1)} cm`);
    });
    const tiers = [...new Set(c.cartons.map((x) => x.zCm))].sort((a, b) => a - b);
    out.push('  Layers (from the floor):');
    for (const z of tiers) {
      const cs = c.cartons.filter((x) => x.zCm === z);
      const per = new Map<string, number>();
      for (const x of cs) per.set(x.lot, (per.get(x.lot) ?? 0) + 1);
      out.push(`    z ${fmt(z).padStart(6)} cm: ${[...per].map(([lot, n]) => `${lot}×${n}`).join(', ')}`);
    }
  });
  if (plan.unplaced.length) {
    out.push('');
    out.push(`NOT LOADED: ${plan.unplaced.map((u) => `lot ${u.lot} (${u.owner}) ${u.cartons} cartons`).join('; ')}`);
  }
  if (plan.splitLots.length) out.push(`Lots split over containers: ${plan.splitLots.join(', ')}`);
  return `${out.join('\n')}\n`;
}
