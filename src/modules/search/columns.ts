import { categoryLeaves } from '../catalog/index.ts';
import type { CreditClass, MoqBand, PriceBand, SearchDoc } from './types.ts';
import { CREDIT_CLASSES, STANDARD_KINDS } from './types.ts';

/**
 * Per-document columns in typed arrays, indexed by the internal document
 * ordinal: what filters, facets, sorting and ranking need, one or a few bytes
 * per document and no object per document.
 */

/**
 * Price facet bands, in minor units (fen), lowest first.
 */
export const PRICE_BANDS: readonly PriceBand[] = [
  { key: '0-1', min: 0, max: 100 },
  { key: '1-5', min: 100, max: 500 },
  { key: '5-10', min: 500, max: 1000 },
  { key: '10-50', min: 1000, max: 5000 },
  { key: '50-100', min: 5000, max: 10000 },
  { key: '100-500', min: 10000, max: 50000 },
  { key: '500+', min: 50000, max: null },
];
/**
 * MOQ facet bands, smallest first.
 */
export const MOQ_BANDS: readonly MoqBand[] = [
  { key: '1-10', min: 1, max: 10 },
  { key: '11-50', min: 11, max: 50 },
  { key: '51-100', min: 51, max: 100 },
  { key: '101-500', min: 101, max: 500 },
  { key: '501-1000', min: 501, max: 1000 },
  { key: '1001-5000', min: 1001, max: 5000 },
  { key: '5000+', min: 5001, max: null },
];

export function priceBandOf(p: number): number {
  for (let i = PRICE_BANDS.length - 1; i > 0; i--) if (p >= PRICE_BANDS[i]!.min) return i;
  return 0;
}
export function moqBandOf(q: number): number {
  for (let i = MOQ_BANDS.length - 1; i > 0; i--) if (q >= MOQ_BANDS[i]!.min) return i;
  return 0;
}

/** Leaf category codes ↔ small integers (tree leaves first, unknown codes appended). */
export class LeafTable {
  readonly codes: string[];
  private readonly index = new Map<string, number>();
  constructor(codes: readonly string[] = categoryLeaves().map((l) => l.code)) {
    this.codes = [];
    for (const c of codes) this.of(c);
  }
  of(code: string): number {
    let i = this.index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      if (i >= 65535) throw new RangeError('more than 65,535 leaf categories');
      this.codes.push(code);
      this.index.set(code, i);
    }
    return i;
  }
  /** Mask over leaf indexes of the leaves under a code prefix. */
  maskFor(prefix: string): Uint8Array {
    const m = new Uint8Array(this.codes.length + 1);
    this.codes.forEach((c, i) => {
      if (c.startsWith(prefix)) m[i] = 1;
    });
    return m;
  }
}

export const creditCode = (c: CreditClass | undefined): number => (c ? CREDIT_CLASSES.indexOf(c) + 1 : 0);

const grow = <T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(a: T, n: number): T => {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
};

export class DocColumns {
  size = 0;
  ids: Int32Array;
  leaf: Uint16Array;
  price: Int32Array;
  moq: Int32Array;
  district: Uint8Array;
  credit: Uint8Array;
  priceBand: Uint8Array;
  moqBand: Uint8Array;
  quality: Uint8Array;
  merchant: Int32Array;
  created: Float64Array;
  dead: Uint8Array;
  /** Declared standards: per ordinal a bit per kind (bit i = STANDARD_KINDS[i]); 0 = none declared. Not in snapshots (re-fed after a load). */
  stdKinds: Uint8Array;
  /** Per ordinal with standards: the ids of its standard codes (in `stdCodeTable`). */
  stdCodes = new Map<number, Int32Array>();
  /** Standard codes ↔ small integers (append-only). */
  readonly stdCodeTable: string[] = [];
  private readonly stdCodeIds = new Map<string, number>();
  titleZh = new TitleStore();
  titleEn = new TitleStore();

  constructor(capacity = 1024) {
    this.ids = new Int32Array(capacity);
    this.leaf = new Uint16Array(capacity);
    this.price = new Int32Array(capacity);
    this.moq = new Int32Array(capacity);
    this.district = new Uint8Array(capacity);
    this.credit = new Uint8Array(capacity);
    this.priceBand = new Uint8Array(capacity);
    this.moqBand = new Uint8Array(capacity);
    this.quality = new Uint8Array(capacity);
    this.merchant = new Int32Array(capacity);
    this.created = new Float64Array(capacity);
    this.dead = new Uint8Array(capacity);
    this.stdKinds = new Uint8Array(capacity);
  }

