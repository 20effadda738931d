/**
 * Residual spaces: maximal empty cuboids (Lai & Chan 1997; Parreño et al. 2008).
 *
 * Without the support rule the list holds all maximal empty cuboids. With the
 * support rule every space's floor is fully supported — the container floor or
 * the packing area on top of one block — and the space above a new block is only
 * its packing area, extended to the roof (Fanslau & Bortfeldt 2010).
 */

/** An empty cuboid [x1, x2) × [y1, y2) × [z1, z2). Never mutated once created. */
export interface Space {
  readonly x1: number;
  readonly y1: number;
  readonly z1: number;
  readonly x2: number;
  readonly y2: number;
  readonly z2: number;
}

export interface Cuboid {
  x1: number;
  y1: number;
  z1: number;
  x2: number;
  y2: number;
  z2: number;
}

function contains(a: Space, b: Space): boolean {
  return a.x1 <= b.x1 && a.y1 <= b.y1 && a.z1 <= b.z1 && a.x2 >= b.x2 && a.y2 >= b.y2 && a.z2 >= b.z2;
}

/**
 * The residual spaces after a block occupying `occ` is placed.
 * @param top  support mode: the packing area on top of the block (its x/y range), else null
 * @param H    container height (roof)
 * @param minLW smallest horizontal box extent still useful; smaller spaces are dropped
 * @param minH  smallest vertical box extent still useful
 */
export function placeInSpaces(
  spaces: readonly Space[],
  occ: Cuboid,
  top: { x1: number; y1: number; x2: number; y2: number } | null,
  H: number,
  minLW: number,
  minH: number,
): Space[] {
  const kept: Space[] = [];
  const fresh: Space[] = [];
  const push = (x1: number, y1: number, z1: number, x2: number, y2: number, z2: number): void => {
    if (x2 - x1 < minLW || y2 - y1 < minLW || z2 - z1 < minH) return;
    fresh.push({ x1, y1, z1, x2, y2, z2 });
  };
  for (const s of spaces) {
    if (s.x1 >= occ.x2 || s.x2 <= occ.x1 || s.y1 >= occ.y2 || s.y2 <= occ.y1 || s.z1 >= occ.z2 || s.z2 <= occ.z1) {
      kept.push(s);
      continue;
    }
    if (occ.x1 > s.x1) push(s.x1, s.y1, s.z1, occ.x1, s.y2, s.z2);
    if (occ.x2 < s.x2) push(occ.x2, s.y1, s.z1, s.x2, s.y2, s.z2);
    if (occ.y1 > s.y1) push(s.x1, s.y1, s.z1, s.x2, occ.y1, s.z2);
    if (occ.y2 < s.y2) push(s.x1, occ.y2, s.z1, s.x2, s.y2, s.z2);
    if (top === null) {
      if (occ.z1 > s.z1) push(s.x1, s.y1, s.z1, s.x2, s.y2, occ.z1);
      if (occ.z2 < s.z2) push(s.x1, s.y1, occ.z2, s.x2, s.y2, s.z2);
    }
  }
  if (top !== null && occ.z2 < H) push(top.x1, top.y1, occ.z2, top.x2, top.y2, H);
  // Drop fresh pieces contained in another space (kept spaces are never inside a
  // fresh piece, because every fresh piece lies inside a space that contained none).
  const out = kept;
  for (let i = 0; i < fresh.length; i++) {
    const f = fresh[i]!;
    let dominated = false;
    for (let j = 0; j < fresh.length && !dominated; j++) {
      if (j === i) continue;
      const g = fresh[j]!;
      if (contains(g, f) && (!contains(f, g) || j < i)) dominated = true;
    }
    for (let j = 0; j < kept.length && !dominated; j++) if (contains(kept[j]!, f)) dominated = true;
    if (!dominated) out.push(f);
  }
  if (top !== null && occ.z2 < H) mergeTops(out, occ.z2, top, H, minLW);
  return out;
}

/**
 * Support mode: join the new packing area with adjacent supported spaces whose
 * floor is at the same height — the union of two supported floors is supported,
 * and the column above every packing area is empty up to the roof.
 */
function mergeTops(
  spaces: Space[],
  z: number,
  top: { x1: number; y1: number; x2: number; y2: number },
  H: number,
  minLW: number,
): void {
  const merged: Space[] = [];
  for (const s of spaces) {
    if (s.z1 !== z || s.z2 !== H) continue;
    if (s.x2 === top.x1 || s.x1 === top.x2) {
      const y1 = Math.max(s.y1, top.y1), y2 = Math.min(s.y2, top.y2);
      if (y2 - y1 >= minLW) merged.push({ x1: Math.min(s.x1, top.x1), y1, z1: z, x2: Math.max(s.x2, top.x2), y2, z2: H });
    }
    if (s.y2 === top.y1 || s.y1 === top.y2) {
      const x1 = Math.max(s.x1, top.x1), x2 = Math.min(s.x2, top.x2);
      if (x2 - x1 >= minLW) merged.push({ x1, y1: Math.min(s.y1, top.y1), z1: z, x2, y2: Math.max(s.y2, top.y2), z2: H });
    }
  }
  if (merged.length === 0) return;
  const all = spaces.concat(merged);
  const keep = all.filter((f, i) => !all.some((g, j) => j !== i && contains(g, f) && (!contains(f, g) || j < i)));
  spaces.length = 0;
  spaces.push(...keep);
}
