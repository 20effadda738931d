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
  /** Cached rank of the space in the engine's space order (set by the search). */
  rk?: number;
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
function push(fresh: Space[], minLW: number, minH: number, x1: number, y1: number, z1: number, x2: number, y2: number, z2: number): void {
  if (x2 - x1 < minLW || y2 - y1 < minLW || z2 - z1 < minH) return;
  fresh.push({ x1, y1, z1, x2, y2, z2 });
}

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
  for (const s of spaces) {
    if (s.x1 >= occ.x2 || s.x2 <= occ.x1 || s.y1 >= occ.y2 || s.y2 <= occ.y1 || s.z1 >= occ.z2 || s.z2 <= occ.z1) {
      kept.push(s);
      continue;
    }
    if (occ.x1 > s.x1) push(fresh, minLW, minH, s.x1, s.y1, s.z1, occ.x1, s.y2, s.z2);
    if (occ.x2 < s.x2) push(fresh, minLW, minH, occ.x2, s.y1, s.z1, s.x2, s.y2, s.z2);
    if (occ.y1 > s.y1) push(fresh, minLW, minH, s.x1, s.y1, s.z1, s.x2, occ.y1, s.z2);
    if (occ.y2 < s.y2) push(fresh, minLW, minH, s.x1, occ.y2, s.z1, s.x2, s.y2, s.z2);
    if (top === null) {
      if (occ.z1 > s.z1) push(fresh, minLW, minH, s.x1, s.y1, s.z1, s.x2, s.y2, occ.z1);
      if (occ.z2 < s.z2) push(fresh, minLW, minH, s.x1, s.y1, occ.z2, s.x2, s.y2, s.z2);
    }
  }
  if (top !== null && occ.z2 < H) push(fresh, minLW, minH, top.x1, top.y1, occ.z2, top.x2, top.y2, H);
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
  if (top !== null && occ.z2 < H) mergeTops(out, occ.z2, H, minLW);
  return out;
}

/**
 * Support mode: join supported spaces whose floors are at the height of the new
 * packing area. The union of two supported floors is supported and the column
 * above every supported floor is empty up to the roof, so when two such floors
 * overlap or touch, the rectangle spanning both along one axis (over their common
 * range on the other axis) is a valid space too. Repeated to a fixed point
 * (bounded), only at this one height.
 */
function mergeTops(spaces: Space[], z: number, H: number, minLW: number): void {
  let level = spaces.filter((s) => s.z1 === z && s.z2 === H);
  if (level.length < 2) return;
  let added = false;
  for (let round = 0; round < 3; round++) {
    const fresh: Space[] = [];
    const has = (c: Space): boolean => level.concat(fresh).some((s) => contains(s, c));
    for (let i = 0; i < level.length; i++) {
      for (let j = i + 1; j < level.length; j++) {
        const a = level[i]!,
          b = level[j]!;
        if (a.x1 <= b.x2 && b.x1 <= a.x2) {
          const y1 = Math.max(a.y1, b.y1),
            y2 = Math.min(a.y2, b.y2);
          const c = { x1: Math.min(a.x1, b.x1), y1, z1: z, x2: Math.max(a.x2, b.x2), y2, z2: H };
          if (y2 - y1 >= minLW && !has(c)) fresh.push(c);
        }
        if (a.y1 <= b.y2 && b.y1 <= a.y2) {
          const x1 = Math.max(a.x1, b.x1),
            x2 = Math.min(a.x2, b.x2);
          const c = { x1, y1: Math.min(a.y1, b.y1), z1: z, x2, y2: Math.max(a.y2, b.y2), z2: H };
          if (x2 - x1 >= minLW && !has(c)) fresh.push(c);
        }
      }
    }
    if (fresh.length === 0) break;
    added = true;
    level = level.concat(fresh);
    spaces.push(...fresh);
  }
  if (!added) return;
  const all = spaces.slice();
  const keep = all.filter((f, i) => !all.some((g, j) => j !== i && contains(g, f) && (!contains(f, g) || j < i)));
  spaces.length = 0;
  spaces.push(...keep);
}