  /** The id of a standard code, or −1 when no document has ever declared it. */
  stdCodeId(code: string): number {
    return this.stdCodeIds.get(code) ?? -1;
  }

  /** The declared standards of a document as a comparable signature ("" = none). */
  stdSignature(o: number): string {
    if (this.stdKinds[o] === 0) return '';
    const l = this.stdCodes.get(o);
    if (!l) return '';
    return `${this.stdKinds[o]}#${[...l]
      .map((i) => this.stdCodeTable[i]!)
      .sort()
      .join('|')}`;
  }

  get capacity(): number {
    return this.ids.length;
  }

  private ensure(n: number): void {
    if (n <= this.ids.length) return;
    const c = Math.max(n, Math.ceil(this.ids.length * 1.5));
    this.ids = grow(this.ids, c);
    this.leaf = grow(this.leaf, c);
    this.price = grow(this.price, c);
    this.moq = grow(this.moq, c);
    this.district = grow(this.district, c);
    this.credit = grow(this.credit, c);
    this.priceBand = grow(this.priceBand, c);
    this.moqBand = grow(this.moqBand, c);
    this.quality = grow(this.quality, c);
    this.merchant = grow(this.merchant, c);
    this.created = grow(this.created, c);
    this.dead = grow(this.dead, c);
    this.stdKinds = grow(this.stdKinds, c);
  }

  /** Appends a document; returns its ordinal. */
  push(doc: SearchDoc, leafIndex: number): number {
    const o = this.size;
    this.ensure(o + 1);
    this.size = o + 1;
    const price = Math.max(0, Math.min(2_147_483_647, Math.round(doc.priceMinor)));
    const moq = Math.max(0, Math.min(2_147_483_647, Math.round(doc.moq)));
    this.ids[o] = doc.id;
    this.leaf[o] = leafIndex;
    this.price[o] = price;
    this.moq[o] = moq;
    this.district[o] = Math.max(0, Math.min(255, doc.district | 0));
    this.credit[o] = creditCode(doc.creditClass);
    this.priceBand[o] = priceBandOf(price);
    this.moqBand[o] = moqBandOf(moq);
    this.quality[o] = Math.round(Math.max(0, Math.min(1, Number.isFinite(doc.quality) ? doc.quality : 0)) * 255);
    this.merchant[o] = doc.merchantId | 0;
    this.created[o] = doc.createdAt;
    let kinds = 0;
    if (doc.standards && doc.standards.length > 0) {
      const codes: number[] = [];
      for (const st of doc.standards) {
        const k = STANDARD_KINDS.indexOf(st.kind);
        if (k < 0 || typeof st.code !== 'string' || st.code === '') continue;
        kinds |= 1 << k;
        let id = this.stdCodeIds.get(st.code);
        if (id === undefined) {
          id = this.stdCodeTable.length;
          this.stdCodeTable.push(st.code);
          this.stdCodeIds.set(st.code, id);
        }
        if (!codes.includes(id)) codes.push(id);
      }
      if (codes.length > 0) this.stdCodes.set(o, Int32Array.from(codes));
    }
    this.stdKinds[o] = kinds;
    this.titleZh.add(doc.titleZh);
    this.titleEn.add(doc.titleEn);
    return o;
  }

