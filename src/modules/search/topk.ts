/**
 * Bounded top-k selection without per-hit objects: a binary min-heap over two
 * typed arrays (key, ordinal). The root is the worst kept entry; ties on the
 * key keep the lower ordinal.
 */
export class TopK {
  readonly keys: Float64Array;
  readonly ords: Int32Array;
  size = 0;
  constructor(readonly k: number) {
    this.keys = new Float64Array(Math.max(1, k));
    this.ords = new Int32Array(Math.max(1, k));
  }

  private worse(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.ords[i]! > this.ords[j]!);
  }

  push(key: number, ord: number): void {
    const { keys, ords } = this;
    if (this.size < this.k) {
      let i = this.size++;
      keys[i] = key;
      ords[i] = ord;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    if (this.k === 0) return;
    const rk = keys[0]!;
    if (key < rk || (key === rk && ord > ords[0]!)) return;
    keys[0] = key;
    ords[0] = ord;
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.worse(r, l) ? r : l;
      if (!this.worse(c, i)) break;
      this.swap(i, c);
      i = c;
    }
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
    const o = this.ords[i]!;
    this.ords[i] = this.ords[j]!;
    this.ords[j] = o;
  }

  /** Removes and returns the worst kept entry (the root). */
  pop(): { key: number; ord: number } | undefined {
    if (this.size === 0) return undefined;
    const out = { key: this.keys[0]!, ord: this.ords[0]! };
    const n = --this.size;
    this.keys[0] = this.keys[n]!;
    this.ords[0] = this.ords[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.worse(r, l) ? r : l;
      if (!this.worse(c, i)) break;
      this.swap(i, c);
      i = c;
    }
    return out;
  }

  /**
   * The entries ranked offset, offset+1, … (0-based, best first) — a deep page without sorting the
   * whole heap: the page is the worst `size − offset` entries, popped in O(page · log k). Empties the heap.
   */
  page(offset: number): { key: number; ord: number }[] {
    const out: { key: number; ord: number }[] = [];
    while (this.size > offset) out.push(this.pop()!);
    return out.reverse();
  }

  /** Entries best first. */
  sorted(): { key: number; ord: number }[] {
    const out: { key: number; ord: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ key: this.keys[i]!, ord: this.ords[i]! });
    return out.sort((a, b) => b.key - a.key || a.ord - b.ord);
  }
}