  /**
   * Drops dead documents, keeping the order of the others; returns the map
   * old ordinal → new ordinal (−1 for dropped ones).
   */
  compact(): Int32Array {
    const remap = new Int32Array(this.size).fill(-1);
    let n = 0;
    for (let o = 0; o < this.size; o++) if (!this.dead[o]) remap[o] = n++;
    const keep = <T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(Math.max(n, 1024));
      for (let o = 0; o < this.size; o++) if (remap[o]! >= 0) b[remap[o]!] = a[o]!;
      return b;
    };
    this.ids = keep(this.ids);
    this.leaf = keep(this.leaf);
    this.price = keep(this.price);
    this.moq = keep(this.moq);
    this.district = keep(this.district);
    this.credit = keep(this.credit);
    this.priceBand = keep(this.priceBand);
    this.moqBand = keep(this.moqBand);
    this.quality = keep(this.quality);
    this.merchant = keep(this.merchant);
    this.created = keep(this.created);
    this.dead = keep(this.dead);
    this.stdKinds = keep(this.stdKinds);
    const codes = new Map<number, Int32Array>();
    for (const [o, l] of this.stdCodes) if (remap[o]! >= 0) codes.set(remap[o]!, l);
    this.stdCodes = codes;
    this.titleZh = this.titleZh.keep(remap);
    this.titleEn = this.titleEn.keep(remap);
    this.size = n;
    return remap;
  }

  /** Bytes held by the typed arrays and the title stores. */
  memory(): Record<string, number> {
    const typed = [
      this.ids,
      this.leaf,
      this.price,
      this.moq,
      this.district,
      this.credit,
      this.priceBand,
      this.moqBand,
      this.quality,
      this.merchant,
      this.created,
      this.dead,
      this.stdKinds,
    ];
    let std = 0;
    for (const l of this.stdCodes.values()) std += 48 + l.byteLength;
    return { columns: typed.reduce((s, a) => s + a.byteLength, 0) + std, titles: this.titleZh.bytes() + this.titleEn.bytes() };
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Titles as UTF-8 in one growable byte array with end offsets: a few bytes of
 * overhead per title instead of a JS string each (millions of small strings
 * make every full garbage collection slow).
 */
export class TitleStore {
  bytesUsed = 0;
  count = 0;
  buf: Uint8Array = new Uint8Array(1 << 16);
  ends: Int32Array = new Int32Array(1024);

  add(title: string): void {
    const enc = encoder.encode(stripControls(title ?? ''));
    if (this.bytesUsed + enc.length > this.buf.length) {
      const b = new Uint8Array(Math.max(this.bytesUsed + enc.length, Math.ceil(this.buf.length * 1.5)));
      b.set(this.buf.subarray(0, this.bytesUsed));
      this.buf = b;
    }
    if (this.count >= this.ends.length) {
      const e = new Int32Array(Math.ceil(this.ends.length * 1.5));
      e.set(this.ends);
      this.ends = e;
    }
    this.buf.set(enc, this.bytesUsed);
    this.bytesUsed += enc.length;
    this.ends[this.count++] = this.bytesUsed;
  }

  get(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const start = i === 0 ? 0 : this.ends[i - 1]!;
    return decoder.decode(this.buf.subarray(start, this.ends[i]!));
  }

  /** A copy with only the titles whose remap entry is ≥ 0, in order. */
  keep(remap: Int32Array): TitleStore {
    const t = new TitleStore();
    let bytes = 0;
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      if (remap[i]! < 0) continue;
      bytes += this.ends[i]! - (i === 0 ? 0 : this.ends[i - 1]!);
      n++;
    }
    t.buf = new Uint8Array(Math.max(bytes, 1 << 16));
    t.ends = new Int32Array(Math.max(n, 1024));
    for (let i = 0; i < this.count; i++) {
      if (remap[i]! < 0) continue;
      const s = i === 0 ? 0 : this.ends[i - 1]!;
      const e = this.ends[i]!;
      t.buf.set(this.buf.subarray(s, e), t.bytesUsed);
      t.bytesUsed += e - s;
      t.ends[t.count++] = t.bytesUsed;
    }
    return t;
  }

  static from(buf: Uint8Array, ends: Int32Array): TitleStore {
    const t = new TitleStore();
    t.buf = buf;
    t.ends = ends;
    t.count = ends.length;
    t.bytesUsed = ends.length ? ends[ends.length - 1]! : 0;
    return t;
  }

  bytes(): number {
    return this.buf.byteLength + this.ends.byteLength;
  }
}

/** Titles are kept for highlighting and stored joined by U+0000 in snapshots, so control characters are dropped. */
export const stripControls = (s: string): string => (/[\u0000-\u001f]/.test(s) ? s.replace(/[\u0000-\u001f]/g, ' ') : s);

/** Product id → ordinal: a typed array indexed by id (product ids are dense serials), a Map beyond 2^25. */
export class IdMap {
  private arr = new Int32Array(1024).fill(-1);
  private readonly big = new Map<number, number>();
  get(id: number): number {
    if (id >= 0 && id < this.arr.length) return this.arr[id]!;
    return this.big.get(id) ?? -1;
  }
  set(id: number, ord: number): void {
    if (id >= 0 && id < 1 << 25) {
      if (id >= this.arr.length) {
        const b = new Int32Array(Math.max(id + 1, this.arr.length * 2)).fill(-1);
        b.set(this.arr);
        this.arr = b;
      }
      this.arr[id] = ord;
    } else if (ord < 0) this.big.delete(id);
    else this.big.set(id, ord);
  }
  bytes(): number {
    return this.arr.byteLength + this.big.size * 40;
  }
}
